import type { Kysely } from 'kysely';

/**
 * A work address a customer proposed with a request (`proposal` 'proposed', or 'declined' once the business said no;
 * null for the business's own addresses), and a guest's short-lived right to add photos to the request just sent
 * (sha256 of the token, and when it ends).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('locations').addColumn('proposal', 'text').execute();
  await db.schema.alterTable('requests').addColumn('guest_upload_token_hash', 'text').execute();
  await db.schema.alterTable('requests').addColumn('guest_upload_expires_at', 'text').execute();
}
