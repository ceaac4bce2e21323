// The portal's and the back office's list queries must stay flat as a business grows to a million work orders: each
// one seeks into an index in list order (no sort, no scan of the table, no reading of the pages before the cursor).
import { CompiledQuery, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/schema.js';
import { encodeCursor, keysetPage } from '../http/pagination.js';
import type { PortalCaller } from '../http/env.js';
import { defaultPortalSettings } from '../portals/settings.js';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../test/support/database.js';
import { documentResource } from './documents.js';
import { invoiceResource, portalInvoices } from './invoices.js';
import { objectResource } from './objects.js';
import { orderResource } from './orders.js';
import { quoteResource } from './quotes.js';
import { recordPageQuery, recordsOfPage, type RecordResource, type RecordTable } from './upsert.js';
import { portalWorkOrders, workOrderResource, workOrderTimelinesQuery } from './work-orders.js';

let database: TestDatabase;
const caller: PortalCaller = { tenantId: 'ten_1', customerId: 'cus_1', contactId: 'con_1', portalId: 'por_1', sessionId: 'ses_1', role: 'member', readOnly: false };
const settings = defaultPortalSettings('Installateur');
const afterCursor = { limit: 20, cursor: encodeCursor({ created_at: '2026-01-01T00:00:00.000Z', id: 'wo_x' }) };

/** The plan of `query`, as lines of text; on PostgreSQL with sequential scans priced out, as for a large table. */
async function planOf(db: Kysely<Database>, query: { compile(): CompiledQuery }): Promise<string> {
  const compiled = query.compile();
  if (database.dialect === 'sqlite') {
    const result = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]));
    return result.rows.map((row) => row.detail).join('\n');
  }
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    const result = await trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]));
    return result.rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

function expectIndexOrdered(plan: string, index: string): void {
  expect(plan).toContain(index);
  expect(plan).not.toMatch(/TEMP B-TREE|\bSort\b|Seq Scan|^SCAN /m);
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe(`list queries on ${dialectUnderTest}`, () => {
  it('page through a customer’s work orders along its index', async () => {
    const first = await planOf(database.db, keysetPage(portalWorkOrders(database.db, caller, settings), 'work_orders', { limit: 20 }));
    expectIndexOrdered(first, 'work_orders_customer_created');
    const later = await planOf(database.db, keysetPage(portalWorkOrders(database.db, caller, settings), 'work_orders', afterCursor));
    expectIndexOrdered(later, 'work_orders_customer_created');
    // The cursor is where the index is entered, not a filter over every newer row.
    expect(later).toMatch(database.dialect === 'sqlite' ? /created_at<\?/ : /Index Cond: .*created_at <=/);
  });

  it('filter work orders by status or object along an index of their own', async () => {
    const byStatus = await planOf(database.db, keysetPage(portalWorkOrders(database.db, caller, settings, ['planned']), 'work_orders', afterCursor));
    expectIndexOrdered(byStatus, 'work_orders_customer_status');
    const byObject = await planOf(
      database.db,
      keysetPage(portalWorkOrders(database.db, caller, settings).where('work_orders.object_id', '=', 'obj_1'), 'work_orders', afterCursor),
    );
    expectIndexOrdered(byObject, 'work_orders_customer_object');
  });

  it('find the work order a request became by seeking on its request id, not by reading the business’s work orders', async () => {
    const query = database.db.selectFrom('work_orders').select('id').where('work_orders.tenant_id', '=', 'ten_1').where('work_orders.request_id', 'in', ['req_1', 'req_2']);
    const plan = await planOf(database.db, query);
    expect(plan).toContain('work_orders_request');
    expect(plan).toMatch(database.dialect === 'sqlite' ? /request_id=\?/ : /Index Cond: .*request_id/);
  });

  it('page through invoices along their index', async () => {
    expectIndexOrdered(await planOf(database.db, keysetPage(portalInvoices(database.db, caller), 'invoices', afterCursor)), 'invoices_customer_created');
  });

  const resources: RecordResource<any, any, any>[] = [workOrderResource, quoteResource, invoiceResource, documentResource, objectResource, orderResource];
  const recordTables: RecordTable[] = resources.map((resource) => resource.table);
  // Quotes had (tenant_id, created_at) for the dashboard before; the list's index took another name beside it.
  const businessIndex = (table: RecordTable) => (table === 'quotes' ? 'quotes_tenant_created_id' : `${table}_tenant_created`);

  it.each(recordTables)('page through the business’s %s, as the back office lists them, along the business’s index', async (table) => {
    expectIndexOrdered(await planOf(database.db, recordPageQuery(database.db, table, 'ten_1', { limit: 20 })), businessIndex(table));
    const later = await planOf(database.db, recordPageQuery(database.db, table, 'ten_1', afterCursor));
    expectIndexOrdered(later, businessIndex(table));
    expect(later).toMatch(database.dialect === 'sqlite' ? /created_at<\?/ : /Index Cond: .*created_at <=/);
  });

  it.each(recordTables)('page through one customer’s %s, as the back office lists them, along the customer’s index', async (table) => {
    expectIndexOrdered(await planOf(database.db, recordPageQuery(database.db, table, 'ten_1', { limit: 20 }, 'cus_1')), `${table}_customer_created`);
    const later = await planOf(database.db, recordPageQuery(database.db, table, 'ten_1', afterCursor, 'cus_1'));
    expectIndexOrdered(later, `${table}_customer_created`);
    expect(later).toMatch(database.dialect === 'sqlite' ? /customer_id=\? AND created_at<\?/ : /Index Cond: .*customer_id = .*created_at <=/);
  });

  // SQLite plans without statistics and took a tenant index for `id in (…)`, or walked the business's index to skip a
  // sort; on these empty tables PostgreSQL prices every index the same (rows=1), so its choice here says nothing:
  // bench/list.ts measures it on a filled database.
  it.skipIf(dialectUnderTest === 'postgres').each(resources.map((resource) => [resource.table, resource] as const))('read a page of the business’s %s with each record by its id', async (table, resource) => {
    for (const page of [{ limit: 20 }, afterCursor]) {
      const plan = await planOf(database.db, recordsOfPage(database.db, resource, 'ten_1', page));
      // The page along the business's index, then its records by their primary key: never the business's records
      // looked up in the page.
      expect(plan).toContain(businessIndex(table));
      expect(plan).toMatch(new RegExp(`SCAN page\\nSEARCH ${table} USING INDEX sqlite_autoindex_${table}_1 \\(id=\\?\\)`));
      expect(plan).not.toMatch(/AUTOMATIC|^SCAN (?!page)/m);
    }
  });

  it('read the timelines of a page of work orders by seeking on each work order, not by reading every step', async () => {
    const plan = await planOf(database.db, workOrderTimelinesQuery(database.db, ['wo_1', 'wo_2', 'wo_3']));
    expect(plan).toContain('work_order_events_work_order');
    expect(plan).toMatch(database.dialect === 'sqlite' ? /work_order_id=\?/ : /Index Cond: \(work_order_id = ANY/);
    expect(plan).not.toMatch(/Seq Scan|^SCAN /m);
  });
});
