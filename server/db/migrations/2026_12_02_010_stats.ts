import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * The dashboard counts a business's requests of a period by week and status, finds each one's first answer, and
 * counts its quotes of a period and its requests still new. Measured on SQLite with 100,000 requests in a year: the
 * year's figures took 1.5 s with the older indexes, 0.5 s with these (twelve weeks: 0.3 s, 0.17 s).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  // Covers the counts by week, by status and by guest or customer, without reading the requests themselves.
  await db.schema.createIndex('requests_tenant_created_status').on('requests').columns(['tenant_id', 'created_at', 'status', 'customer_id', 'id']).execute();
  await db.schema.createIndex('requests_tenant_status').on('requests').columns(['tenant_id', 'status']).execute();
  await db.schema.createIndex('request_events_request_actor').on('request_events').columns(['request_id', 'actor_type', 'created_at', 'status']).execute();
  await db.schema.createIndex('messages_request_author').on('messages').columns(['request_id', 'author_type', 'created_at']).execute();
  await db.schema.createIndex('quotes_tenant_created').on('quotes').columns(['tenant_id', 'created_at']).execute();
}
