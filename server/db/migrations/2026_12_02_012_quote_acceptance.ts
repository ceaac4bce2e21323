import type { Kysely } from 'kysely';

/**
 * A quote accepted with a drawn signature keeps the image beside the typed name: a PNG in `files`, like the quote's
 * PDF, so that list queries never read it and erasing the customer takes it along.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('quotes')
    .addColumn('signature_file_id', 'text', (col) => col.references('files.id').onDelete('set null'))
    .execute();
}
