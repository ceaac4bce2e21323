// Tables of service requests, their attachments and status timeline, conversations, idempotency records and webhooks.
import type { Selectable } from 'kysely';
import type { Timestamp } from './foundation.js';

export const requestStatuses = ['submitted', 'in_review', 'accepted', 'rejected', 'cancelled'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const partsOfDay = ['morning', 'afternoon', 'any'] as const;
export type PartOfDay = (typeof partsOfDay)[number];

/** A service request (aanvraag): from a signed-in contact, or from a guest without an account. */
export interface RequestsTable {
  id: string;
  tenant_id: string;
  portal_id: string;
  /** Null for a guest request. */
  customer_id: string | null;
  /** The contact who submitted it; null for a guest request. */
  contact_id: string | null;
  /** Short, human, unique: what a customer quotes on the phone ("KP-7F3K2Q"). */
  reference: string;
  guest_name: string | null;
  guest_email: string | null;
  guest_phone: string | null;
  /** JSON text of {street, houseNumber, postalCode, city, country}, guests only. */
  guest_address: string | null;
  location_id: string | null;
  object_id: string | null;
  /** One of the portal's requestForm.workTypes ids at the time of submission. */
  work_type: string;
  description: string;
  /** YYYY-MM-DD. */
  preferred_date: string | null;
  preferred_part_of_day: PartOfDay | null;
  phone: string | null;
  /** JSON text of the checklist item ids the customer ticked. */
  checklist: string;
  terms_accepted_at: Timestamp | null;
  /** The submitter's language, for mail about this request. */
  locale: 'nl' | 'en';
  status: RequestStatus;
  /**
   * The back office's id of the work order this request became. Resolved to the work order when read, so the link
   * holds whether the back office pushes the work order before or after accepting the request.
   */
  work_order_external_id: string | null;
  /** When the business was sent the new-request mail; null until the customer has finished adding photos. */
  business_notified_at: Timestamp | null;
  /** sha256 of the token a guest adds photos with, shortly after sending; null for a contact's request. */
  guest_upload_token_hash: string | null;
  guest_upload_expires_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The status timeline of a request, oldest first: one row per move, including the first `submitted`. */
export interface RequestEventsTable {
  id: string;
  tenant_id: string;
  request_id: string;
  status: RequestStatus;
  /** A note from the business to the customer with this move (a rejection reason, a planning hint). */
  note: string | null;
  actor_type: 'contact' | 'business' | 'guest';
  actor_id: string | null;
  created_at: Timestamp;
}

/** Photos and PDFs attached to a request; stored in the database so every server process serves them alike. */
export interface AttachmentsTable {
  id: string;
  tenant_id: string;
  request_id: string;
  /** Detected from the bytes, never taken from the client. */
  content_type: string;
  size_bytes: number;
  /** Sanitised; for Content-Disposition only. */
  filename: string;
  sha256: string;
  content: Buffer;
  /** A JPEG at most 320 px on its long side, for photos the server encoded again; null for PDFs and HEIC. */
  thumbnail: Buffer | null;
  uploaded_by_contact_id: string | null;
  created_at: Timestamp;
}

/** One message in the thread of a request or of a work order, from the customer's contact or from the business. */
export interface MessagesTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  request_id: string | null;
  work_order_id: string | null;
  author_type: 'contact' | 'business';
  author_contact_id: string | null;
  /** Shown to the customer: the contact's name, or the business's (or its employee's) name. */
  author_name: string;
  body: string;
  created_at: Timestamp;
}

/**
 * A photo or PDF on a message. It waits with `message_id` null, seen only by its uploader, until a message names it;
 * waiting files older than a day are dropped.
 */
export interface MessageFilesTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  /** The conversation: a request's or a work order's. */
  request_id: string | null;
  work_order_id: string | null;
  message_id: string | null;
  /** `contact:<id>` or `business:<API key or staff id>`. */
  uploaded_by: string;
  /** Detected from the bytes, never taken from the client. */
  content_type: string;
  size_bytes: number;
  /** Sanitised; for Content-Disposition only. */
  filename: string;
  sha256: string;
  content: Buffer;
  created_at: Timestamp;
}

export type IdempotencyStatus = 'in_progress' | 'done';

/** The first answer to a write, kept for 24 hours so a client's retry with the same Idempotency-Key gets it again. */
export interface IdempotencyKeysTable {
  /** Who may replay it: tenant and contact (or tenant and API key). */
  scope: string;
  key: string;
  /** sha256 of method, route and canonical body: the same key with another body is a client error. */
  request_hash: string;
  status: IdempotencyStatus;
  response_status: number | null;
  /** JSON text of the first answer's body. */
  response_body: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export const webhookEventTypes = [
  'request.created',
  'request.cancelled',
  'message.created',
  'quote.accepted',
  'quote.declined',
  'contact.activated',
  'appointment.requested',
  'appointment.confirmed',
  'appointment.declined',
  'appointment.cancelled',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export interface WebhooksTable {
  id: string;
  tenant_id: string;
  url: string;
  /** HMAC key for Klantportaal-Signature; shown once at creation, kept because every delivery is signed with it. */
  secret: string;
  /** JSON text of the WebhookEventType list this endpoint receives. */
  events: string;
  created_at: Timestamp;
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/** The outbox: one row per event and endpoint, written in the transaction of the change it reports. */
export interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  tenant_id: string;
  /** Stays the same on every attempt, so a receiver can drop duplicates. */
  event_id: string;
  type: WebhookEventType;
  /** The exact JSON body sent on every attempt: {id, type, createdAt, data}. */
  payload: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  next_attempt_at: Timestamp;
  /** A worker that claimed the row owns it until this time; after it, another worker may take it over. */
  lease_until: Timestamp | null;
  lease_owner: string | null;
  last_error: string | null;
  last_status_code: number | null;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
}

export interface RequestsTables {
  requests: RequestsTable;
  request_events: RequestEventsTable;
  attachments: AttachmentsTable;
  messages: MessagesTable;
  message_files: MessageFilesTable;
  idempotency_keys: IdempotencyKeysTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
}

export type ServiceRequest = Selectable<RequestsTable>;
export type RequestEvent = Selectable<RequestEventsTable>;
export type Attachment = Selectable<AttachmentsTable>;
export type Message = Selectable<MessagesTable>;
export type MessageFile = Selectable<MessageFilesTable>;
export type Webhook = Selectable<WebhooksTable>;
export type WebhookDelivery = Selectable<WebhookDeliveriesTable>;
