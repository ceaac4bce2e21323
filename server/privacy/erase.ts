// Erasing a customer or one contact (AVG/GDPR): their records, files, sessions and links go; what the business must
// keep of its own actions (the audit trail) stays, with every name, email, phone number and street in it replaced by
// a marker. One transaction, so an erasure is whole or not at all.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Contact, Customer } from '../db/tables/accounts.js';
import { sha256Hex } from '../db/ids.js';
import { containsPattern } from '../requests/repository.js';
import { customerHoldings, personalTextsOf } from './holdings.js';

/** What stands in an audit entry, event or message where a person's name or address was. */
export const erasedMarker = '[gewist]';

export interface Erased {
  records: number;
  files: number;
  contacts: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function scrubbed(value: string, texts: string[]): string {
  return texts.reduce((text, personal) => text.replace(new RegExp(escapeRegExp(personal), 'gi'), erasedMarker), value);
}

// The tables whose kept rows may quote a person, and the text columns that may.
const quoting = {
  audit_events: ['actor_name', 'details'],
  events: ['business_data', 'customer_data'],
  messages: ['author_name', 'body'],
  request_notes: ['body'],
} as const;

/** Replaces each of `texts` (any case) in the kept rows of `table` of this business that hold one. */
async function scrubTable(trx: Kysely<Database>, table: keyof typeof quoting, tenantId: string, texts: string[]): Promise<void> {
  if (texts.length === 0) return;
  const columns = quoting[table];
  const db = trx as unknown as Kysely<Record<string, Record<string, string | number | null>>>;
  const rows = await db
    .selectFrom(table)
    .select(['id', ...columns])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or(columns.flatMap((column) => texts.map((text) => sql<boolean>`lower(${sql.ref(column)}) like lower(${containsPattern(text)}) escape '\\'`))))
    .execute();
  for (const row of rows) {
    const changes = Object.fromEntries(columns.map((column) => [column, typeof row[column] === 'string' ? scrubbed(row[column], texts) : row[column]]));
    await db.updateTable(table).set(changes).where('id', '=', row.id!).execute();
  }
}

/** Mail, webhook payloads and stored answers that carry one of `texts`: copies nobody needs once the person is gone. */
async function deleteCopies(trx: Kysely<Database>, tenantId: string, texts: string[], emails: string[]): Promise<void> {
  const holds = (column: string) => (texts.length === 0 ? sql<boolean>`1 = 0` : sql<boolean>`(${sql.join(texts.map((text) => sql`lower(${sql.ref(column)}) like lower(${containsPattern(text)}) escape '\\'`), sql` or `)})`);
  await trx.deleteFrom('emails').where('tenant_id', '=', tenantId).where((eb) => eb.or([holds('to_address'), holds('subject'), holds('text_body')])).execute();
  await trx.deleteFrom('webhook_deliveries').where('tenant_id', '=', tenantId).where(holds('payload')).execute();
  await trx.deleteFrom('idempotency_keys').where(holds('response_body')).where('scope', 'like', `%:${tenantId}:%`).execute();
  for (const email of emails) await trx.deleteFrom('rate_limits').where('key', 'like', `%:${tenantId}:${sha256Hex(email)}`).execute();
}

async function endAccess(trx: Kysely<Database>, tenantId: string, contactIds: string[]): Promise<void> {
  if (contactIds.length === 0) return;
  await trx.deleteFrom('refresh_tokens').where('session_id', 'in', trx.selectFrom('sessions').select('id').where('contact_id', 'in', contactIds)).execute();
  await trx.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('contact_id', 'in', contactIds).execute();
  await trx.deleteFrom('one_time_tokens').where('tenant_id', '=', tenantId).where('contact_id', 'in', contactIds).execute();
  await trx.deleteFrom('idempotency_keys').where('scope', 'in', contactIds.map((id) => `contact:${tenantId}:${id}`)).execute();
  await trx.updateTable('audit_events').set({ ip: null }).where('tenant_id', '=', tenantId).where('actor_type', '=', 'contact').where('actor_id', 'in', contactIds).execute();
}

async function scrubKept(trx: Kysely<Database>, tenantId: string, texts: string[]): Promise<void> {
  for (const table of Object.keys(quoting) as (keyof typeof quoting)[]) await scrubTable(trx, table, tenantId, texts);
}

/** Erases the customer with everything of theirs; call inside a transaction. */
type CustomerTable = 'messages' | 'requests' | 'documents' | 'invoices' | 'quotes' | 'orders' | 'work_orders' | 'objects' | 'locations' | 'contacts' | 'events';

async function deleteRowsOfCustomer(trx: Kysely<Database>, table: CustomerTable, of: { tenantId: string; customerId: string }): Promise<void> {
  const db = trx as unknown as Kysely<Record<CustomerTable, { tenant_id: string; customer_id: string }>>;
  await db.deleteFrom(table).where('tenant_id', '=', of.tenantId).where('customer_id', '=', of.customerId).execute();
}

export async function eraseCustomer(trx: Kysely<Database>, customer: Customer): Promise<Erased> {
  const held = await customerHoldings(trx, customer);
  const tenantId = customer.tenant_id;
  const contactIds = held.contacts.map((row) => row.id);
  const requestIds = held.requests.map((row) => row.id);
  const workOrderIds = held.workOrders.map((row) => row.id);
  const byCustomer = { tenantId, customerId: customer.id };
  const deleteOf = (table: CustomerTable) =>
    deleteRowsOfCustomer(trx, table, byCustomer);

  await endAccess(trx, tenantId, contactIds);
  if (requestIds.length > 0) {
    for (const table of ['attachments', 'request_events', 'request_notes'] as const) {
      await trx.deleteFrom(table).where('tenant_id', '=', tenantId).where('request_id', 'in', requestIds).execute();
    }
  }
  await deleteOf('messages');
  await deleteOf('requests');
  if (workOrderIds.length > 0) await trx.deleteFrom('work_order_events').where('tenant_id', '=', tenantId).where('work_order_id', 'in', workOrderIds).execute();
  for (const table of ['documents', 'invoices', 'quotes', 'orders', 'work_orders', 'objects'] as const) await deleteOf(table);
  const files = await trx
    .deleteFrom('files')
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('customer_id', '=', customer.id), ...(held.fileIds.length > 0 ? [eb('id', 'in', held.fileIds)] : [])]))
    .executeTakeFirst();
  await deleteOf('contacts');
  await deleteOf('locations');
  await deleteOf('events');
  await trx.deleteFrom('customers').where('tenant_id', '=', tenantId).where('id', '=', customer.id).execute();

  await deleteCopies(trx, tenantId, held.personalTexts, [customer.email, ...held.contacts.map((row) => row.email)].filter((email): email is string => email !== null));
  await scrubKept(trx, tenantId, held.personalTexts);
  return {
    records: held.recordIds.length + held.workOrderEvents.length + held.requestEvents.length + held.attachments.length,
    files: Number(files.numDeletedRows) + held.attachments.length,
    contacts: contactIds.length,
  };
}

/**
 * Erases one contact: their account, sessions and links go; the customer's records stay, and where the contact is
 * named in them (a message they wrote, the audit trail) the name gives way to the marker.
 */
export async function eraseContact(trx: Kysely<Database>, contact: Contact): Promise<void> {
  const texts = personalTextsOf(undefined, [contact]);
  await endAccess(trx, contact.tenant_id, [contact.id]);
  await trx.deleteFrom('contacts').where('tenant_id', '=', contact.tenant_id).where('id', '=', contact.id).execute();
  await deleteCopies(trx, contact.tenant_id, texts, [contact.email]);
  await scrubKept(trx, contact.tenant_id, texts);
}
