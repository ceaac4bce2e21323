// What a customer and what the back office see of a request: explicit mappings from rows to answers.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Attachment, Message, RequestEvent, RequestStatus, ServiceRequest } from '../db/tables/requests.js';
import { requestStatuses } from '../db/tables/requests.js';
import { notFound } from '../http/errors.js';
import { keysetPage, pageOf, type Page, type PageQuery } from '../http/pagination.js';
import type {
  AdminRequest,
  AdminRequestDetail,
  AttachmentOutput,
  MessageOutput,
  PortalRequest,
  PortalRequestDetail,
  TimelineEntry,
} from './schemas.js';
import { workOrdersForRequests, type LinkedWorkOrder } from './work-orders.js';

const detailMessageCount = 100;

export function toAttachmentOutput(row: Pick<Attachment, 'id' | 'filename' | 'content_type' | 'size_bytes' | 'created_at'>): AttachmentOutput {
  return { id: row.id, filename: row.filename, contentType: row.content_type, size: Number(row.size_bytes), createdAt: row.created_at };
}

export function toMessageOutput(row: Message): MessageOutput {
  return {
    id: row.id,
    requestId: row.request_id,
    workOrderId: row.work_order_id,
    author: row.author_type,
    authorName: row.author_name,
    body: row.body,
    createdAt: row.created_at,
  };
}

function toTimelineEntry(row: RequestEvent): TimelineEntry {
  return { status: row.status, note: row.note, at: row.created_at };
}

/** The work order as the customer may see it: only when it is theirs. */
function customersWorkOrder(row: ServiceRequest, workOrder: LinkedWorkOrder | undefined): LinkedWorkOrder | undefined {
  return workOrder && row.customer_id !== null && workOrder.customerId === row.customer_id ? workOrder : undefined;
}

export function toPortalRequest(row: ServiceRequest, workOrder: LinkedWorkOrder | undefined): PortalRequest {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    workType: row.work_type,
    description: row.description,
    locationId: row.location_id,
    objectId: row.object_id,
    preferredDate: row.preferred_date,
    preferredPartOfDay: row.preferred_part_of_day,
    phone: row.phone,
    checklist: JSON.parse(row.checklist) as string[],
    termsAcceptedAt: row.terms_accepted_at,
    workOrderId: customersWorkOrder(row, workOrder)?.id ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const linkedTo = (links: Map<string, LinkedWorkOrder>, row: ServiceRequest) => links.get(row.id);

export async function listPortalRequests(
  db: Kysely<Database>,
  scope: { tenantId: string; customerId: string },
  statuses: readonly RequestStatus[] | undefined,
  page: PageQuery,
): Promise<Page<PortalRequest>> {
  let query = db.selectFrom('requests').selectAll().where('tenant_id', '=', scope.tenantId).where('customer_id', '=', scope.customerId);
  if (statuses) query = query.where('status', 'in', statuses);
  const rows = await keysetPage(query, 'requests', page).execute();
  const links = await workOrdersForRequests(db, scope.tenantId, rows);
  return pageOf(rows, page, (row) => toPortalRequest(row, linkedTo(links, row)));
}

async function requestParts(db: Kysely<Database>, requestId: string, messageLimit: number) {
  const [attachments, events, messages] = await Promise.all([
    db
      .selectFrom('attachments')
      .select(['id', 'filename', 'content_type', 'size_bytes', 'created_at'])
      .where('request_id', '=', requestId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db.selectFrom('request_events').selectAll().where('request_id', '=', requestId).execute(),
    db
      .selectFrom('messages')
      .selectAll()
      .where('request_id', '=', requestId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(messageLimit)
      .execute(),
  ]);
  // Statuses only move forward, so within one instant the machine's order is the timeline's order.
  const rank = (status: RequestStatus) => requestStatuses.indexOf(status);
  events.sort((a, b) => (a.created_at === b.created_at ? rank(a.status) - rank(b.status) : a.created_at < b.created_at ? -1 : 1));
  return {
    attachments: attachments.map(toAttachmentOutput),
    timeline: events.map(toTimelineEntry),
    messages: messages.reverse().map(toMessageOutput),
  };
}

export async function portalRequestDetail(db: Kysely<Database>, row: ServiceRequest): Promise<PortalRequestDetail> {
  const links = await workOrdersForRequests(db, row.tenant_id, [row]);
  const workOrder = customersWorkOrder(row, linkedTo(links, row));
  return {
    ...toPortalRequest(row, workOrder),
    ...(await requestParts(db, row.id, detailMessageCount)),
    workOrder: workOrder ? { id: workOrder.id, number: workOrder.number, status: workOrder.status } : null,
  };
}

// ── The back office ─────────────────────────────────────────────────────────────────────────────────────────────

function adminRequestQuery(db: Kysely<Database>, tenantId: string) {
  return db
    .selectFrom('requests')
    .innerJoin('portals', 'portals.id', 'requests.portal_id')
    .leftJoin('customers', 'customers.id', 'requests.customer_id')
    .leftJoin('contacts', 'contacts.id', 'requests.contact_id')
    .leftJoin('locations', 'locations.id', 'requests.location_id')
    .selectAll('requests')
    .select([
      'portals.slug as portal_slug',
      'customers.external_id as customer_external_id',
      'customers.name as customer_name',
      'contacts.name as contact_name',
      'contacts.email as contact_email',
      'locations.external_id as location_external_id',
      'locations.street as location_street',
      'locations.house_number as location_house_number',
      'locations.postal_code as location_postal_code',
      'locations.city as location_city',
    ])
    .where('requests.tenant_id', '=', tenantId);
}

type AdminRequestRow = Awaited<ReturnType<ReturnType<typeof adminRequestQuery>['executeTakeFirstOrThrow']>>;

function toAdminRequest(row: AdminRequestRow, workOrder: LinkedWorkOrder | undefined): AdminRequest {
  return {
    ...toPortalRequest(row, undefined),
    workOrderId: workOrder?.id ?? null,
    portal: row.portal_slug,
    source: row.customer_id === null ? 'guest' : 'portal',
    customer: row.customer_id && row.customer_external_id !== null && row.customer_name !== null
      ? { id: row.customer_id, externalId: row.customer_external_id, name: row.customer_name }
      : null,
    contact: row.contact_id && row.contact_name !== null && row.contact_email !== null
      ? { id: row.contact_id, name: row.contact_name, email: row.contact_email }
      : null,
    guest: row.guest_name !== null && row.guest_email !== null
      ? {
          name: row.guest_name,
          email: row.guest_email,
          phone: row.guest_phone,
          address: row.guest_address ? (JSON.parse(row.guest_address) as NonNullable<AdminRequest['guest']>['address']) : null,
        }
      : null,
    location: row.location_id && row.location_external_id !== null
      ? {
          id: row.location_id,
          externalId: row.location_external_id,
          street: row.location_street ?? '',
          houseNumber: row.location_house_number ?? '',
          postalCode: row.location_postal_code ?? '',
          city: row.location_city ?? '',
        }
      : null,
    locale: row.locale,
    workOrderExternalId: row.work_order_external_id,
  };
}

/** The inbox: newest first, guest requests included. */
export async function listAdminRequests(
  db: Kysely<Database>,
  tenantId: string,
  filter: { statuses?: RequestStatus[] | undefined; updatedSince?: string | undefined },
  page: PageQuery,
): Promise<Page<AdminRequest>> {
  let query = adminRequestQuery(db, tenantId);
  if (filter.statuses) query = query.where('requests.status', 'in', filter.statuses);
  if (filter.updatedSince) query = query.where('requests.updated_at', '>=', new Date(filter.updatedSince).toISOString());
  const rows = await keysetPage(query, 'requests', page).execute();
  const links = await workOrdersForRequests(db, tenantId, rows);
  return pageOf(rows, page, (row) => toAdminRequest(row, linkedTo(links, row)));
}

/** One request as the back office and its webhooks see it. */
export async function loadAdminRequest(db: Kysely<Database>, tenantId: string, id: string): Promise<AdminRequest> {
  const row = await adminRequestQuery(db, tenantId).where('requests.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('No such request.');
  const links = await workOrdersForRequests(db, tenantId, [row]);
  return toAdminRequest(row, linkedTo(links, row));
}

export async function adminRequestDetail(db: Kysely<Database>, tenantId: string, id: string): Promise<AdminRequestDetail> {
  const row = await adminRequestQuery(db, tenantId).where('requests.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('No such request.');
  const workOrder = linkedTo(await workOrdersForRequests(db, tenantId, [row]), row);
  return {
    ...toAdminRequest(row, workOrder),
    ...(await requestParts(db, row.id, detailMessageCount)),
    workOrder: workOrder ? { id: workOrder.id, externalId: workOrder.externalId, number: workOrder.number, status: workOrder.status } : null,
  };
}
