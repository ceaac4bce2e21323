import type { Kysely } from 'kysely';

/**
 * What a customer needs to plan around a visit and to read an invoice: the first name of the technician who comes
 * (nothing more of them is kept), and an invoice's lines as JSON text like a quote's (`[]` when the back office sends none).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('work_orders').addColumn('technician_name', 'text').execute();
  await db.schema
    .alterTable('invoices')
    .addColumn('lines', 'text', (col) => col.notNull().defaultTo('[]'))
    .execute();
}
