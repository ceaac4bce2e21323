// The lookups and marks a customer import needs beyond the back office's own upserts.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Customer } from '../db/tables/accounts.js';
import { nowIso } from '../db/ids.js';

/** The customer a row without an external id means: the one with its debtor number, oldest first if several. */
export function findCustomerByDebtorNumber(db: Kysely<Database>, tenantId: string, debtorNumber: string): Promise<Customer | undefined> {
  return db
    .selectFrom('customers')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('debtor_number', '=', debtorNumber)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .executeTakeFirst();
}

/** Whether a contact holds an invite link that still works: then a new import does not mail them again. */
export async function hasLiveInvite(db: Kysely<Database>, contactId: string, now = new Date()): Promise<boolean> {
  const row = await db
    .selectFrom('one_time_tokens')
    .select('id')
    .where('contact_id', '=', contactId)
    .where('purpose', '=', 'invite')
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso(now))
    .executeTakeFirst();
  return row !== undefined;
}
