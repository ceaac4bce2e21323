import type { Kysely } from 'kysely';

/**
 * Who keeps each customer and record: the back office through its API (`api`), or a person in the console
 * (`console`). A record the back office pushed is read-only in the console, so the next sync never overwrites an edit.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['customers', 'locations', 'objects', 'work_orders', 'quotes', 'invoices', 'documents', 'orders']) {
    await db.schema
      .alterTable(table)
      .addColumn('source', 'text', (col) => col.notNull().defaultTo('api'))
      .execute();
  }
}
