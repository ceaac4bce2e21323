import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.js';
import { columnTypes } from './columns.js';

/**
 * Photos and PDFs on messages. A file is uploaded first and waits, seen only by whoever uploaded it, until a message
 * names it: then it belongs to that message, and goes when the message goes.
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const types = columnTypes(dialect);
  await db.schema
    .createTable('message_files')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (col) => col.references('requests.id').onDelete('cascade'))
    .addColumn('work_order_id', 'text')
    .addColumn('message_id', 'text', (col) => col.references('messages.id').onDelete('cascade'))
    .addColumn('uploaded_by', 'text', (col) => col.notNull())
    .addColumn('content_type', 'text', (col) => col.notNull())
    .addColumn('size_bytes', types.bigint, (col) => col.notNull())
    .addColumn('filename', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('content', types.blob, (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('message_files_message').on('message_files').columns(['message_id']).execute();
  await db.schema.createIndex('message_files_uploader').on('message_files').columns(['tenant_id', 'uploaded_by', 'created_at']).execute();
}
