// Requests, their timeline and their files in the database: the one place each lookup and write of them is written.
// Every function takes the database (or the transaction it runs in) first; lookups are scoped by tenant.
import { PostgresAdapter, sql, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Attachment, RequestEvent, RequestStatus, ServiceRequest } from '../db/tables/requests.js';
import { newId, nowIso } from '../db/ids.js';
import { keysetPage, type PageQuery } from '../http/pagination.js';
import { insertStatement, statement } from './statements.js';
import { hasBooking, type BookingFilter } from '../bookings/request-booking.js';

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

/** The request with what the back office reads beside it; each caller scopes it by tenant. */
function backOfficeRequests(db: Kysely<Database>) {
  const joined = db.selectFrom('requests').innerJoin('portals', 'portals.id', 'requests.portal_id');
  // PostgreSQL would hash every customer and contact of the business to join a page of 25 requests to theirs: its
  // costs take a lookup by key for a read from disk. Asked as a lateral subquery each (OFFSET 0 keeps PostgreSQL from
  // folding it back into a plain join), each is one lookup by key per request, however many customers there are.
  const withParties = onPostgres(db)
    ? joined
        .leftJoinLateral((eb) => eb.selectFrom('customers').selectAll().whereRef('customers.id', '=', 'requests.customer_id').offset(0).as('customers'), (join) => join.onTrue())
        .leftJoinLateral((eb) => eb.selectFrom('contacts').selectAll().whereRef('contacts.id', '=', 'requests.contact_id').offset(0).as('contacts'), (join) => join.onTrue())
        .leftJoinLateral((eb) => eb.selectFrom('locations').selectAll().whereRef('locations.id', '=', 'requests.location_id').offset(0).as('locations'), (join) => join.onTrue())
        .leftJoinLateral((eb) => eb.selectFrom('objects').selectAll().whereRef('objects.id', '=', 'requests.object_id').offset(0).as('objects'), (join) => join.onTrue())
    : joined
        .leftJoin('customers', 'customers.id', 'requests.customer_id')
        .leftJoin('contacts', 'contacts.id', 'requests.contact_id')
        .leftJoin('locations', 'locations.id', 'requests.location_id')
        .leftJoin('objects', 'objects.id', 'requests.object_id');
  return withParties
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
    ]);
}

export type BackOfficeRequestRow = Awaited<ReturnType<ReturnType<typeof backOfficeRequests>['executeTakeFirstOrThrow']>>;

const backOfficeRequest = statement((db, v: { tenantId: string; id: string }) => backOfficeRequests(db).where('requests.tenant_id', '=', v.tenantId).where('requests.id', '=', v.id));

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
  /** Only requests booked with a visit, in this state. */
  booking?: BookingFilter | undefined;
}

/** `text` as a LIKE pattern that finds it anywhere, its own % _ and \ matched as themselves (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The characters of a reference: "KP-" and six of these (reference.ts). */
const referenceText = /^[A-Z0-9-]{1,9}$/;

/**
 * What of a reference a search names, as the start of a reference: "KP-7F3K" and "7f3k" both name references that
 * begin KP-7F3K. Undefined when the text cannot be the start of one.
 */
export function referencePrefix(search: string): string | undefined {
  const text = search.trim().toUpperCase();
  if (!referenceText.test(text)) return undefined;
  const prefix = text.startsWith('KP-') || 'KP-'.startsWith(text) ? text : `KP-${text}`;
  return prefix.length <= 9 && /^KP-?[A-Z0-9]*$/.test(prefix) ? prefix : undefined;
}

type InboxQuery = ReturnType<typeof inboxKeys>;

/** The page's keys only, from the requests table alone: what the indexes of migration 020 answer without a join. */
function inboxKeys(db: Kysely<Database>) {
  return db.selectFrom('requests').select(['requests.created_at', 'requests.id']);
}

const onPostgres = (db: Kysely<Database>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** The index a query of the inbox is to read: the one of its most selective filter, or of the way a search matched. */
type InboxWay = 'tenant' | 'customer' | 'guests' | 'status' | 'workType' | 'portal' | 'reference';

/**
 * A column of requests in a condition. SQLite has no statistics of the data and would often read the wrong index
 * (the tenant's, in the inbox's order, from end to end, to find a handful); a unary + keeps a condition off the
 * indexes, as SQLite's own documentation advises, so that only the index of `way` is read and the other conditions
 * are checked on what it finds. PostgreSQL weighs the indexes by its statistics and gets the plain column.
 */
function column(db: Kysely<Database>, name: 'tenant_id' | 'status' | 'work_type' | 'portal_id' | 'customer_id', indexed: boolean) {
  return indexed || onPostgres(db) ? sql<string>`${sql.ref(`requests.${name}`)}` : sql<string>`+${sql.ref(`requests.${name}`)}`;
}

/** Which index answers the filters best, the search aside: the narrowest in what it usually keeps. */
function wayOf(filter: InboxFilter): InboxWay {
  if (filter.customerExternalId) return 'customer';
  if (filter.source === 'guest') return 'guests';
  if (filter.statuses) return 'status';
  if (filter.workType) return 'workType';
  if (filter.portal) return 'portal';
  return 'tenant';
}

/** The filters other than the status and the search, each a column of requests (portal and customer by their ids). */
function filtered(db: Kysely<Database>, query: InboxQuery, tenantId: string, filter: InboxFilter, way: InboxWay): InboxQuery {
  let narrowed = query.where(column(db, 'tenant_id', way === 'tenant' || way === 'guests' || way === 'status' || way === 'workType'), '=', tenantId);
  if (filter.updatedSince) narrowed = narrowed.where('requests.updated_at', '>=', new Date(filter.updatedSince).toISOString());
  if (filter.portal) {
    const slug = filter.portal;
    narrowed = narrowed.where(column(db, 'portal_id', way === 'portal'), '=', (eb) =>
      eb.selectFrom('portals').select('portals.id').where('portals.tenant_id', '=', tenantId).where('portals.slug', '=', slug),
    );
  }
  if (filter.workType) narrowed = narrowed.where(column(db, 'work_type', way === 'workType'), '=', filter.workType);
  // The guests' index holds only rows with no customer, and is read only for a query that says so in these words.
  if (filter.source === 'guest') narrowed = narrowed.where('requests.customer_id', 'is', null);
  if (filter.source === 'portal') narrowed = narrowed.where(column(db, 'customer_id', false), 'is not', null);
  if (filter.booking) narrowed = narrowed.where(hasBooking(filter.booking));
  if (filter.customerExternalId) {
    const externalId = filter.customerExternalId;
    narrowed = narrowed.where(column(db, 'customer_id', way === 'customer'), '=', (eb) =>
      eb.selectFrom('customers').select('customers.id').where('customers.tenant_id', '=', tenantId).where('customers.external_id', '=', externalId),
    );
  }
  return narrowed;
}

/** With several statuses, one query for each: the status index answers one status in the inbox's order. */
function byStatus(db: Kysely<Database>, query: InboxQuery, filter: InboxFilter, way: InboxWay): InboxQuery[] {
  const statuses = filter.statuses ? [...new Set(filter.statuses)] : undefined;
  if (!statuses) return [query];
  if (way !== 'status') return [query.where(column(db, 'status', false), 'in', statuses)];
  return statuses.map((status) => query.where('requests.status', '=', status));
}

/** A query of one page of the inbox's keys, newest first: a branch of a search or of several statuses. */
type InboxPage = SelectQueryBuilder<any, any, { created_at: string; id: string }>;

/**
 * The ways a request can match the search, each a page that an index answers in the inbox's order: a reference from
 * its start, a customer's or a contact's name (found in those tables, which are far smaller, then their requests by
 * customer), or a guest's name (guest requests have an index of their own).
 */
function searchBranches(db: Kysely<Database>, tenantId: string, filter: InboxFilter, search: string, page: PageQuery): InboxPage[] {
  const pattern = containsPattern(search);
  const postgres = onPostgres(db);
  // lower() on both sides in PostgreSQL, whose LIKE would not fold case at all; SQLite's LIKE folds it by itself, as
  // far as its lower() would (ASCII), and without a call for each row it reads.
  const contains = (name: string) =>
    postgres ? sql<SqlBool>`lower(${sql.ref(name)}) like lower(${pattern}) escape '\\'` : sql<SqlBool>`${sql.ref(name)} like ${pattern} escape '\\'`;
  const ofWay = (way: InboxWay) => filtered(db, inboxKeys(db), tenantId, filter, way);
  const paged = (query: InboxQuery) => keysetPage(byStatus(db, query, filter, 'reference')[0]!, 'requests', page);
  const branches: InboxPage[] = [];
  const prefix = referencePrefix(search);
  // A whole reference, KP- and all, is no name: it finds its request alone.
  const wholeReference = prefix !== undefined && search.trim().length === 9 && search.trim().toUpperCase().startsWith('KP-');
  if (!wholeReference && filter.source !== 'guest') {
    if (postgres) {
      // PostgreSQL guesses how many customers a name matches, and when it guesses many it walks the whole inbox in
      // order looking each one up. Asked per matching customer (and contact), each reads a page of its own from the
      // customer's index, and the pages are merged: the work grows with the matches, not with the inbox.
      const perMatch = (matched: SelectQueryBuilder<any, 'matched', object>, requestsOf: (query: InboxQuery) => InboxQuery): InboxPage =>
        matched
          .crossJoinLateral(paged(requestsOf(ofWay('customer'))).as('hit'))
          .select(['hit.created_at', 'hit.id'])
          .where('matched.tenant_id', '=', tenantId)
          .where(contains('matched.name'))
          .orderBy('hit.created_at', 'desc')
          .orderBy('hit.id', 'desc')
          .limit(page.limit + 1);
      branches.push(
        perMatch(db.selectFrom('customers as matched'), (query) => query.where('requests.customer_id', '=', sql.ref<string>('matched.id'))),
        perMatch(db.selectFrom('contacts as matched'), (query) =>
          query.where('requests.customer_id', '=', sql.ref<string>('matched.customer_id')).where('requests.contact_id', '=', sql.ref<string>('matched.id')),
        ),
      );
    } else {
      const customers = ofWay('customer').where(column(db, 'customer_id', true), 'in', (eb) =>
        eb.selectFrom('customers').select('customers.id').where('customers.tenant_id', '=', tenantId).where(contains('customers.name')),
      );
      const contacts = ofWay('customer')
        .where(column(db, 'customer_id', true), 'in', (eb) => eb.selectFrom('contacts').select('contacts.customer_id').where('contacts.tenant_id', '=', tenantId).where(contains('contacts.name')))
        .where('requests.contact_id', 'in', (eb) => eb.selectFrom('contacts').select('contacts.id').where('contacts.tenant_id', '=', tenantId).where(contains('contacts.name')));
      branches.push(paged(customers), paged(contacts));
    }
  }
  if (!wholeReference && filter.source !== 'portal') branches.push(paged(ofWay('guests').where('requests.customer_id', 'is', null).where(contains('requests.guest_name'))));
  if (prefix !== undefined) {
    // References are kept in capitals; both comparisons read the reference index in order (PostgreSQL's through its
    // text_pattern_ops index, SQLite's GLOB through the plain one), where a LIKE with a leading % reads every row.
    const startsWith = postgres ? sql<SqlBool>`requests.reference like ${`${prefix}%`}` : sql<SqlBool>`requests.reference glob ${`${prefix}*`}`;
    branches.push(paged(ofWay('reference').where(startsWith)));
  }
  return branches;
}

/** One page of the inbox, newest first, with the one row more that tells pageOf whether another follows. */
export async function pageOfInbox(db: Kysely<Database>, tenantId: string, filter: InboxFilter, page: PageQuery): Promise<BackOfficeRequestRow[]> {
  // Several statuses, or several ways to match a search: each is a query that reads its own index in the inbox's
  // order and stops after a page, and the page is the newest of their pages. One query with an OR or an IN would
  // have to gather every match and sort them all, or read the whole inbox to find a few.
  const way = wayOf(filter);
  const pages = filter.search
    ? searchBranches(db, tenantId, filter, filter.search, page)
    : byStatus(db, filtered(db, inboxKeys(db), tenantId, filter, way), filter, way).map((query): InboxPage => keysetPage(query, 'requests', page));
  let keys: { created_at: string; id: string }[];
  if (pages.length === 1) {
    keys = await pages[0]!.execute();
  } else {
    // SQLite takes no ORDER BY or LIMIT in a member of a UNION: each branch becomes a subquery of its own.
    const members = pages.map((query, index) => db.selectFrom(query.as(`branch${index}`)).select([`branch${index}.created_at as created_at`, `branch${index}.id as id`]));
    const union = members.slice(1).reduce((all, member) => all.union(member), members[0]!);
    keys = await db
      .selectFrom(union.as('matches'))
      .select(['matches.created_at', 'matches.id'])
      .orderBy('matches.created_at', 'desc')
      .orderBy('matches.id', 'desc')
      .limit(page.limit + 1)
      .execute();
  }
  if (keys.length === 0) return [];
  // The page's rows by their ids, the tenant checked on each (see column()).
  const rows = await backOfficeRequests(db)
    .where(column(db, 'tenant_id', false), '=', tenantId)
    .where(
      'requests.id',
      'in',
      keys.map((key) => key.id),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return keys.flatMap((key) => byId.get(key.id) ?? []);
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
