// Customers and their work addresses: the one place each lookup is written, scoped by tenant.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Customer } from '../db/tables/accounts.js';

/** A customer of this business, by the back office's own id; undefined when this business has none by that id. */
export function findCustomerByExternalId(db: Kysely<Database>, tenantId: string, externalId: string): Promise<Customer | undefined> {
  return db.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId).where('external_id', '=', externalId).executeTakeFirst();
}
