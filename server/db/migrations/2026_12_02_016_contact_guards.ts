import type { Kysely } from 'kysely';

/**
 * Who disabled a contact: 'business' (its API key or staff) or 'customer' (one of the customer's administrators);
 * null while the contact is not disabled. Only the business lifts its own. Contacts disabled before this was kept
 * count as the business's: the business can always lift them, and a customer administrator asks it to.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contacts').addColumn('disabled_by', 'text').execute();
  await db.updateTable('contacts').set({ disabled_by: 'business' }).where('status', '=', 'disabled').execute();
}
