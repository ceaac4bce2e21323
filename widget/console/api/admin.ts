// The back-office routes the console calls (/api/v1/admin/…), one function each, typed by ./types.ts.
import type { ConsoleClient } from './console-client.js';
import type {
  AdminPortal,
  AdminRequest,
  AdminRequestDetail,
  GuestCustomer,
  GuestCustomerBody,
  InternalNote,
  Page,
  RequestStatus,
  WorkOrder,
  WorkOrderBody,
} from './types.js';

const segment = encodeURIComponent;

/** What the inbox shows: every filter is optional; `q` is a reference or (part of) a name. */
export interface InboxFilter {
  status: RequestStatus[];
  portal: string;
  workType: string;
  source: '' | 'guest' | 'portal';
  /** Only requests booked with a visit waiting for an answer, or confirmed. */
  booking: '' | 'requested' | 'confirmed';
  q: string;
}

/** `/admin/requests?…` for a filter, without a cursor. */
export function inboxPath(filter: InboxFilter, limit = 25): string {
  const query = new URLSearchParams({ limit: String(limit) });
  if (filter.status.length) query.set('status', filter.status.join(','));
  if (filter.portal) query.set('portal', filter.portal);
  if (filter.workType) query.set('workType', filter.workType);
  if (filter.source) query.set('source', filter.source);
  if (filter.booking) query.set('booking', filter.booking);
  if (filter.q.trim()) query.set('q', filter.q.trim());
  return `/admin/requests?${query}`;
}

/** Every request changed at or after `since` (ISO), newest first: what live updates and polling fetch. */
export function changedRequests(client: ConsoleClient, since: string, signal?: AbortSignal): Promise<Page<AdminRequest>> {
  return client.request('GET', `/admin/requests?limit=100&updatedSince=${segment(since)}`, undefined, { signal });
}

export function getRequest(client: ConsoleClient, id: string, signal?: AbortSignal): Promise<AdminRequestDetail> {
  return client.request('GET', `/admin/requests/${segment(id)}`, undefined, { signal });
}

export function attachmentUrl(client: ConsoleClient, requestId: string, attachmentId: string): string {
  return client.url(`/admin/requests/${segment(requestId)}/attachments/${segment(attachmentId)}`);
}

/** A move: in review, accepted (with the work order it became) or rejected (with the customer's reason as note). */
export function moveRequest(
  client: ConsoleClient,
  id: string,
  change: { status: RequestStatus; workOrderExternalId?: string; note?: string },
  signal?: AbortSignal,
): Promise<AdminRequestDetail> {
  return client.request('PATCH', `/admin/requests/${segment(id)}`, change, { signal });
}

export function listNotes(client: ConsoleClient, requestId: string, signal?: AbortSignal): Promise<Page<InternalNote>> {
  return client.request('GET', `/admin/requests/${segment(requestId)}/notes?limit=100`, undefined, { signal });
}

export function postNote(client: ConsoleClient, requestId: string, body: string): Promise<InternalNote> {
  return client.request('POST', `/admin/requests/${segment(requestId)}/notes`, { body });
}

export function listPortals(client: ConsoleClient, signal?: AbortSignal): Promise<Page<AdminPortal>> {
  return client.request('GET', '/admin/portals', undefined, { signal });
}

export function putWorkOrder(client: ConsoleClient, externalId: string, body: WorkOrderBody): Promise<WorkOrder> {
  return client.request('PUT', `/admin/work-orders/${segment(externalId)}`, body);
}

/** Makes the guest of a guest request a customer, with the guest as its invited contact, and the request theirs. */
export function makeCustomerOfGuest(client: ConsoleClient, requestId: string, body: GuestCustomerBody): Promise<GuestCustomer> {
  return client.request('POST', `/admin/requests/${segment(requestId)}/customer`, body);
}

/**
 * An externalId for a record the console keeps itself (the business has no back office that names it): a prefix
 * that says where it came from, the date, and randomness enough never to meet another.
 */
export function consoleExternalId(kind: 'wo' | 'cu' | 'quo' | 'inv' | 'doc' | 'obj' | 'ord', now = new Date()): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  const random = [...bytes].map((byte) => byte.toString(36).padStart(2, '0')).join('').slice(0, 10);
  return `console-${kind}-${now.toISOString().slice(0, 10).replace(/-/g, '')}-${random}`;
}
