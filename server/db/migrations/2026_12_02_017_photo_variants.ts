import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.js';
import { columnTypes } from './columns.js';

/**
 * A small JPEG beside each photo the server encoded again, made once on upload so lists of photos never download
 * the originals. Null for PDFs, HEIC and photos stored before thumbnails existed.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema.alterTable('attachments').addColumn('thumbnail', columnTypes(dialect).blob).execute();
}
