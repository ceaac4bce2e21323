// The back office's records are addressed by its own id (externalId) and written with PUT, again and again: an
// upsert that creates (201), updates (200), or, when the body says nothing new, changes nothing at all, not even
// updated_at. One implementation serves every resource; each resource says how its body maps to columns and how a
// stored record reads in an answer.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { findCustomerByExternalId } from '../customers/repository.js';
import type { Database } from '../db/schema.js';
import type { RecordSource } from '../db/tables/foundation.js';
import { newId, nowIso } from '../db/ids.js';
import { publishRecordEvent } from '../events/publish.js';
import { deleteFile, fileInfos, type FileInfo } from '../files/store.js';
import { notFound } from '../http/errors.js';
import type { AdminCaller, Deps } from '../http/env.js';
import { z } from '../http/openapi.js';
import { pageOf, pageQuerySchema, type Page, type PageQuery } from '../http/pagination.js';
import { keysetKey, keysetSlots, keysetValues, reusedQuery, type KeysetShape, type KeysetValues } from './compiled.js';
import { assertMayChange, sourceOf } from './source.js';

/** The back office's list of one kind of record: newest first, optionally for one customer. */
export const recordListQuery = pageQuerySchema.extend({
  customerExternalId: z.string().min(1).max(100).optional().openapi({ description: 'Only the records of the customer with this externalId.' }),
});
export type RecordListQuery = z.output<typeof recordListQuery>;

export type RecordTable = 'objects' | 'work_orders' | 'quotes' | 'invoices' | 'documents' | 'orders';

/** The columns every record pushed by the back office has. */
export interface StoredRecord {
  id: string;
  tenant_id: string;
  customer_id: string;
  external_id: string;
  source: RecordSource;
  created_at: string;
  updated_at: string;
}

/** Who writes: the business (its tenant) and whether by API key or staff session, which decides the record's source. */
export type RecordCaller = Pick<AdminCaller, 'tenantId' | 'actor'>;

export type Columns = Record<string, string | number | null>;

export interface RecordWrite<Found> {
  id: string;
  tenantId: string;
  columns: Columns;
  /** The record as it was before this write; undefined when it was just created. */
  previous: Found | undefined;
  now: string;
}

/** A write once it is committed: what the customer hears of it (mail) is told from here, never from inside it. */
export interface CommittedWrite<Found> {
  created: boolean;
  previous: Found | undefined;
  found: Found;
}

export interface RecordResource<Body, Found extends StoredRecord, Answer> {
  table: RecordTable;
  idPrefix: string;
  /** How an answer names one record: "work order". */
  noun: string;
  /** The upsert body: validated at the edge, and the request body of PUT in the document. */
  body: z.ZodType<Body>;
  /** The record as the back office reads it back: every answer of the resource's routes. */
  record: z.ZodType<Answer>;
  /** The business's records with the external ids of what they refer to, for the answer. */
  findQuery(db: Kysely<Database>, tenantId: string): SelectQueryBuilder<any, any, Found>;
  /** One record of findQuery, by the back office's id. */
  find(db: Kysely<Database>, tenantId: string, externalId: string): Promise<Found | undefined>;
  /** The columns the body sets, references resolved: throws 400 naming each unknown reference. */
  columns(db: Kysely<Database>, tenantId: string, body: Body, existing: Found | undefined): Promise<Columns>;
  /** Runs in the same transaction after the record was created or changed. */
  afterWrite?(db: Kysely<Database>, write: RecordWrite<Found>): Promise<void>;
  /** Runs once the write is committed, and only when something changed; it must not fail the write. */
  afterCommit?(deps: Deps, write: CommittedWrite<Found>): Promise<void>;
  /**
   * The answers of found rows of one business, in the rows' order: a list's page at once, so what the records refer
   * to (a timeline, a file) is read in one query for the page, not in one for each record. One record is a page of one.
   */
  toRecords(db: Kysely<Database>, rows: readonly Found[]): Promise<Answer[]>;
  /** Columns naming files that go when the record goes. */
  fileColumns?: readonly ('pdf_file_id' | 'file_id' | 'signature_file_id')[];
}

function sameColumns(columns: Columns, existing: StoredRecord): boolean {
  const stored = existing as unknown as Record<string, unknown>;
  return Object.entries(columns).every(([name, value]) => stored[name] === value);
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Locks the record's row on PostgreSQL so two writes of one record apply one after the other (SQLite writes do anyway). */
export async function lockRecord(deps: Deps, db: Kysely<Database>, table: RecordTable, tenantId: string, externalId: string): Promise<void> {
  if (deps.dialect !== 'postgres') return;
  await (db as Kysely<any>)
    .selectFrom(table)
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('external_id', '=', externalId)
    .forUpdate()
    .execute();
}

/** Any resource, where only its table, its lookups and its files matter. */
type SomeResource<Found extends StoredRecord> = RecordResource<any, Found, unknown>;

/**
 * Creates or updates the record. A staff session writes console records and may not change the back office's
 * (409); an API key writes the back office's, a console record included, which from then on is the back office's.
 */
export async function upsertRecord<Body, Found extends StoredRecord>(
  deps: Deps,
  resource: RecordResource<Body, Found, unknown>,
  caller: RecordCaller,
  externalId: string,
  body: Body,
): Promise<{ created: boolean; found: Found }> {
  const write = await writeRecord(deps, resource, caller, externalId, body);
  if (write.changed) await resource.afterCommit?.(deps, write);
  return { created: write.created, found: write.found };
}

async function writeRecord<Body, Found extends StoredRecord>(
  deps: Deps,
  resource: RecordResource<Body, Found, unknown>,
  caller: RecordCaller,
  externalId: string,
  body: Body,
): Promise<CommittedWrite<Found> & { changed: boolean }> {
  const { tenantId } = caller;
  // Two first writes of one record race to insert; the loser finds the winner's row on its second go.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await deps.db.transaction().execute(async (trx) => {
        await lockRecord(deps, trx, resource.table, tenantId, externalId);
        const existing = await resource.find(trx, tenantId, externalId);
        assertMayChange(caller, existing, resource.noun, externalId);
        const columns = { ...(await resource.columns(trx, tenantId, body, existing)), source: sourceOf(caller) };
        if (existing && sameColumns(columns, existing)) return { created: false, changed: false, previous: existing, found: existing };
        const now = nowIso();
        const id = existing?.id ?? newId(resource.idPrefix);
        const table = trx as Kysely<any>;
        if (existing) {
          await table.updateTable(resource.table).set({ ...columns, updated_at: now }).where('id', '=', id).execute();
        } else {
          await table
            .insertInto(resource.table)
            .values({ id, tenant_id: tenantId, external_id: externalId, ...columns, created_at: now, updated_at: now })
            .execute();
        }
        await resource.afterWrite?.(trx, { id, tenantId, columns, previous: existing, now });
        await publishRecordEvent(trx, resource.table, tenantId, id);
        const found = await resource.find(trx, tenantId, externalId);
        return { created: existing === undefined, changed: true, previous: existing, found: found! };
      });
    } catch (error) {
      if (attempt < 2 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

export async function findOrFail<Found extends StoredRecord>(
  db: Kysely<Database>,
  resource: SomeResource<Found>,
  tenantId: string,
  externalId: string,
): Promise<Found> {
  const found = await resource.find(db, tenantId, externalId);
  if (!found) throw notFound(`There is no ${resource.noun} with externalId "${externalId}".`);
  return found;
}

/** Whose records a page holds: the business's, one customer's, or none (a customer the business does not have). */
type PageScope = 'business' | 'customer' | 'nobody';

interface RecordPageShape {
  table: RecordTable;
  scope: PageScope;
  page: KeysetShape;
}

type RecordPageValues = KeysetValues & { tenantId: string; customerId: string };

function recordPageOf(table: RecordTable, tenantId: string, query: PageQuery, customerId: string | null | undefined): { shape: RecordPageShape; values: RecordPageValues } {
  const { page, values } = keysetValues(query);
  const scope: PageScope = customerId === undefined ? 'business' : customerId === null ? 'nobody' : 'customer';
  return { shape: { table, scope, page }, values: { ...values, tenantId, customerId: customerId ?? '' } };
}

/** recordPageQuery's SQL for its shape, with the values or their stand-ins (server/customer-data/compiled.ts). */
function recordPageIn(db: Kysely<Database>, { table, scope, page }: RecordPageShape, values: RecordPageValues) {
  // Only what orders the page: the business's and the customer's indexes hold both, so the page is read from them alone.
  const rows = (db as Kysely<any>).selectFrom(table).select(['id', 'created_at']).where('tenant_id', '=', values.tenantId);
  if (scope !== 'business') return keysetSlots(scope === 'nobody' ? rows.where(sql<boolean>`1 = 0`) : rows.where('customer_id', '=', values.customerId), table, page, values);
  // Nulls last, which changes nothing (neither column is ever null), is the order of the business-wide index that
  // PostgreSQL has only for this list, so the customer's lists keep their own indexes (migration 022).
  return keysetSlots(rows, table, page, values)
    .clearOrderBy()
    .orderBy('created_at', (order) => order.desc().nullsLast())
    .orderBy('id', (order) => order.desc().nullsLast());
}

type PagedResource<Found extends StoredRecord> = Pick<RecordResource<any, Found, any>, 'table' | 'findQuery'>;

function recordsOfPageIn<Found extends StoredRecord>(db: Kysely<Database>, resource: PagedResource<Found>, shape: RecordPageShape, values: RecordPageValues) {
  return resource
    .findQuery(db, values.tenantId)
    .innerJoin(recordPageIn(db, shape, values).as('page'), 'page.id', `${resource.table}.id`)
    // Ordered by the page's columns: ordered by the table's, SQLite walked the business's index to skip the sort and
    // looked each record up in the page, which reads every record of the business.
    .orderBy('page.created_at', 'desc')
    .orderBy('page.id', 'desc');
}

/**
 * The ids of a page of the business's records in `table`, newest first, with one row more when another page follows;
 * only one customer's when `customerId` is given, none when it is null (a customer the business does not have).
 */
export function recordPageQuery(db: Kysely<Database>, table: RecordTable, tenantId: string, query: PageQuery, customerId?: string | null) {
  const { shape, values } = recordPageOf(table, tenantId, query, customerId);
  return recordPageIn(db, shape, values);
}

/**
 * A page of the business's records of one resource as findQuery reads them, newest first, with one row more when
 * another page follows: the page and its records in one query, each record joined by its id. Asked for by
 * `id in (…)` beside the tenant instead, SQLite read the business's records along a tenant index to find the page's.
 */
export function recordsOfPage<Found extends StoredRecord>(db: Kysely<Database>, resource: PagedResource<Found>, tenantId: string, query: PageQuery, customerId?: string | null) {
  const { shape, values } = recordPageOf(resource.table, tenantId, query, customerId);
  return recordsOfPageIn(db, resource, shape, values);
}

// The list's query, built and compiled once for each resource, scope, cursor and page size, as the customer's lists are.
const reusedRecordPage = reusedQuery(
  (db: Kysely<Database>, { resource, ...shape }: RecordPageShape & { resource: PagedResource<StoredRecord> }, values: RecordPageValues) =>
    recordsOfPageIn(db, resource, shape, values),
  ({ table, scope, page }) => `${table}|${scope}|${keysetKey(page)}`,
);

/** A page of the back office's records of one resource, newest first, as its answers read them. */
export async function listRecords<Found extends StoredRecord, Answer>(
  db: Kysely<Database>,
  resource: RecordResource<any, Found, Answer>,
  tenantId: string,
  query: RecordListQuery,
): Promise<Page<Answer>> {
  let customerId: string | null | undefined;
  // A customer the back office has not pushed yet has no records: an empty page, not an error.
  if (query.customerExternalId) customerId = (await findCustomerByExternalId(db, tenantId, query.customerExternalId))?.id ?? null;
  const { shape, values } = recordPageOf(resource.table, tenantId, query, customerId);
  const rows = (await reusedRecordPage.rows(db, { ...shape, resource }, values)) as Found[];
  const kept = pageOf(rows, query, (row) => row);
  return { items: await resource.toRecords(db, kept.items), nextCursor: kept.nextCursor };
}

/** One found record as the resource's answers read it. */
export async function toRecord<Found extends StoredRecord, Answer>(db: Kysely<Database>, resource: RecordResource<any, Found, Answer>, found: Found): Promise<Answer> {
  const [answer] = await resource.toRecords(db, [found]);
  return answer!;
}

/**
 * toRecords for a resource whose answer shows the record's file (`fileId`): the files of the page, one business's
 * records, are read in one query, and each record is answered with its own, or undefined when it has none.
 */
export function answersWithFile<Found extends StoredRecord, Answer>(
  fileId: (row: Found) => string | null,
  answer: (row: Found, file: FileInfo | undefined) => Answer,
): RecordResource<any, Found, Answer>['toRecords'] {
  return async (db, rows) => {
    const files = rows.length > 0 ? await fileInfos(db, rows[0]!.tenant_id, rows.map(fileId)) : new Map<string, FileInfo>();
    return rows.map((row) => {
      const id = fileId(row);
      return answer(row, id === null ? undefined : files.get(id));
    });
  };
}

/** Removes a record and the files that belong to it; 404 when the business has none by this id, 409 for staff on the back office's. */
export async function deleteRecord(db: Kysely<Database>, resource: SomeResource<StoredRecord>, caller: RecordCaller, externalId: string): Promise<void> {
  const { tenantId } = caller;
  await db.transaction().execute(async (trx) => {
    const found = await findOrFail(trx, resource, tenantId, externalId);
    assertMayChange(caller, found, resource.noun, externalId);
    await trx.deleteFrom(resource.table).where('tenant_id', '=', tenantId).where('id', '=', found.id).execute();
    const stored = found as unknown as Record<string, string | null>;
    for (const column of resource.fileColumns ?? []) await deleteFile(trx, tenantId, stored[column] ?? null);
  });
}
