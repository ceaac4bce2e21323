import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * The dashboard counts a business's quotes of a period, and its requests still new: without these, each look at it
 * reads every quote, or every request, the business ever had.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex('quotes_tenant_created').on('quotes').columns(['tenant_id', 'created_at']).execute();
  await db.schema.createIndex('requests_tenant_status').on('requests').columns(['tenant_id', 'status']).execute();
}
