import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * Indexes that fit the console inbox's filters and search at 100,000 requests. Each filter reads its own index in the
 * inbox's order (newest first, then id) and stops after a page; without them a filter that keeps few requests read
 * the whole inbox (server/requests/repository.ts, pageOfInbox; measured in bench/inbox.ts).
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  // The status filter, one status at a time. Its (tenant_id, status) start serves the dashboard's counts by status
  // too, so the index of that alone goes: every submission writes one index less.
  await db.schema.createIndex('requests_tenant_status_created').on('requests').columns(['tenant_id', 'status', 'created_at', 'id']).execute();
  await db.schema.dropIndex('requests_tenant_status').execute();
  await db.schema.createIndex('requests_portal_created').on('requests').columns(['portal_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('requests_tenant_work_type_created').on('requests').columns(['tenant_id', 'work_type', 'created_at', 'id']).execute();
  // Guest requests only: the guest filter, with the other filters, and the search in guests' names read it without
  // touching the requests themselves.
  await db.schema
    .createIndex('requests_tenant_guests_created')
    .on('requests')
    .columns(['tenant_id', 'created_at', 'id', 'customer_id', 'guest_name', 'status', 'work_type', 'portal_id'])
    .where(sql.ref('customer_id'), 'is', null)
    .execute();
  if (dialect === 'postgres') {
    // A search by the start of a reference (LIKE 'KP-7F%') reads this one whatever the database's collation; SQLite's
    // GLOB reads the plain unique index on reference.
    await sql`create index requests_reference_pattern on requests (reference text_pattern_ops)`.execute(db);
  }
}
