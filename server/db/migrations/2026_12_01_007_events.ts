import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

/** The event log that live-update streams read and resume from, and the business's internal notes on requests. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  // The id is the stream's Last-Event-ID: it only ever grows, and is never reused (SQLite's AUTOINCREMENT).
  await db.schema
    .createTable('events')
    .addColumn('id', dialect === 'sqlite' ? 'integer' : 'bigserial', (col) => (dialect === 'sqlite' ? col.primaryKey().autoIncrement() : col.primaryKey()))
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (col) => col.references('customers.id').onDelete('cascade'))
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('business_data', 'text', (col) => col.notNull())
    .addColumn('customer_data', 'text')
    .addColumn('customer_requires', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('events_tenant').on('events').columns(['tenant_id', 'id']).execute();
  await db.schema.createIndex('events_customer').on('events').columns(['customer_id', 'id']).execute();
  await db.schema.createIndex('events_created').on('events').column('created_at').execute();

  await db.schema
    .createTable('request_notes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (col) => col.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('author_kind', 'text', (col) => col.notNull())
    .addColumn('author_id', 'text', (col) => col.notNull())
    .addColumn('author_name', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('request_notes_request').on('request_notes').columns(['tenant_id', 'request_id', 'created_at', 'id']).execute();
}
