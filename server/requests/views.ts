// What a customer and what the back office see of a request, read from the repository and mapped through the
// answers' schemas (output.ts): lists, details, and the request as webhooks carry it.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { RequestStatus, ServiceRequest } from '../db/tables/requests.js';
import { requestStatuses } from '../db/tables/requests.js';
import { notFound } from '../http/errors.js';
import { pageOf, type Page, type PageQuery } from '../http/pagination.js';
import { withFiles } from '../messages/read.js';
import { latestAboutRequest } from '../messages/repository.js';
import {
  customersWorkOrder,
  toAdminRequest,
  toAttachment,
  toPortalRequest,
  toTimelineEntry,
  type AdminRequest,
  type AdminRequestDetail,
  type PortalRequest,
  type PortalRequestDetail,
} from './output.js';
import {
  attachmentsOf,
  findBackOfficeRequest,
  pageOfCustomerRequests,
  pageOfInbox,
  timelineOf,
  type BackOfficeRequestRow,
  type InboxFilter,
} from './repository.js';
import { workOrdersForRequests, type LinkedWorkOrder } from './work-orders.js';

const detailMessageCount = 100;

const linkedTo = (links: Map<string, LinkedWorkOrder>, row: ServiceRequest) => links.get(row.id);

/** What the customer's `?status=open|closed` means: still waiting on the business, or decided. */
const statusesOf: Record<'open' | 'closed', readonly RequestStatus[]> = {
  open: ['submitted', 'in_review'],
  closed: ['accepted', 'rejected', 'cancelled'],
};

export async function listPortalRequests(
  db: Kysely<Database>,
  scope: { tenantId: string; customerId: string },
  status: 'open' | 'closed' | undefined,
  page: PageQuery,
): Promise<Page<PortalRequest>> {
  const rows = await pageOfCustomerRequests(db, scope, status ? statusesOf[status] : undefined, page);
  const links = await workOrdersForRequests(db, scope.tenantId, rows);
  return pageOf(rows, page, (row) => toPortalRequest(row, linkedTo(links, row)));
}

/** Files, timeline and the latest messages: what a detail adds to the request. */
async function requestParts(db: Kysely<Database>, requestId: string) {
  const [attachments, events, messages] = await Promise.all([
    attachmentsOf(db, requestId),
    timelineOf(db, requestId),
    latestAboutRequest(db, requestId, detailMessageCount),
  ]);
  // Statuses only move forward, so within one instant the machine's order is the timeline's order.
  const rank = (status: RequestStatus) => requestStatuses.indexOf(status);
  events.sort((a, b) => (a.created_at === b.created_at ? rank(a.status) - rank(b.status) : a.created_at < b.created_at ? -1 : 1));
  return {
    attachments: attachments.map(toAttachment),
    timeline: events.map(toTimelineEntry),
    messages: await withFiles(db, messages.reverse()),
  };
}

export async function portalRequestDetail(db: Kysely<Database>, row: ServiceRequest): Promise<PortalRequestDetail> {
  const links = await workOrdersForRequests(db, row.tenant_id, [row]);
  const workOrder = customersWorkOrder(row, linkedTo(links, row));
  return {
    ...toPortalRequest(row, workOrder),
    ...(await requestParts(db, row.id)),
    workOrder: workOrder ? { id: workOrder.id, number: workOrder.number, status: workOrder.status } : null,
  };
}

/** The detail of a request created in this transaction: its first timeline entry, and no file, message or work order yet. */
export function newPortalRequestDetail(row: ServiceRequest): PortalRequestDetail {
  return {
    ...toPortalRequest(row, undefined),
    attachments: [],
    timeline: [{ status: row.status, note: null, at: row.created_at }],
    messages: [],
    workOrder: null,
  };
}

// ── The back office ─────────────────────────────────────────────────────────────────────────────────────────────

/** The inbox: newest first, guest requests included. */
export async function listAdminRequests(db: Kysely<Database>, tenantId: string, filter: InboxFilter, page: PageQuery): Promise<Page<AdminRequest>> {
  const rows = await pageOfInbox(db, tenantId, filter, page);
  const links = await workOrdersForRequests(db, tenantId, rows);
  return pageOf(rows, page, (row) => toAdminRequest(row, linkedTo(links, row)));
}

async function requireBackOfficeRequest(db: Kysely<Database>, tenantId: string, id: string): Promise<{ row: BackOfficeRequestRow; workOrder: LinkedWorkOrder | undefined }> {
  const row = await findBackOfficeRequest(db, tenantId, id);
  if (!row) throw notFound('No such request.');
  return { row, workOrder: linkedTo(await workOrdersForRequests(db, tenantId, [row]), row) };
}

/** One request as the back office and its webhooks see it. */
export async function loadAdminRequest(db: Kysely<Database>, tenantId: string, id: string): Promise<AdminRequest> {
  const { row, workOrder } = await requireBackOfficeRequest(db, tenantId, id);
  return toAdminRequest(row, workOrder);
}

export async function adminRequestDetail(db: Kysely<Database>, tenantId: string, id: string): Promise<AdminRequestDetail> {
  const { row, workOrder } = await requireBackOfficeRequest(db, tenantId, id);
  return {
    ...toAdminRequest(row, workOrder),
    ...(await requestParts(db, row.id)),
    workOrder: workOrder ? { id: workOrder.id, externalId: workOrder.externalId, number: workOrder.number, status: workOrder.status } : null,
  };
}
