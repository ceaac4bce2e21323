// Requests, their timeline and their files in the database: the one place each lookup and write of them is written.
// Every function takes the database (or the transaction it runs in) first; lookups are scoped by tenant.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Attachment, RequestEvent, RequestStatus, ServiceRequest } from '../db/tables/requests.js';
import { newId, nowIso } from '../db/ids.js';
import { keysetPage, type PageQuery } from '../http/pagination.js';
import { insertStatement, statement } from './statements.js';

/** Who a lookup is for: a contact sees its customer's requests only, the back office all of its tenant's. */
export interface RequestScope {
  tenantId: string;
  customerId?: string;
}

/** The request, if it is within scope; another customer's or tenant's request is simply not found. */
export function findRequest(db: Kysely<Database>, scope: RequestScope, id: string): Promise<ServiceRequest | undefined> {
  let query = db.selectFrom('requests').selectAll().where('id', '=', id).where('tenant_id', '=', scope.tenantId);
  if (scope.customerId !== undefined) query = query.where('customer_id', '=', scope.customerId);
  return query.executeTakeFirst();
}

/** The request as it is now, read again inside a transaction after touchRequest locked it. */
export function rereadRequest(trx: Kysely<Database>, id: string): Promise<ServiceRequest> {
  return trx.selectFrom('requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** One page of a customer's requests, newest first, with the one row more that tells pageOf whether another follows. */
export function pageOfCustomerRequests(
  db: Kysely<Database>,
  scope: { tenantId: string; customerId: string },
  statuses: readonly RequestStatus[] | undefined,
  page: PageQuery,
): Promise<ServiceRequest[]> {
  let query = db.selectFrom('requests').selectAll().where('tenant_id', '=', scope.tenantId).where('customer_id', '=', scope.customerId);
  if (statuses) query = query.where('status', 'in', statuses);
  return keysetPage(query, 'requests', page).execute();
}

const referenceLookup = statement((db, v: { reference: string }) => db.selectFrom('requests').select('id').where('reference', '=', v.reference));

export async function referenceTaken(db: Kysely<Database>, reference: string): Promise<boolean> {
  return (await referenceLookup(db, { reference })).rows.length > 0;
}

const requestColumns = [
  'id', 'tenant_id', 'portal_id', 'customer_id', 'contact_id', 'reference', 'guest_name', 'guest_email', 'guest_phone', 'guest_address',
  'location_id', 'object_id', 'work_type', 'description', 'preferred_date', 'preferred_part_of_day', 'phone', 'checklist', 'terms_accepted_at',
  'locale', 'status', 'work_order_external_id', 'business_notified_at', 'guest_upload_token_hash', 'guest_upload_expires_at', 'created_at', 'updated_at',
] as const satisfies readonly (keyof ServiceRequest)[];
const insertRequestRow = insertStatement('requests', requestColumns);

export async function insertRequest(trx: Kysely<Database>, row: ServiceRequest): Promise<void> {
  await insertRequestRow(trx, row);
}

/**
 * Moves the request on, unless its status is no longer `from` (another change came first): then nothing is written
 * and the answer is false.
 */
export async function moveRequest(
  trx: Kysely<Database>,
  id: string,
  from: RequestStatus,
  changes: { status: RequestStatus; updated_at: string; work_order_external_id?: string },
): Promise<boolean> {
  const moved = await trx.updateTable('requests').set(changes).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(moved.numUpdatedRows) === 1;
}

/**
 * A guest's request becomes the request of the customer made of the guest: the guest's own details now live on the
 * customer, its contact and its address. False when it is no guest request (any more): then nothing is written.
 */
export async function moveGuestRequestToCustomer(
  trx: Kysely<Database>,
  id: string,
  to: { customer_id: string; contact_id: string; location_id: string | null; updated_at: string },
): Promise<boolean> {
  const moved = await trx
    .updateTable('requests')
    .set({ ...to, guest_name: null, guest_email: null, guest_phone: null, guest_address: null })
    .where('id', '=', id)
    .where('customer_id', 'is', null)
    .executeTakeFirst();
  return Number(moved.numUpdatedRows) === 1;
}

/** Something happened on the request (a message, a photo): the inbox's updatedSince must see it. */
export async function touchRequest(trx: Kysely<Database>, id: string, now: Date): Promise<void> {
  await trx.updateTable('requests').set({ updated_at: nowIso(now) }).where('id', '=', id).execute();
}

// ── The back office's view: the request with its portal, customer, contact and address ─────────────────────────

function backOfficeRequests(db: Kysely<Database>, tenantId: string) {
  return db
    .selectFrom('requests')
    .innerJoin('portals', 'portals.id', 'requests.portal_id')
    .leftJoin('customers', 'customers.id', 'requests.customer_id')
    .leftJoin('contacts', 'contacts.id', 'requests.contact_id')
    .leftJoin('locations', 'locations.id', 'requests.location_id')
    .leftJoin('objects', 'objects.id', 'requests.object_id')
    .selectAll('requests')
    .select([
      'portals.slug as portal_slug',
      'customers.external_id as customer_external_id',
      'customers.name as customer_name',
      'customers.debtor_number as customer_debtor_number',
      'contacts.name as contact_name',
      'contacts.email as contact_email',
      'locations.external_id as location_external_id',
      'locations.street as location_street',
      'locations.house_number as location_house_number',
      'locations.postal_code as location_postal_code',
      'locations.city as location_city',
      'locations.proposal as location_proposal',
      'objects.external_id as object_external_id',
      'objects.name as object_name',
      'objects.type as object_type',
      'objects.brand as object_brand',
      'objects.model as object_model',
      'objects.serial_number as object_serial_number',
    ])
    .where('requests.tenant_id', '=', tenantId);
}

export type BackOfficeRequestRow = Awaited<ReturnType<ReturnType<typeof backOfficeRequests>['executeTakeFirstOrThrow']>>;

const backOfficeRequest = statement((db, v: { tenantId: string; id: string }) => backOfficeRequests(db, v.tenantId).where('requests.id', '=', v.id));

export async function findBackOfficeRequest(db: Kysely<Database>, tenantId: string, id: string): Promise<BackOfficeRequestRow | undefined> {
  return (await backOfficeRequest(db, { tenantId, id })).rows[0];
}

export interface InboxFilter {
  statuses?: RequestStatus[] | undefined;
  /** An ISO-8601 moment: requests changed at or after it. */
  updatedSince?: string | undefined;
  /** A portal's slug. */
  portal?: string | undefined;
  workType?: string | undefined;
  /** Requests of customers (`portal`) or of guests. */
  source?: 'portal' | 'guest' | undefined;
  /** The back office's id of one customer. */
  customerExternalId?: string | undefined;
  /** Text that the reference or a name (customer, contact, guest) contains, in any case. */
  search?: string | undefined;
}

/** `text` as a LIKE pattern that finds it anywhere, its own % _ and \ matched as themselves (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** One page of the inbox, newest first, with the one row more that tells pageOf whether another follows. */
export function pageOfInbox(db: Kysely<Database>, tenantId: string, filter: InboxFilter, page: PageQuery): Promise<BackOfficeRequestRow[]> {
  let query = backOfficeRequests(db, tenantId);
  if (filter.statuses) query = query.where('requests.status', 'in', filter.statuses);
  if (filter.updatedSince) query = query.where('requests.updated_at', '>=', new Date(filter.updatedSince).toISOString());
  if (filter.portal) query = query.where('portals.slug', '=', filter.portal);
  if (filter.workType) query = query.where('requests.work_type', '=', filter.workType);
  if (filter.source) query = query.where('requests.customer_id', filter.source === 'guest' ? 'is' : 'is not', null);
  if (filter.customerExternalId) query = query.where('customers.external_id', '=', filter.customerExternalId);
  if (filter.search) {
    // lower() on both sides, so both databases fold case alike: PostgreSQL's LIKE would not fold it at all.
    const pattern = containsPattern(filter.search);
    const contains = (column: string) => sql<SqlBool>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`;
    query = query.where((eb) => eb.or([contains('requests.reference'), contains('customers.name'), contains('contacts.name'), contains('requests.guest_name')]));
  }
  return keysetPage(query, 'requests', page).execute();
}

// ── The timeline ────────────────────────────────────────────────────────────────────────────────────────────────

export interface TimelineActor {
  type: 'contact' | 'business' | 'guest';
  id: string | null;
}

const insertTimelineRow = insertStatement('request_events', ['id', 'tenant_id', 'request_id', 'status', 'note', 'actor_type', 'actor_id', 'created_at']);

export async function insertTimelineEntry(
  trx: Kysely<Database>,
  request: { id: string; tenant_id: string },
  status: RequestStatus,
  actor: TimelineActor,
  note: string | null,
  now: Date,
): Promise<void> {
  await insertTimelineRow(trx, { id: newId('rev'), tenant_id: request.tenant_id, request_id: request.id, status, note, actor_type: actor.type, actor_id: actor.id, created_at: nowIso(now) });
}

export function timelineOf(db: Kysely<Database>, requestId: string): Promise<RequestEvent[]> {
  return db.selectFrom('request_events').selectAll().where('request_id', '=', requestId).execute();
}

// ── Files ───────────────────────────────────────────────────────────────────────────────────────────────────────

export type AttachmentSummary = Pick<Attachment, 'id' | 'filename' | 'content_type' | 'size_bytes' | 'created_at'>;

/** The request's files without their bytes, in the order they were added. */
export function attachmentsOf(db: Kysely<Database>, requestId: string): Promise<AttachmentSummary[]> {
  return db
    .selectFrom('attachments')
    .select(['id', 'filename', 'content_type', 'size_bytes', 'created_at'])
    .where('request_id', '=', requestId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function countAttachments(db: Kysely<Database>, requestId: string): Promise<number> {
  const row = await db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('count')).where('request_id', '=', requestId).executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertAttachment(trx: Kysely<Database>, row: Attachment): Promise<void> {
  await trx.insertInto('attachments').values(row).execute();
}

/** A file of this request, with its bytes; undefined for a file of another request or tenant. */
export function findAttachment(db: Kysely<Database>, request: Pick<ServiceRequest, 'id' | 'tenant_id'>, attachmentId: string): Promise<Attachment | undefined> {
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('request_id', '=', request.id)
    .where('tenant_id', '=', request.tenant_id)
    .executeTakeFirst();
}
