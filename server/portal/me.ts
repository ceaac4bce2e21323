// The signed-in contact's own account: /api/v1/portal/{slug}/me (profile, language, mail choices, password).
import type { Context } from 'hono';
import { updateProfile } from '../accounts/contacts.js';
import { changePassword } from '../accounts/credentials.js';
import { recordAudit } from '../audit/audit.js';
import { requireContact } from '../auth/middleware.js';
import { contactNameSchema, localeSchema, phoneSchema } from '../customers/fields.js';
import { loadMailPreferences, mailPreferenceChangesSchema, mailPreferencesSchema, saveMailPreferences } from '../customers/mail-preferences.js';
import { loadPortalUser, portalUserSchema, toPortalUser } from '../customers/portal-users.js';
import { clientIp } from '../http/client-ip.js';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/errors.js';
import { defineRoute, empty, failure, json, jsonBody, onPortal, routeGroup, z, $ } from '../http/openapi.js';

const profileChanges = z
  .strictObject({
    name: contactNameSchema.optional(),
    // A cleared phone field arrives as an empty string: it means "no phone number".
    phone: z.union([z.literal('').transform(() => null), phoneSchema]).nullable().optional(),
    locale: localeSchema.nullable().optional(),
    mailPreferences: mailPreferenceChangesSchema.optional().openapi({ description: 'The kinds of mail to switch on or off; kinds left out stay as they are' }),
  })
  .refine((changes) => Object.keys(changes).length > 0, { message: 'name, phone, locale or mailPreferences is required' });

const accountSchema = portalUserSchema.extend({ mailPreferences: mailPreferencesSchema }).openapi('PortalAccount');

const passwordChange = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

const tags = ['Account'];
const params = onPortal();
const noSuchContact = failure('No portal has this slug, or the signed-in contact is gone', 'not_found');
const readOnly = failure('A read-only preview of the portal cannot change anything', 'forbidden');

const getMe = defineRoute('portal', {
  method: 'get',
  path: '/me',
  tags,
  summary: 'The signed-in contact',
  request: { params },
  responses: { 200: json(accountSchema, 'The contact, with their customer and the mails they chose'), 404: noSuchContact },
});

const updateMe = defineRoute('portal', {
  method: 'patch',
  path: '/me',
  tags,
  summary: 'Change the name, phone number, language or the mails to get',
  request: { params, body: jsonBody(profileChanges) },
  responses: { 200: json(accountSchema, 'The contact, changed'), 403: readOnly, 404: noSuchContact },
});

const changeMyPassword = defineRoute('portal', {
  method: 'post',
  path: '/me/password',
  tags,
  summary: 'Change the password',
  description: 'Every other device signed in with the old password is signed out; this one stays.',
  request: { params, body: jsonBody(passwordChange) },
  responses: {
    204: empty('Changed'),
    400: failure(
      'The body is not valid, the current password is not correct (details[].reason wrong_password), or the new one is refused (too_short, too_long, too_common or too_weak)',
      'validation_failed',
    ),
    403: readOnly,
    409: failure('The account has no password yet (details[].reason no_password): use the reset link instead', 'conflict'),
    429: failure('Too many wrong current passwords: try again after Retry-After seconds', 'rate_limited'),
  },
});

async function account(c: Context<AppEnv>): Promise<z.output<typeof accountSchema>> {
  const { deps, portal, caller } = c.var;
  const user = await loadPortalUser(deps.db, portal, caller.contactId);
  if (!user) throw notFound('No such contact');
  return { ...toPortalUser(user), mailPreferences: await loadMailPreferences(deps.db, caller.tenantId, caller.contactId) };
}

export const meRoutes = $(routeGroup().use('/me', requireContact).use('/me/*', requireContact))
  .openapi(getMe, async (c) => c.json(await account(c), 200))

  .openapi(updateMe, async (c) => {
    const { deps, portal, caller } = c.var;
    const { mailPreferences, ...profile } = c.req.valid('json');
    if (Object.keys(profile).length > 0) await updateProfile(deps.db, caller, profile, { portalId: portal.id, ip: clientIp(c) });
    if (mailPreferences) {
      const chosen = await saveMailPreferences(deps.db, caller.tenantId, caller.contactId, mailPreferences);
      await recordAudit(deps.db, {
        tenantId: caller.tenantId,
        portalId: portal.id,
        actorType: 'contact',
        actorId: caller.contactId,
        action: 'contact.mail_preferences_updated',
        subjectType: 'contact',
        subjectId: caller.contactId,
        ip: clientIp(c),
        details: { off: Object.entries(chosen).filter(([, on]) => !on).map(([kind]) => kind) },
      });
    }
    return c.json(await account(c), 200);
  })

  .openapi(changeMyPassword, async (c) => {
    const { currentPassword, newPassword } = c.req.valid('json');
    await changePassword(c.var.deps, c.var.portal, c.var.caller, { current: currentPassword, next: newPassword }, clientIp(c));
    return c.body(null, 204);
  });
