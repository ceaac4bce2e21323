// Contacts (portal users) as their customer's administrators and the back office manage them: what the API shows
// of them, inviting new ones, their profile, and changing their role or status.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { recordAudit, type AuditInput } from '../audit/audit.js';
import { issueOneTimeToken, oneTimeLink, voidOneTimeTokens } from '../auth/one-time-tokens.js';
import { revokeContactSessions } from '../auth/sessions.js';
import { insertContact, updateContact, type NewContact } from '../customers/contacts.js';
import { contactStatusSchema, localeSchema, roleSchema } from '../customers/fields.js';
import { portalUserSchema } from '../customers/portal-users.js';
import type { Database } from '../db/schema.js';
import type { Contact } from '../db/tables/accounts.js';
import { nowIso } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import type { Deps, PortalContext } from '../http/env.js';
import { dateTimeSchema } from '../http/openapi.js';
import { renderAccountMail } from '../mail/templates.js';

/** A contact as the API shows it: no password hash, no session data. */
export const contactSchema = portalUserSchema
  .pick({ id: true, email: true, name: true, phone: true, role: true })
  .extend({
    status: contactStatusSchema.openapi({ description: 'invited until they accept the invite; disabled contacts cannot sign in.' }),
    locale: localeSchema.nullable().openapi({ description: 'The contact’s own language; null for the portal’s.' }),
    lastLoginAt: dateTimeSchema.nullable(),
    createdAt: dateTimeSchema,
    updatedAt: dateTimeSchema,
  })
  .openapi('Contact');

export type ContactOutput = z.output<typeof contactSchema>;

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

/** What a customer's administrator or the back office may change of a contact. */
export const contactChanges = z
  .strictObject({ role: roleSchema.optional(), status: z.enum(['active', 'disabled']).optional() })
  .refine((changes) => changes.role !== undefined || changes.status !== undefined, { message: 'role or status is required' });

export type ContactChanges = z.output<typeof contactChanges>;

export const inviteSchema = z
  .object({
    url: z.string().nullable().openapi({ description: 'The link to accept the invite on the portal’s home page; null while the portal has no homeUrl.' }),
    token: z.string().openapi({ description: 'The invite token in that link, for a back office that sends the invite itself.' }),
    expiresAt: dateTimeSchema,
  })
  .openapi('Invite');

export type ContactToInvite = Omit<NewContact, 'status' | 'externalId'>;

export interface InvitedContact {
  contact: Contact;
  invite: z.output<typeof inviteSchema>;
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
export async function createInvitedContact(db: Kysely<Database>, portal: LinkPortal, input: ContactToInvite): Promise<InvitedContact> {
  return db.transaction().execute((trx) => insertInvitedContact(trx, portal, input));
}

/** createInvitedContact within the caller's transaction, for a step that makes the contact with other records. */
export async function insertInvitedContact(trx: Kysely<Database>, portal: LinkPortal, input: ContactToInvite): Promise<InvitedContact> {
  const contact = await insertContact(trx, { ...input, status: 'invited' });
  if (!contact) throw duplicateEmail();
  const { token, expiresAt } = await issueOneTimeToken(trx, {
    tenantId: input.tenantId,
    portalId: portal.id,
    contactId: contact.id,
    purpose: 'invite',
  });
  const url = portal.settings.homeUrl ? oneTimeLink(portal.settings.homeUrl, 'invite', token) : null;
  return { contact, invite: { url, token, expiresAt } };
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
    await updateContact(trx, contact.tenant_id, contact.id, update, now);
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

export interface ProfileChanges {
  name?: string | undefined;
  phone?: string | null | undefined;
  locale?: 'nl' | 'en' | null | undefined;
}

/** The signed-in contact changes their own name, phone number or language. */
export async function updateProfile(
  db: Kysely<Database>,
  contact: { tenantId: string; contactId: string },
  changes: ProfileChanges,
  audit: { portalId: string; ip: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await updateContact(trx, contact.tenantId, contact.contactId, {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
      ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
    });
    await recordAudit(trx, {
      tenantId: contact.tenantId,
      portalId: audit.portalId,
      actorType: 'contact',
      actorId: contact.contactId,
      action: 'contact.profile_updated',
      subjectType: 'contact',
      subjectId: contact.contactId,
      ip: audit.ip,
      details: { fields: Object.keys(changes) },
    });
  });
}
