// Tables of live updates and of what the business keeps to itself: the event log that streams read and resume from,
// and the internal notes staff write on requests.
import type { Generated, Selectable } from 'kysely';
import type { Timestamp } from './foundation.js';

export const liveEventTypes = [
  'request.created',
  'request.updated',
  'message.created',
  'work_order.updated',
  'quote.updated',
  'invoice.updated',
] as const;
export type LiveEventType = (typeof liveEventTypes)[number];

/**
 * One change, written in the transaction that makes it, with what each audience may read of it. Kept at least a day,
 * so a stream that reconnects resumes after the last id it got.
 */
export interface EventsTable {
  /** Grows with every event, in commit order: the stream's `id:` and Last-Event-ID. */
  id: Generated<number>;
  tenant_id: string;
  /** The customer whose contacts may read it; null when only the business may. */
  customer_id: string | null;
  type: LiveEventType;
  /** JSON text of the event's data for the business (its API keys and staff). */
  business_data: string;
  /** JSON text of the event's data for the customer's contacts; null exactly when customer_id is. */
  customer_data: string | null;
  /** JSON text of what a portal's settings must allow for its contacts to get it: {features, workOrderStatus?}. */
  customer_requires: string | null;
  created_at: Timestamp;
}

/** A note staff or the back office keep on a request for themselves: never shown to the customer, never sent out. */
export interface RequestNotesTable {
  id: string;
  tenant_id: string;
  request_id: string;
  author_kind: 'api_key' | 'staff';
  author_id: string;
  /** The API key's or the staff member's name when the note was written. */
  author_name: string;
  body: string;
  created_at: Timestamp;
}

export interface EventsTables {
  events: EventsTable;
  request_notes: RequestNotesTable;
}

export type LiveEventRow = Selectable<EventsTable>;
export type RequestNote = Selectable<RequestNotesTable>;
