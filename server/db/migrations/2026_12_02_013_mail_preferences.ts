import type { Kysely } from 'kysely';

/**
 * Which mails a contact chose to get (JSON of the kinds switched off or on; null: every kind, the default), and the
 * links that let a guest follow their request without an account (only the sha256 of each token is kept).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contacts').addColumn('mail_preferences', 'text').execute();
  await db.schema
    .createTable('guest_follow_tokens')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (col) => col.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('guest_follow_tokens_request').on('guest_follow_tokens').column('request_id').execute();
}
