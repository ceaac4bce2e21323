import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

const recordTables = ['work_orders', 'invoices', 'objects', 'documents', 'orders'] as const;

/**
 * The back office's lists of a kind of record on PostgreSQL, where 021 left them sorting every record of the
 * business for one page. A plain (tenant_id, created_at, id) index would serve them, but it serves the customer's
 * lists just as well (…_customer_created with the same order): where the two cost the same, as on a new table, the
 * planner took whichever index was made last, the business-wide one, and read the business's records to find one
 * customer's. So the index is made in the one order only the back office's list asks for: newest first with nulls
 * last (server/customer-data/upsert.ts, recordPageQuery). created_at and id are never null, so that order is the
 * same list; a customer's list asks for the default order (nulls first when descending), which this index cannot give
 * without a sort, and keeps reading the customer's own index, as does the back office's list of one customer.
 * Quotes' (tenant_id, created_at), the dashboard's, goes: the new one starts the same way and serves its counts too.
 * The work order a request became is looked up by (tenant_id, request_id in …); beside a newer index on tenant_id
 * that cost the same, the planner took the newer one and filtered the business's work orders for the request. The
 * lookup's index now holds only the work orders that answer a request, the ones it can find: smaller, and cheaper to
 * read than any index of all the business's work orders.
 * SQLite needs none of this: 021 made its business-wide indexes, and SQLite's descending order has nulls last.
 * server/customer-data/indexes.test.ts holds the plans of both kinds of list, and of the lookup, on both databases.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  const create = (name: string, table: string) =>
    sql`create index ${sql.id(name)} on ${sql.table(table)} (tenant_id, created_at desc nulls last, id desc nulls last)`.execute(db);
  for (const table of recordTables) await create(`${table}_tenant_created`, table);
  await create('quotes_tenant_created_id', 'quotes');
  await db.schema.dropIndex('quotes_tenant_created').execute();
  await db.schema.dropIndex('work_orders_request').execute();
  await db.schema
    .createIndex('work_orders_request')
    .on('work_orders')
    .columns(['tenant_id', 'request_id'])
    .where(sql.ref('request_id'), 'is not', null)
    .execute();
}
