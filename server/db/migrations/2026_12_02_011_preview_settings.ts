import type { Kysely } from 'kysely';

/** A preview session may read the portal with settings not saved yet: the console's live preview of its settings form. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('preview_settings', 'text').execute();
}
