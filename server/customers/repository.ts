// Customers and their work addresses: the one place each lookup is written, scoped by tenant.
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Customer, CustomersTable, Location, LocationsTable } from '../db/tables/accounts.js';
import { newId, nowIso } from '../db/ids.js';
import { keysetPage, type PageQuery } from '../http/pagination.js';

/** A customer of this business, by the back office's own id; undefined when this business has none by that id. */
export function findCustomerByExternalId(db: Kysely<Database>, tenantId: string, externalId: string): Promise<Customer | undefined> {
  return db.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId).where('external_id', '=', externalId).executeTakeFirst();
}

/** A customer of this business, by its own id. */
export function findCustomer(db: Kysely<Database>, tenantId: string, id: string): Promise<Customer | undefined> {
  return db.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** One page of the business's customers, newest first, with the one row more that tells pageOf whether another follows. */
export function pageOfCustomers(db: Kysely<Database>, tenantId: string, page: PageQuery): Promise<Customer[]> {
  return keysetPage(db.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId), 'customers', page).execute();
}

/** A customer's work addresses, oldest first. */
export function locationsOfCustomer(db: Kysely<Database>, tenantId: string, customerId: string): Promise<Location[]> {
  return db
    .selectFrom('locations')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export function findLocation(db: Kysely<Database>, tenantId: string, customerId: string, externalId: string): Promise<Location | undefined> {
  return db
    .selectFrom('locations')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

export interface Saved<Row> {
  row: Row;
  created: boolean;
}

/**
 * Inserts a row unless its external id exists; then updates it, but only when a field differs: a sync job sends the
 * same record again and again, and only a real change moves updated_at.
 */
async function saveByExternalId<Row extends { id: string }>(
  fields: Partial<Row>,
  steps: { insert(): Promise<Row | undefined>; find(): Promise<Row | undefined>; update(id: string): Promise<Row> },
): Promise<Saved<Row>> {
  const inserted = await steps.insert();
  if (inserted) return { row: inserted, created: true };
  const existing = await steps.find();
  if (!existing) throw new Error('The row that kept the insert out is gone');
  const unchanged = (Object.keys(fields) as (keyof Row)[]).every((field) => existing[field] === fields[field]);
  if (unchanged) return { row: existing, created: false };
  return { row: await steps.update(existing.id), created: false };
}

export type CustomerFields = Pick<Insertable<CustomersTable>, 'name' | 'debtor_number' | 'email' | 'phone' | 'address'>;

/** Creates or updates the customer the back office knows by `externalId`. */
export function saveCustomer(db: Kysely<Database>, tenantId: string, externalId: string, fields: Required<CustomerFields>): Promise<Saved<Customer>> {
  const now = nowIso();
  return saveByExternalId(fields, {
    insert: () => insertCustomer(db, tenantId, externalId, fields),
    find: () => findCustomerByExternalId(db, tenantId, externalId),
    update: (id) =>
      db
        .updateTable('customers')
        .set({ ...fields, updated_at: now })
        .where('id', '=', id)
        .where('tenant_id', '=', tenantId)
        .returningAll()
        .executeTakeFirstOrThrow(),
  });
}

/** Creates a customer; undefined when the business has one by `externalId` already. */
export function insertCustomer(db: Kysely<Database>, tenantId: string, externalId: string, fields: Required<CustomerFields>): Promise<Customer | undefined> {
  const now = nowIso();
  return db
    .insertInto('customers')
    .values({ id: newId('cus'), tenant_id: tenantId, external_id: externalId, ...fields, created_at: now, updated_at: now })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'external_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export type LocationFields = Pick<Insertable<LocationsTable>, 'name' | 'street' | 'house_number' | 'postal_code' | 'city' | 'country'>;

/** Creates or updates the customer's work address the back office knows by `externalId`. */
export function saveLocation(
  db: Kysely<Database>,
  tenantId: string,
  customerId: string,
  externalId: string,
  fields: Required<LocationFields>,
): Promise<Saved<Location>> {
  const now = nowIso();
  return saveByExternalId(fields, {
    insert: () =>
      db
        .insertInto('locations')
        .values({ id: newId('loc'), tenant_id: tenantId, customer_id: customerId, external_id: externalId, ...fields, created_at: now, updated_at: now })
        .onConflict((conflict) => conflict.columns(['customer_id', 'external_id']).doNothing())
        .returningAll()
        .executeTakeFirst(),
    find: () => findLocation(db, tenantId, customerId, externalId),
    update: (id) =>
      db
        .updateTable('locations')
        .set({ ...fields, updated_at: now })
        .where('id', '=', id)
        .where('tenant_id', '=', tenantId)
        .returningAll()
        .executeTakeFirstOrThrow(),
  });
}
