import type { CreateTableBuilder, Kysely } from 'kysely';
import type { Dialect } from '../schema.js';
import { columnTypes } from './columns.js';

/** Columns every record pushed by the back office has: owner, the back office's id, and timestamps. */
function customerRecord(table: CreateTableBuilder<any, any>, name: string): CreateTableBuilder<any, any> {
  return table
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('external_id', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint(`${name}_tenant_external`, ['tenant_id', 'external_id']);
}

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  const types = columnTypes(dialect);

  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (col) => col.references('customers.id').onDelete('cascade'))
    .addColumn('filename', 'text', (col) => col.notNull())
    .addColumn('content_type', 'text', (col) => col.notNull())
    .addColumn('size', 'integer', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('data', types.blob, (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('files_customer').on('files').column('customer_id').execute();

  await customerRecord(db.schema.createTable('objects'), 'objects')
    .addColumn('location_id', 'text', (col) => col.references('locations.id').onDelete('set null'))
    .addColumn('parent_id', 'text', (col) => col.references('objects.id').onDelete('set null'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('type', 'text')
    .addColumn('brand', 'text')
    .addColumn('model', 'text')
    .addColumn('serial_number', 'text')
    .addColumn('installed_at', 'text')
    .addColumn('warranty_until', 'text')
    .addColumn('last_service_at', 'text')
    .addColumn('next_service_at', 'text')
    .execute();
  await db.schema.createIndex('objects_customer_created').on('objects').columns(['tenant_id', 'customer_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('objects_location').on('objects').columns(['location_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('objects_parent').on('objects').columns(['parent_id', 'created_at', 'id']).execute();

  await customerRecord(db.schema.createTable('work_orders'), 'work_orders')
    .addColumn('location_id', 'text', (col) => col.references('locations.id').onDelete('set null'))
    .addColumn('object_id', 'text', (col) => col.references('objects.id').onDelete('set null'))
    .addColumn('request_id', 'text')
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('work_type', 'text')
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('status_label', 'text')
    .addColumn('planned_start', 'text')
    .addColumn('planned_end', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('total_cents', types.bigint)
    .execute();
  // A customer's list, newest first, with or without a status filter; an object's history; the next visit.
  await db.schema.createIndex('work_orders_customer_created').on('work_orders').columns(['tenant_id', 'customer_id', 'created_at', 'id']).execute();
  await db.schema
    .createIndex('work_orders_customer_status')
    .on('work_orders')
    .columns(['tenant_id', 'customer_id', 'status', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('work_orders_customer_object')
    .on('work_orders')
    .columns(['tenant_id', 'customer_id', 'object_id', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('work_orders_customer_planned').on('work_orders').columns(['tenant_id', 'customer_id', 'planned_start']).execute();
  // Deleting an object or a location unlinks its work orders: without these, each delete reads them all.
  await db.schema.createIndex('work_orders_object').on('work_orders').column('object_id').execute();
  await db.schema.createIndex('work_orders_location').on('work_orders').column('location_id').execute();

  await db.schema
    .createTable('work_order_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('work_order_id', 'text', (col) => col.notNull().references('work_orders.id').onDelete('cascade'))
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('status_label', 'text')
    .addColumn('at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('work_order_events_work_order').on('work_order_events').columns(['work_order_id', 'at', 'id']).execute();

  await customerRecord(db.schema.createTable('quotes'), 'quotes')
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('lines', 'text', (col) => col.notNull())
    .addColumn('total_cents', types.bigint, (col) => col.notNull())
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('pdf_file_id', 'text', (col) => col.references('files.id').onDelete('set null'))
    .addColumn('decision', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by_contact_id', 'text', (col) => col.references('contacts.id').onDelete('set null'))
    .addColumn('decided_ip', 'text')
    .addColumn('signed_name', 'text')
    .addColumn('decline_reason', 'text')
    .execute();
  await db.schema.createIndex('quotes_customer_created').on('quotes').columns(['tenant_id', 'customer_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('quotes_customer_status').on('quotes').columns(['tenant_id', 'customer_id', 'status', 'created_at', 'id']).execute();

  await customerRecord(db.schema.createTable('invoices'), 'invoices')
    .addColumn('work_order_id', 'text', (col) => col.references('work_orders.id').onDelete('set null'))
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('issue_date', 'text', (col) => col.notNull())
    .addColumn('due_date', 'text', (col) => col.notNull())
    .addColumn('total_cents', types.bigint, (col) => col.notNull())
    .addColumn('total_excl_vat_cents', types.bigint)
    .addColumn('currency', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('payment_url', 'text')
    .addColumn('pdf_file_id', 'text', (col) => col.references('files.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('invoices_customer_created').on('invoices').columns(['tenant_id', 'customer_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('invoices_customer_status').on('invoices').columns(['tenant_id', 'customer_id', 'status', 'created_at', 'id']).execute();
  await db.schema.createIndex('invoices_work_order').on('invoices').column('work_order_id').execute();

  await customerRecord(db.schema.createTable('documents'), 'documents')
    .addColumn('object_id', 'text', (col) => col.references('objects.id').onDelete('set null'))
    .addColumn('work_order_id', 'text', (col) => col.references('work_orders.id').onDelete('set null'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('category', 'text')
    .addColumn('file_id', 'text', (col) => col.references('files.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('documents_customer_created').on('documents').columns(['tenant_id', 'customer_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('documents_object').on('documents').columns(['object_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('documents_work_order').on('documents').columns(['work_order_id', 'created_at', 'id']).execute();

  await customerRecord(db.schema.createTable('orders'), 'orders')
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('ordered_at', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('lines', 'text', (col) => col.notNull())
    .addColumn('total_cents', types.bigint, (col) => col.notNull())
    .addColumn('currency', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('orders_customer_created').on('orders').columns(['tenant_id', 'customer_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('orders_customer_status').on('orders').columns(['tenant_id', 'customer_id', 'status', 'created_at', 'id']).execute();
}
