import type { Kysely } from 'kysely';
import type { Dialect } from '../schema.js';

/** Booking visits: per-portal booking settings, windows blocked by staff, and bookings holding their place. */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('booking_settings')
    .addColumn('portal_id', 'text', (col) => col.primaryKey().references('portals.id').onDelete('cascade'))
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('settings', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  // One row per window on a date that was ever booked or blocked: the row a booking locks (PostgreSQL SELECT … FOR
  // UPDATE) while it counts the places left, so two customers can never both take the last one.
  await db.schema
    .createTable('booking_slots')
    .addColumn('portal_id', 'text', (col) => col.notNull().references('portals.id').onDelete('cascade'))
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('window_id', 'text', (col) => col.notNull())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('blocked', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('blocked_at', 'text')
    .addColumn('blocked_by_name', 'text')
    .addColumn('block_note', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('booking_slots_pk', ['portal_id', 'date', 'window_id'])
    .execute();

  await db.schema
    .createTable('bookings')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('portal_id', 'text', (col) => col.notNull().references('portals.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (col) => col.notNull().references('customers.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (col) => col.references('contacts.id').onDelete('set null'))
    .addColumn('request_id', 'text', (col) => col.references('requests.id').onDelete('cascade'))
    .addColumn('work_order_id', 'text', (col) => col.references('work_orders.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('work_type', 'text')
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('window_id', 'text', (col) => col.notNull())
    .addColumn('starts_at', 'text', (col) => col.notNull())
    .addColumn('ends_at', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('hold_until', 'text')
    .addColumn('reason', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_by_name', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('bookings_slot').on('bookings').columns(['portal_id', 'date', 'window_id', 'status']).execute();
  await db.schema.createIndex('bookings_tenant_date').on('bookings').columns(['tenant_id', 'date', 'id']).execute();
  await db.schema.createIndex('bookings_customer').on('bookings').columns(['customer_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('bookings_request').on('bookings').column('request_id').execute();
  await db.schema.createIndex('bookings_work_order').on('bookings').column('work_order_id').execute();
}
