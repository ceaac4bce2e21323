// Contacts (portal users) as their customer's administrators and the back office manage them: what the API shows
// of them, inviting new ones, their profile, and changing their role or status.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { recordAudit, type AuditInput } from '../audit/audit.js';
import { issueOneTimeToken, oneTimeLink, voidOneTimeTokens } from '../auth/one-time-tokens.js';
import { revokeContactSessions } from '../auth/sessions.js';
import { hitOrThrow, rateLimits, throttleKeys } from '../auth/throttle.js';
import { findContact, findContactByEmail, insertContact, updateContact, type NewContact } from '../customers/contacts.js';
import { contactStatusSchema, linkInNameMessage, localeSchema, looksLikeLink, roleSchema } from '../customers/fields.js';
import { portalUserSchema } from '../customers/portal-users.js';
import type { Database } from '../db/schema.js';
import type { Contact, ContactDisabler } from '../db/tables/accounts.js';
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
  const invited = await tryInsertInvitedContact(trx, portal, input);
  if (!invited) throw duplicateEmail();
  return invited;
}

/** insertInvitedContact, answering undefined when the email address is taken in the business. */
async function tryInsertInvitedContact(trx: Kysely<Database>, portal: LinkPortal, input: ContactToInvite): Promise<InvitedContact | undefined> {
  const contact = await insertContact(trx, { ...input, status: 'invited' });
  if (!contact) return undefined;
  const { token, expiresAt } = await issueOneTimeToken(trx, {
    tenantId: input.tenantId,
    portalId: portal.id,
    contactId: contact.id,
    purpose: 'invite',
  });
  const url = portal.settings.homeUrl ? oneTimeLink(portal.settings.homeUrl, 'invite', token) : null;
  return { contact, invite: { url, token, expiresAt } };
}

export interface ColleagueInvitation {
  email: string;
  name: string;
  role: ContactToInvite['role'];
  locale: 'nl' | 'en' | null;
}

/**
 * A customer's administrator invites a colleague; the invite link goes to the colleague's mailbox only. Counted
 * against the invite limits first (429). An address in use by this customer is 409 saying so; one in use by another
 * customer of the business is 409 with a neutral refusal, which tells the administrator nothing of that customer.
 */
export async function inviteColleague(
  deps: Pick<Deps, 'db' | 'mailer'>,
  portal: LinkPortal,
  inviter: { tenantId: string; customerId: string; contactId: string },
  invitation: ColleagueInvitation,
  ip: string,
): Promise<Contact> {
  requireHomeUrl(portal);
  await hitOrThrow(deps.db, [
    { key: throttleKeys.inviteCustomer(inviter.customerId), limit: rateLimits.invitesPerCustomer },
    { key: throttleKeys.inviteAddress(inviter.tenantId, invitation.email), limit: rateLimits.invitesPerAddress },
  ]);
  const invited = await deps.db
    .transaction()
    .execute((trx) => tryInsertInvitedContact(trx, portal, { tenantId: inviter.tenantId, customerId: inviter.customerId, ...invitation }));
  if (!invited) throw await addressNotInvitable(deps.db, portal, inviter, invitation.email, ip);
  const { contact, invite } = invited;
  await recordAudit(deps.db, {
    tenantId: inviter.tenantId,
    portalId: portal.id,
    actorType: 'contact',
    actorId: inviter.contactId,
    action: 'contact.invited',
    subjectType: 'contact',
    subjectId: contact.id,
    ip,
    details: { role: contact.role },
  });
  const inviterName = (await findContact(deps.db, inviter.tenantId, inviter.contactId))?.name ?? null;
  mailAccountLink(deps, { portal, contact, kind: 'invite', token: invite.token, expiresAt: invite.expiresAt, invitedBy: inviterName });
  return contact;
}

/** Why an address taken in the business cannot be invited, in words that name no other customer. */
async function addressNotInvitable(
  db: Kysely<Database>,
  portal: LinkPortal,
  inviter: { tenantId: string; customerId: string; contactId: string },
  email: string,
  ip: string,
): Promise<ApiError> {
  const holder = await findContactByEmail(db, inviter.tenantId, email);
  if (holder?.customer_id === inviter.customerId) {
    return new ApiError('conflict', 'This colleague already has an account or an invite.', [
      { path: 'email', message: 'is already a colleague', reason: 'already_colleague' },
    ]);
  }
  // The business sees the attempt; the customer learns only that this address is not one to invite from the portal.
  await recordAudit(db, {
    tenantId: inviter.tenantId,
    portalId: portal.id,
    actorType: 'contact',
    actorId: inviter.contactId,
    action: 'contact.invite_refused',
    subjectType: holder ? 'contact' : null,
    subjectId: holder?.id ?? null,
    ip,
    details: { reason: 'address_in_use' },
  });
  return new ApiError('conflict', `This address cannot be invited from the portal. Ask ${portal.settings.name} to add this colleague.`, [
    { path: 'email', message: 'cannot be invited from the portal', reason: 'not_invitable' },
  ]);
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
    // A name from before names were checked may still hold a link: the mail then says who invites in neutral words.
    invitedBy: target.invitedBy && !looksLikeLink(target.invitedBy) ? target.invitedBy : null,
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

/** The side a change comes from: one of the customer's own administrators, or the business (API key, staff). */
function sideOf(actorType: AuditInput['actorType']): ContactDisabler {
  return actorType === 'contact' ? 'customer' : 'business';
}

/**
 * Changes a contact's role or status. Disabling ends every session and voids every link at once, and records who
 * disabled; a disable by the business is lifted only by the business. An invited contact becomes active only by
 * accepting the invite. Answers the updated row.
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
  const side = sideOf(audit.actorType);
  if (changes.status === 'active' && contact.status === 'disabled' && contact.disabled_by === 'business' && side === 'customer') {
    throw new ApiError('forbidden', 'The business disabled this contact; only the business can enable them again.', [
      { path: 'status', message: 'disabled by the business', reason: 'disabled_by_business' },
    ]);
  }
  const update: Partial<Pick<Contact, 'role' | 'status' | 'disabled_by'>> = {};
  if (changes.role !== undefined && changes.role !== contact.role) update.role = changes.role;
  if (changes.status !== undefined && changes.status !== contact.status) update.status = changes.status;
  if (update.status === 'active') update.disabled_by = null;
  // The business's disable stands above a customer's: disabling again makes it the business's own.
  if (changes.status === 'disabled' && (update.status === 'disabled' || (side === 'business' && contact.disabled_by !== 'business'))) {
    update.disabled_by = side;
  }
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
      // Who disabled is the actor of this entry already.
      details: Object.fromEntries(
        Object.entries(update)
          .filter(([field]) => field !== 'disabled_by')
          .map(([field, value]) => [field, { from: contact[field as keyof typeof update], to: value }]),
      ),
    });
  });
  return { ...contact, ...update, updated_at: now };
}

export interface ProfileChanges {
  name?: string | undefined;
  phone?: string | null | undefined;
  locale?: 'nl' | 'en' | null | undefined;
}

/** 400 for a name a customer writes that a mail program would show as a link (see looksLikeLink). */
export function requireNameWithoutLink(name: string | undefined, path = 'name'): void {
  if (name === undefined || !looksLikeLink(name)) return;
  throw new ApiError('validation_failed', 'A name cannot contain a web or mail address (https://…, www.…, bedrijf.nl): it appears in mails to others.', [
    { path, message: linkInNameMessage, reason: 'link_in_name' },
  ]);
}

/** The signed-in contact changes their own name, phone number or language; a name with a link in it is 400. */
export async function updateProfile(
  db: Kysely<Database>,
  contact: { tenantId: string; contactId: string },
  changes: ProfileChanges,
  audit: { portalId: string; ip: string },
): Promise<void> {
  requireNameWithoutLink(changes.name);
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
