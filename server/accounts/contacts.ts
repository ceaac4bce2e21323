// Contacts (portal users): what the API shows of them, inviting new ones, and changing their role or status.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit, type AuditInput } from '../audit/audit.js';
import { issueOneTimeToken, oneTimeLink, voidOneTimeTokens } from '../auth/one-time-tokens.js';
import { revokeContactSessions } from '../auth/sessions.js';
import type { Database } from '../db/schema.js';
import type { Contact, ContactRole, ContactStatus } from '../db/tables/accounts.js';
import { newId, nowIso } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import type { Deps, PortalContext } from '../http/env.js';
import { renderAccountMail } from '../mail/templates.js';
import { enqueueWebhookEvent } from '../webhooks/outbox.js';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }))
  .transform((email) => email.toLowerCase());
export const contactNameSchema = z.string().trim().min(1).max(120);
export const phoneSchema = z.string().trim().min(1).max(40).regex(/^[0-9+()\-. /]+$/, { message: 'must be a phone number' });
export const localeSchema = z.enum(['nl', 'en']);
export const roleSchema = z.enum(['member', 'admin']);

/** A contact as the API shows it: no password hash, no session data. */
export interface ContactOutput {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: ContactRole;
  status: ContactStatus;
  locale: 'nl' | 'en' | null;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toContactOutput(row: Contact): ContactOutput {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    role: row.role,
    status: row.status,
    locale: row.locale,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The signed-in contact, as every sign-in answers it and GET /me shows it. */
export interface PortalUser {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: ContactRole;
  /** The contact's own choice, else the portal's language. */
  locale: 'nl' | 'en';
  customer: { id: string; name: string };
}

/** The contact with their customer, if they belong to this tenant. */
export async function loadPortalUser(
  db: Kysely<Database>,
  portal: Pick<PortalContext, 'tenantId' | 'settings'>,
  contactId: string,
): Promise<(PortalUser & { status: ContactStatus }) | undefined> {
  const row = await db
    .selectFrom('contacts')
    .innerJoin('customers', 'customers.id', 'contacts.customer_id')
    .select([
      'contacts.id',
      'contacts.email',
      'contacts.name',
      'contacts.phone',
      'contacts.role',
      'contacts.locale',
      'contacts.status',
      'customers.id as customerId',
      'customers.name as customerName',
    ])
    .where('contacts.id', '=', contactId)
    .where('contacts.tenant_id', '=', portal.tenantId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    role: row.role,
    locale: row.locale ?? portal.settings.locale,
    customer: { id: row.customerId, name: row.customerName },
    status: row.status,
  };
}

export function toPortalUser(user: PortalUser): PortalUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    role: user.role,
    locale: user.locale,
    customer: { id: user.customer.id, name: user.customer.name },
  };
}

export interface NewContact {
  tenantId: string;
  customerId: string;
  email: string;
  name: string;
  role: ContactRole;
  phone?: string | null;
  locale?: 'nl' | 'en' | null;
}

export interface InvitedContact {
  contact: Contact;
  invite: { url: string | null; token: string; expiresAt: string };
}

/** A portal a link can point to: its home page is where the widget reads the token. */
export interface LinkPortal {
  id: string;
  tenantId: string;
  settings: PortalContext['settings'];
}

const duplicateEmail = () =>
  new ApiError('conflict', 'A contact with this email address already exists.', [{ path: 'email', message: 'is already in use' }]);

/** Creates an invited contact with an invite token bound to `portal`. 409 when the email is taken in the tenant. */
export async function createInvitedContact(db: Kysely<Database>, portal: LinkPortal, input: NewContact): Promise<InvitedContact> {
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const contact: Contact = {
      id: newId('con'),
      tenant_id: input.tenantId,
      customer_id: input.customerId,
      email: input.email,
      name: input.name,
      phone: input.phone ?? null,
      role: input.role,
      status: 'invited',
      password_hash: null,
      locale: input.locale ?? null,
      external_id: null,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    };
    const inserted = await trx
      .insertInto('contacts')
      .values(contact)
      .onConflict((conflict) => conflict.columns(['tenant_id', 'email']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw duplicateEmail();
    const { token, expiresAt } = await issueOneTimeToken(trx, {
      tenantId: input.tenantId,
      portalId: portal.id,
      contactId: contact.id,
      purpose: 'invite',
    });
    const url = portal.settings.homeUrl ? oneTimeLink(portal.settings.homeUrl, 'invite', token) : null;
    return { contact, invite: { url, token, expiresAt } };
  });
}

/** 409 when a link cannot be mailed because the portal does not say where its widget lives. */
export function requireHomeUrl(portal: LinkPortal): string {
  if (!portal.settings.homeUrl) {
    throw new ApiError(
      'conflict',
      'The portal has no homeUrl, so there is no page an invite link could open. Set homeUrl with PUT /api/v1/admin/portals/{slug}.',
    );
  }
  return portal.settings.homeUrl;
}

export interface AccountMailTarget {
  portal: LinkPortal;
  contact: Pick<Contact, 'email' | 'name' | 'locale'>;
  kind: 'invite' | 'magic' | 'reset';
  token: string;
  expiresAt: string;
  invitedBy?: string | null;
}

/**
 * Renders an account mail in the contact's language (else the portal's) and sends it in the background: the
 * request neither waits for SMTP nor fails with it, and answers as fast whether or not a mail went out.
 */
export function mailAccountLink(deps: Pick<Deps, 'mailer'>, target: AccountMailTarget): void {
  const { portal, contact } = target;
  const link = oneTimeLink(requireHomeUrl(portal), target.kind, target.token);
  const locale = contact.locale ?? portal.settings.locale;
  const rendered = renderAccountMail(target.kind, locale, {
    portalName: portal.settings.name,
    contactName: contact.name,
    link,
    expiresAt: target.expiresAt,
    invitedBy: target.invitedBy ?? null,
  });
  deps.mailer.sendLater({
    tenantId: portal.tenantId,
    portalId: portal.id,
    to: contact.email,
    fromName: portal.settings.name,
    kind: target.kind,
    locale,
    ...rendered,
    secrets: [link, target.token],
  });
}

export interface ContactChanges {
  role?: ContactRole | undefined;
  status?: 'active' | 'disabled' | undefined;
}

/**
 * Changes a contact's role or status. Disabling ends every session and voids every link at once; an invited
 * contact becomes active only by accepting the invite. Answers the updated row.
 */
export async function changeContact(
  db: Kysely<Database>,
  contact: Contact,
  changes: ContactChanges,
  audit: Omit<AuditInput, 'action' | 'subjectType' | 'subjectId' | 'details' | 'tenantId'>,
): Promise<Contact> {
  if (changes.status === 'active' && contact.status === 'invited') {
    throw new ApiError('conflict', 'This contact has not accepted the invite yet; they become active when they do.', [
      { path: 'status', message: 'an invited contact cannot be activated directly' },
    ]);
  }
  const update: Partial<Pick<Contact, 'role' | 'status'>> = {};
  if (changes.role !== undefined && changes.role !== contact.role) update.role = changes.role;
  if (changes.status !== undefined && changes.status !== contact.status) update.status = changes.status;
  if (Object.keys(update).length === 0) return contact;
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('contacts').set({ ...update, updated_at: now }).where('id', '=', contact.id).where('tenant_id', '=', contact.tenant_id).execute();
    if (update.status === 'disabled') {
      await revokeContactSessions(trx, contact.id, 'contact_disabled');
      await voidOneTimeTokens(trx, contact.id);
    }
    await recordAudit(trx, {
      ...audit,
      tenantId: contact.tenant_id,
      action: 'contact.updated',
      subjectType: 'contact',
      subjectId: contact.id,
      details: Object.fromEntries(Object.entries(update).map(([field, value]) => [field, { from: contact[field as keyof typeof update], to: value }])),
    });
  });
  return { ...contact, ...update, updated_at: now };
}

/**
 * Tells the back office (webhook `contact.activated`) that a contact can now use the portal. Call it in the
 * transaction that activated them, so a rolled-back activation announces nothing.
 */
export async function announceActivation(trx: Kysely<Database>, contactId: string, via: 'invite' | 'sso', now = new Date()): Promise<void> {
  const row = await trx
    .selectFrom('contacts')
    .innerJoin('customers', 'customers.id', 'contacts.customer_id')
    .select(['contacts.id', 'contacts.tenant_id', 'contacts.email', 'contacts.name', 'contacts.role', 'customers.external_id as customerExternalId'])
    .where('contacts.id', '=', contactId)
    .executeTakeFirstOrThrow();
  await enqueueWebhookEvent(
    trx,
    row.tenant_id,
    'contact.activated',
    {
      contact: { id: row.id, email: row.email, name: row.name, role: row.role, customerExternalId: row.customerExternalId },
      via,
      activatedAt: nowIso(now),
    },
    now,
  );
}
