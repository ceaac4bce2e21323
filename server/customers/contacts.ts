// A customer's contacts (portal users): the one place each lookup and write of them is written, scoped by tenant.
import type { ExpressionBuilder, Kysely, Updateable } from 'kysely';
import { issueOneTimeToken, voidOneTimeTokens, type IssuedToken } from '../auth/one-time-tokens.js';
import type { Database } from '../db/schema.js';
import type { Contact, ContactRole, ContactStatus, ContactsTable } from '../db/tables/accounts.js';
import { newId, nowIso } from '../db/ids.js';
import { keysetPage, type PageQuery } from '../http/pagination.js';

/** A contact of this business; undefined when it has none by that id. */
export function findContact(db: Kysely<Database>, tenantId: string, contactId: string): Promise<Contact | undefined> {
  return db.selectFrom('contacts').selectAll().where('id', '=', contactId).where('tenant_id', '=', tenantId).executeTakeFirst();
}

/** A contact of this customer; undefined for a contact of another customer or business. */
export function findContactOfCustomer(db: Kysely<Database>, tenantId: string, customerId: string, contactId: string): Promise<Contact | undefined> {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('id', '=', contactId)
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
}

/** The contact with this (lower-cased) email address: unique within a business. */
export function findContactByEmail(db: Kysely<Database>, tenantId: string, email: string): Promise<Contact | undefined> {
  return db.selectFrom('contacts').selectAll().where('tenant_id', '=', tenantId).where('email', '=', email).executeTakeFirst();
}

/** The contact the business's own site knows by this user id (single sign-on). */
export function findContactByExternalId(db: Kysely<Database>, tenantId: string, externalId: string): Promise<Contact | undefined> {
  return db.selectFrom('contacts').selectAll().where('tenant_id', '=', tenantId).where('external_id', '=', externalId).executeTakeFirst();
}

/** A contact with when they were last sent an invite (null when never): what the business sees of them. */
export type ContactWithInvite = Contact & { invited_at: string | null };

/** The moment of the contact's newest invite token. */
function lastInvitedAt(eb: ExpressionBuilder<Database, 'contacts'>) {
  return eb
    .selectFrom('one_time_tokens')
    .select((inner) => inner.fn.max('one_time_tokens.created_at').as('at'))
    .whereRef('one_time_tokens.contact_id', '=', 'contacts.id')
    .where('one_time_tokens.purpose', '=', 'invite')
    .as('invited_at');
}

/** A contact of this business with their last invite; undefined when it has none by that id. */
export async function findContactWithInvite(db: Kysely<Database>, tenantId: string, contactId: string): Promise<ContactWithInvite | undefined> {
  const row = await db
    .selectFrom('contacts')
    .selectAll('contacts')
    .select(lastInvitedAt)
    .where('contacts.id', '=', contactId)
    .where('contacts.tenant_id', '=', tenantId)
    .executeTakeFirst();
  return row ? { ...row, invited_at: row.invited_at ?? null } : undefined;
}

/** One page of a customer's contacts, newest first, with the one row more that tells pageOf whether another follows. */
export async function pageOfContacts(db: Kysely<Database>, tenantId: string, customerId: string, page: PageQuery): Promise<ContactWithInvite[]> {
  const rows = await keysetPage(
    db.selectFrom('contacts').selectAll('contacts').select(lastInvitedAt).where('contacts.tenant_id', '=', tenantId).where('contacts.customer_id', '=', customerId),
    'contacts',
    page,
  ).execute();
  return rows.map((row) => ({ ...row, invited_at: row.invited_at ?? null }));
}

/** A new invite for the contact on `portalId`: every invite link sent before stops working, in the same transaction. */
export function reissueInvite(
  db: Kysely<Database>,
  contact: Pick<Contact, 'id' | 'tenant_id'>,
  portalId: string,
  now = new Date(),
): Promise<IssuedToken & { issuedAt: string }> {
  return db.transaction().execute(async (trx) => {
    await voidOneTimeTokens(trx, contact.id, ['invite'], now);
    const issued = await issueOneTimeToken(trx, { tenantId: contact.tenant_id, portalId, contactId: contact.id, purpose: 'invite' }, now);
    return { ...issued, issuedAt: nowIso(now) };
  });
}

export interface NewContact {
  tenantId: string;
  customerId: string;
  email: string;
  name: string;
  role: ContactRole;
  status: Exclude<ContactStatus, 'disabled'>;
  phone?: string | null | undefined;
  locale?: 'nl' | 'en' | null | undefined;
  externalId?: string | null | undefined;
}

/** Adds a contact, without a password yet; undefined when the email address or external id is taken in the business. */
export async function insertContact(db: Kysely<Database>, input: NewContact): Promise<Contact | undefined> {
  const now = nowIso();
  const contact: Contact = {
    id: newId('con'),
    tenant_id: input.tenantId,
    customer_id: input.customerId,
    email: input.email,
    name: input.name,
    phone: input.phone ?? null,
    role: input.role,
    status: input.status,
    password_hash: null,
    locale: input.locale ?? null,
    external_id: input.externalId ?? null,
    last_login_at: null,
    disabled_by: null,
    mail_preferences: null,
    created_at: now,
    updated_at: now,
  };
  const inserted = await db
    .insertInto('contacts')
    .values(contact)
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? contact : undefined;
}

export type ContactUpdate = Omit<Updateable<ContactsTable>, 'id' | 'tenant_id' | 'customer_id' | 'created_at' | 'updated_at' | 'last_login_at'>;

/** Changes a contact's fields and moves updated_at. */
export async function updateContact(db: Kysely<Database>, tenantId: string, contactId: string, changes: ContactUpdate, now = nowIso()): Promise<void> {
  await db.updateTable('contacts').set({ ...changes, updated_at: now }).where('id', '=', contactId).where('tenant_id', '=', tenantId).execute();
}

/**
 * Stores a stronger hash of the same password, unless the password changed since `from` was read. Not a change the
 * contact made, so updated_at stays.
 */
export async function upgradePasswordHash(db: Kysely<Database>, contactId: string, from: string, to: string): Promise<void> {
  await db.updateTable('contacts').set({ password_hash: to }).where('id', '=', contactId).where('password_hash', '=', from).execute();
}

export async function recordLastLogin(db: Kysely<Database>, contactId: string, at: Date): Promise<void> {
  await db.updateTable('contacts').set({ last_login_at: nowIso(at) }).where('id', '=', contactId).execute();
}
