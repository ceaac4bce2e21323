import type { Kysely } from 'kysely';

/**
 * A portal's uploaded logo: one per portal, its bytes in `files` like every other file. Kept beside the portal
 * instead of in its settings, so that the settings (which the business sends whole) can never point at a file.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('portal_logos')
    .addColumn('portal_id', 'text', (col) => col.primaryKey().references('portals.id').onDelete('cascade'))
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('file_id', 'text', (col) => col.notNull().references('files.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
}
