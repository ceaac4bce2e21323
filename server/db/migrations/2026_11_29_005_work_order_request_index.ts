import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * A request finds the work order the back office pushed for it by request_id: without an index every request page,
 * detail and submission read all of the business's work orders (found by the benchmark: 10 ms a submission at 10k).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex('work_orders_request').on('work_orders').columns(['tenant_id', 'request_id']).execute();
}
