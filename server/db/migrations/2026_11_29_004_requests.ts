import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../schema.js';
import { columnTypes } from './columns.js';

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const types = columnTypes(dialect);

  await db.schema
    .createTable('requests')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('portal_id', 'text', (col) => col.notNull().references('portals.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (col) => col.references('customers.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (col) => col.references('contacts.id').onDelete('set null'))
    .addColumn('reference', 'text', (col) => col.notNull().unique())
    .addColumn('guest_name', 'text')
    .addColumn('guest_email', 'text')
    .addColumn('guest_phone', 'text')
    .addColumn('guest_address', 'text')
    .addColumn('location_id', 'text', (col) => col.references('locations.id').onDelete('set null'))
    // Objects and work orders are the back office's records and may be deleted there: plain references, no FK.
    .addColumn('object_id', 'text')
    .addColumn('work_type', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('preferred_date', 'text')
    .addColumn('preferred_part_of_day', 'text')
    .addColumn('phone', 'text')
    .addColumn('checklist', 'text', (col) => col.notNull())
    .addColumn('terms_accepted_at', 'text')
    .addColumn('locale', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('work_order_external_id', 'text')
    .addColumn('business_notified_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('requests_tenant_created').on('requests').columns(['tenant_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('requests_tenant_updated').on('requests').columns(['tenant_id', 'updated_at']).execute();
  await db.schema.createIndex('requests_customer_created').on('requests').columns(['customer_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('requests_business_notified').on('requests').columns(['business_notified_at', 'updated_at']).execute();

  await db.schema
    .createTable('request_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (col) => col.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_type', 'text', (col) => col.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('request_events_request').on('request_events').columns(['request_id', 'created_at']).execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (col) => col.notNull().references('requests.id').onDelete('cascade'))
    .addColumn('content_type', 'text', (col) => col.notNull())
    .addColumn('size_bytes', types.bigint, (col) => col.notNull())
    .addColumn('filename', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('content', types.blob, (col) => col.notNull())
    .addColumn('uploaded_by_contact_id', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('attachments_request').on('attachments').columns(['request_id', 'created_at']).execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('request_id', 'text', (col) => col.references('requests.id').onDelete('cascade'))
    .addColumn('work_order_id', 'text')
    .addColumn('author_type', 'text', (col) => col.notNull())
    .addColumn('author_contact_id', 'text')
    .addColumn('author_name', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addCheckConstraint('messages_one_thread', sql`(request_id is null) <> (work_order_id is null)`)
    .execute();
  await db.schema.createIndex('messages_request').on('messages').columns(['request_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('messages_work_order').on('messages').columns(['work_order_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('request_hash', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_expires').on('idempotency_keys').column('expires_at').execute();

  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('url', 'text', (col) => col.notNull())
    .addColumn('secret', 'text', (col) => col.notNull())
    .addColumn('events', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('webhooks_tenant').on('webhooks').columns(['tenant_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('webhook_id', 'text', (col) => col.notNull().references('webhooks.id').onDelete('cascade'))
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (col) => col.notNull())
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull())
    .addColumn('next_attempt_at', 'text', (col) => col.notNull())
    .addColumn('lease_until', 'text')
    .addColumn('lease_owner', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_status_code', 'integer')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('delivered_at', 'text')
    .addUniqueConstraint('webhook_deliveries_event_endpoint', ['webhook_id', 'event_id'])
    .execute();
  await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
}
