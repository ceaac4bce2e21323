import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

const recordTables = ['work_orders', 'invoices', 'objects', 'documents', 'orders'] as const;

/**
 * Indexes that fit the portal and admin list routes' filters and cursors. The back office's lists of a kind of record
 * read all of the business's records newest first: without (tenant_id, created_at, id) each page sorted every record
 * of the business (100,000 work orders for one page of 20). The customer's lists had theirs already
 * (…_customer_created). Quotes had (tenant_id, created_at) for the dashboard; with id it orders the list as well.
 * A customer's work orders are always filtered by the statuses the portal shows: with status in the customer's index
 * that filter is read from the index, and SQLite keeps choosing it over the business-wide one for a page behind a cursor.
 * SQLite only for now: PostgreSQL's planner chose these over the customer's own indexes for the customer's lists
 * (server/customer-data/indexes.test.ts), so there the back office's lists still sort the business's records.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  for (const table of recordTables) {
    await db.schema.createIndex(`${table}_tenant_created`).on(table).columns(['tenant_id', 'created_at', 'id']).execute();
  }
  await db.schema.dropIndex('work_orders_customer_created').execute();
  await db.schema
    .createIndex('work_orders_customer_created')
    .on('work_orders')
    .columns(['tenant_id', 'customer_id', 'created_at', 'id', 'status'])
    .execute();
  await db.schema.createIndex('quotes_tenant_created_id').on('quotes').columns(['tenant_id', 'created_at', 'id']).execute();
  await db.schema.dropIndex('quotes_tenant_created').execute();
}
