// Customers and their work addresses: the one place each lookup is written, scoped by tenant.
import { sql, type Expression, type Insertable, type Kysely, type SqlBool } from 'kysely';
import type { Database, Dialect } from '../db/schema.js';
import type { Customer, CustomersTable, Location, LocationsTable } from '../db/tables/accounts.js';
import type { RecordSource } from '../db/tables/foundation.js';
import { newId, nowIso } from '../db/ids.js';
import { keysetPage, type PageQuery } from '../http/pagination.js';
import { containsPattern } from '../requests/repository.js';

/** A customer of this business, by the back office's own id; undefined when this business has none by that id. */
export function findCustomerByExternalId(db: Kysely<Database>, tenantId: string, externalId: string): Promise<Customer | undefined> {
  return db.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId).where('external_id', '=', externalId).executeTakeFirst();
}

/** A customer of this business, by its own id. */
export function findCustomer(db: Kysely<Database>, tenantId: string, id: string): Promise<Customer | undefined> {
  return db.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export type CustomerWithContactCount = Customer & { contact_count: number | string };

/**
 * One page of the business's customers, newest first, with the one row more that tells pageOf whether another
 * follows; with `search`, only those whose name, debtor number, email (theirs or a contact's) or a postcode (of their
 * address or a work address) contains it. lower() on both sides folds case alike on both databases; postcodes are
 * compared without spaces, as people type 1015cj for 1015 CJ.
 */
export function pageOfCustomers(db: Kysely<Database>, dialect: Dialect, tenantId: string, search: string | undefined, page: PageQuery): Promise<CustomerWithContactCount[]> {
  let query = db
    .selectFrom('customers')
    .selectAll('customers')
    .select((eb) =>
      eb
        .selectFrom('contacts')
        .select((inner) => inner.fn.countAll().as('n'))
        .whereRef('contacts.customer_id', '=', 'customers.id')
        .where('contacts.tenant_id', '=', tenantId)
        .as('contact_count'),
    )
    .where('customers.tenant_id', '=', tenantId);
  if (search) {
    const pattern = containsPattern(search);
    const compact = containsPattern(search.replace(/\s+/g, ''));
    const contains = (value: Expression<unknown>) => sql<SqlBool>`lower(${value}) like lower(${pattern}) escape '\\'`;
    const postcodeContains = (value: Expression<unknown>) => sql<SqlBool>`replace(lower(${value}), ' ', '') like lower(${compact}) escape '\\'`;
    const addressPostcode = dialect === 'postgres' ? sql`(customers.address::jsonb ->> 'postalCode')` : sql`json_extract(customers.address, '$.postalCode')`;
    query = query.where((eb) =>
      eb.or([
        contains(sql.ref('customers.name')),
        contains(sql.ref('customers.debtor_number')),
        contains(sql.ref('customers.email')),
        postcodeContains(addressPostcode),
        eb.exists(
          eb
            .selectFrom('contacts')
            .select('contacts.id')
            .whereRef('contacts.customer_id', '=', 'customers.id')
            .where('contacts.tenant_id', '=', tenantId)
            .where(contains(sql.ref('contacts.email'))),
        ),
        eb.exists(
          eb
            .selectFrom('locations')
            .select('locations.id')
            .whereRef('locations.customer_id', '=', 'customers.id')
            .where('locations.tenant_id', '=', tenantId)
            .where(postcodeContains(sql.ref('locations.postal_code'))),
        ),
      ]),
    );
  }
  return keysetPage(query, 'customers', page).execute() as Promise<CustomerWithContactCount[]>;
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

/** Who writes: the source a new or changed row gets, and a check that throws when this writer may not change `existing`. */
export interface Writer {
  source: RecordSource;
  mayChange?(existing: { source: RecordSource }): void;
}

const backOffice: Writer = { source: 'api' };

/**
 * Inserts a row unless its external id exists; then updates it, but only when a field differs: a sync job sends the
 * same record again and again, and only a real change moves updated_at.
 */
async function saveByExternalId<Row extends { id: string; source: RecordSource }>(
  fields: Partial<Row>,
  writer: Writer,
  steps: { insert(): Promise<Row | undefined>; find(): Promise<Row | undefined>; update(id: string): Promise<Row> },
): Promise<Saved<Row>> {
  const inserted = await steps.insert();
  if (inserted) return { row: inserted, created: true };
  const existing = await steps.find();
  if (!existing) throw new Error('The row that kept the insert out is gone');
  writer.mayChange?.(existing);
  const unchanged = (Object.keys(fields) as (keyof Row)[]).every((field) => existing[field] === fields[field]);
  if (unchanged) return { row: existing, created: false };
  return { row: await steps.update(existing.id), created: false };
}

export type CustomerFields = Pick<Insertable<CustomersTable>, 'name' | 'debtor_number' | 'email' | 'phone' | 'address'>;

/** Creates or updates the customer known by `externalId`; a change by another writer makes the row that writer's. */
export function saveCustomer(
  db: Kysely<Database>,
  tenantId: string,
  externalId: string,
  columns: Required<CustomerFields>,
  writer: Writer = backOffice,
): Promise<Saved<Customer>> {
  const now = nowIso();
  const fields = { ...columns, source: writer.source };
  return saveByExternalId<Customer>(fields, writer, {
    insert: () => insertCustomer(db, tenantId, externalId, columns, writer.source),
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
export function insertCustomer(
  db: Kysely<Database>,
  tenantId: string,
  externalId: string,
  fields: Required<CustomerFields>,
  source: RecordSource = 'api',
): Promise<Customer | undefined> {
  const now = nowIso();
  return db
    .insertInto('customers')
    .values({ id: newId('cus'), tenant_id: tenantId, external_id: externalId, ...fields, source, created_at: now, updated_at: now })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'external_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export type LocationFields = Pick<Insertable<LocationsTable>, 'name' | 'street' | 'house_number' | 'postal_code' | 'city' | 'country'>;

/** Creates or updates the customer's work address known by `externalId`. */
export function saveLocation(
  db: Kysely<Database>,
  tenantId: string,
  customerId: string,
  externalId: string,
  columns: Required<LocationFields>,
  writer: Writer = backOffice,
): Promise<Saved<Location>> {
  const now = nowIso();
  const fields = { ...columns, source: writer.source };
  return saveByExternalId<Location>(fields, writer, {
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
