// The back office's records are addressed by its own id (externalId) and written with PUT, again and again: an
// upsert that creates (201), updates (200), or, when the body says nothing new, changes nothing at all, not even
// updated_at. One implementation serves every resource; each resource says how its body maps to columns.
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { ZodType } from 'zod';
import type { Database } from '../db/schema.js';
import { newId, nowIso } from '../db/ids.js';
import { notFound } from '../http/errors.js';
import { keysetPage, pageOf, pageQuerySchema } from '../http/pagination.js';
import type { AppEnv, Deps } from '../http/env.js';
import { validate } from '../http/validate.js';
import { deleteFile } from '../files/store.js';
import { z } from 'zod';
import { externalIdParam } from './fields.js';

/** The back office's list of one kind of record: newest first, optionally for one customer. */
export const recordListQuery = pageQuerySchema.extend({
  customerExternalId: z.string().min(1).max(100).optional(),
});

export type RecordTable = 'objects' | 'work_orders' | 'quotes' | 'invoices' | 'documents' | 'orders';

/** The columns every record pushed by the back office has. */
export interface StoredRecord {
  id: string;
  tenant_id: string;
  customer_id: string;
  external_id: string;
  created_at: string;
  updated_at: string;
}

export type Columns = Record<string, string | number | null>;

export interface RecordWrite<Found> {
  id: string;
  tenantId: string;
  columns: Columns;
  /** The record as it was before this write; undefined when it was just created. */
  previous: Found | undefined;
  now: string;
}

export interface RecordResource<Body, Found extends StoredRecord> {
  table: RecordTable;
  idPrefix: string;
  /** How an answer names one record: "work order". */
  noun: string;
  body: ZodType<Body>;
  /** The record with the external ids of what it refers to, for the answer. */
  find(db: Kysely<Database>, tenantId: string, externalId: string): Promise<Found | undefined>;
  /** The columns the body sets, references resolved: throws 400 naming each unknown reference. */
  columns(db: Kysely<Database>, tenantId: string, body: Body, existing: Found | undefined): Promise<Columns>;
  /** Runs in the same transaction after the record was created or changed. */
  afterWrite?(db: Kysely<Database>, write: RecordWrite<Found>): Promise<void>;
  toRecord(db: Kysely<Database>, found: Found): Promise<object> | object;
  /** Columns naming files that go when the record goes. */
  fileColumns?: readonly ('pdf_file_id' | 'file_id')[];
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

export async function upsertRecord<Body, Found extends StoredRecord>(
  deps: Deps,
  resource: RecordResource<Body, Found>,
  tenantId: string,
  externalId: string,
  body: Body,
): Promise<{ created: boolean; found: Found }> {
  // Two first writes of one record race to insert; the loser finds the winner's row on its second go.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await deps.db.transaction().execute(async (trx) => {
        await lockRecord(deps, trx, resource.table, tenantId, externalId);
        const existing = await resource.find(trx, tenantId, externalId);
        const columns = await resource.columns(trx, tenantId, body, existing);
        if (existing && sameColumns(columns, existing)) return { created: false, found: existing };
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
        const found = await resource.find(trx, tenantId, externalId);
        return { created: existing === undefined, found: found! };
      });
    } catch (error) {
      if (attempt < 2 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

export async function findOrFail<Found extends StoredRecord>(
  db: Kysely<Database>,
  resource: RecordResource<unknown, Found>,
  tenantId: string,
  externalId: string,
): Promise<Found> {
  const found = await resource.find(db, tenantId, externalId);
  if (!found) throw notFound(`There is no ${resource.noun} with externalId "${externalId}".`);
  return found;
}

/** GET / (the list), and PUT, GET and DELETE /{externalId} for one resource of the back-office API. */
export function recordRoutes<Body, Found extends StoredRecord>(resource: RecordResource<Body, Found>): Hono<AppEnv> {
  const generic = resource as unknown as RecordResource<unknown, Found>;
  return new Hono<AppEnv>()
    .get('/', validate('query', recordListQuery), async (c) => {
      const query = c.req.valid('query');
      const { db } = c.var.deps;
      const tenantId = c.var.admin.tenantId;
      let rows = (db as Kysely<any>)
        .selectFrom(resource.table)
        .select(['id', 'external_id', 'created_at'])
        .where('tenant_id', '=', tenantId);
      if (query.customerExternalId) {
        rows = rows.where('customer_id', 'in', (db as Kysely<any>).selectFrom('customers').select('id').where('tenant_id', '=', tenantId).where('external_id', '=', query.customerExternalId));
      }
      const page = pageOf(await keysetPage(rows, resource.table, query).execute(), query, (row) => row.external_id as string);
      const items = [];
      for (const externalId of page.items) {
        const found = await resource.find(db, tenantId, externalId);
        if (found) items.push(await resource.toRecord(db, found));
      }
      return c.json({ items, nextCursor: page.nextCursor });
    })
    .put('/:externalId', validate('param', externalIdParam), validate('json', resource.body), async (c) => {
      const { externalId } = c.req.valid('param');
      const body = c.req.valid('json') as Body;
      const { created, found } = await upsertRecord(c.var.deps, resource, c.var.admin.tenantId, externalId, body);
      return c.json(await resource.toRecord(c.var.deps.db, found), created ? 201 : 200);
    })
    .get('/:externalId', validate('param', externalIdParam), async (c) => {
      const found = await findOrFail(c.var.deps.db, generic, c.var.admin.tenantId, c.req.valid('param').externalId);
      return c.json(await resource.toRecord(c.var.deps.db, found));
    })
    .delete('/:externalId', validate('param', externalIdParam), async (c) => {
      const { externalId } = c.req.valid('param');
      const tenantId = c.var.admin.tenantId;
      await c.var.deps.db.transaction().execute(async (trx) => {
        const found = await findOrFail(trx, generic, tenantId, externalId);
        await trx.deleteFrom(resource.table).where('tenant_id', '=', tenantId).where('id', '=', found.id).execute();
        const stored = found as unknown as Record<string, string | null>;
        for (const column of resource.fileColumns ?? []) await deleteFile(trx, tenantId, stored[column] ?? null);
      });
      return c.body(null, 204);
    });
}
