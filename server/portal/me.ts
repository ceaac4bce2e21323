// The signed-in contact's own account: /api/v1/portal/{slug}/me (profile, language, password).
import { Hono } from 'hono';
import { z } from 'zod';
import { contactNameSchema, loadPortalUser, localeSchema, phoneSchema, toPortalUser } from '../accounts/contacts.js';
import { recordAudit } from '../audit/audit.js';
import { requireContact } from '../auth/middleware.js';
import { voidOneTimeTokens } from '../auth/one-time-tokens.js';
import { PasswordHasherBusyError, requireAcceptablePassword } from '../auth/passwords.js';
import { revokeContactSessions } from '../auth/sessions.js';
import { clear, hitOrThrow, rateLimited, rateLimits, throttleKeys } from '../auth/throttle.js';
import { nowIso } from '../db/ids.js';
import { clientIp } from '../http/client-ip.js';
import { ApiError, notFound } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { validate } from '../http/validate.js';

export const profileChanges = z
  .strictObject({
    name: contactNameSchema.optional(),
    // A cleared phone field arrives as an empty string: it means "no phone number".
    phone: z.union([z.literal('').transform(() => null), phoneSchema]).nullable().optional(),
    locale: localeSchema.nullable().optional(),
  })
  .refine((changes) => Object.keys(changes).length > 0, { message: 'name, phone or locale is required' });

export const passwordChange = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const meRoutes = new Hono<AppEnv>()
  .use('/me', requireContact)
  .use('/me/*', requireContact)

  .get('/me', async (c) => {
    const user = await loadPortalUser(c.var.deps.db, c.var.portal, c.var.caller.contactId);
    if (!user) throw notFound('No such contact');
    return c.json(toPortalUser(user));
  })

  .patch('/me', validate('json', profileChanges), async (c) => {
    const { deps, portal, caller } = c.var;
    const changes = c.req.valid('json');
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('contacts')
        .set({
          ...(changes.name !== undefined ? { name: changes.name } : {}),
          ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
          ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
          updated_at: nowIso(),
        })
        .where('id', '=', caller.contactId)
        .where('tenant_id', '=', caller.tenantId)
        .execute();
      await recordAudit(trx, {
        tenantId: caller.tenantId,
        portalId: portal.id,
        actorType: 'contact',
        actorId: caller.contactId,
        action: 'contact.profile_updated',
        subjectType: 'contact',
        subjectId: caller.contactId,
        ip: clientIp(c),
        details: { fields: Object.keys(changes) },
      });
    });
    const user = await loadPortalUser(deps.db, portal, caller.contactId);
    if (!user) throw notFound('No such contact');
    return c.json(toPortalUser(user));
  })

  .post('/me/password', validate('json', passwordChange), async (c) => {
    const { deps, portal, caller } = c.var;
    const { currentPassword, newPassword } = c.req.valid('json');
    const contact = await deps.db
      .selectFrom('contacts')
      .select(['email', 'name', 'password_hash'])
      .where('id', '=', caller.contactId)
      .where('tenant_id', '=', caller.tenantId)
      .executeTakeFirstOrThrow();
    if (!contact.password_hash) {
      throw new ApiError('conflict', 'Your account has no password yet. Use “forgot password” to set one.', [
        { path: 'currentPassword', message: 'there is no current password', reason: 'no_password' },
      ]);
    }
    await requireAcceptablePassword(newPassword, [contact.email, contact.name, portal.settings.name], 'newPassword');
    // A stolen access token must not turn into unlimited guesses at the password: same limit as sign-in.
    const accountKey = throttleKeys.loginAccount(caller.tenantId, contact.email);
    await hitOrThrow(deps.db, [{ key: accountKey, limit: rateLimits.loginPerAccount }]);
    let matches: boolean;
    let hash: string;
    try {
      matches = await deps.auth.passwords.verify(currentPassword, contact.password_hash);
      hash = matches ? await deps.auth.passwords.hash(newPassword) : '';
    } catch (error) {
      if (error instanceof PasswordHasherBusyError) throw rateLimited(5);
      throw error;
    }
    if (!matches) {
      throw new ApiError('validation_failed', 'The current password is not correct.', [
        { path: 'currentPassword', message: 'is not correct', reason: 'wrong_password' },
      ]);
    }
    await clear(deps.db, accountKey);
    await deps.db.transaction().execute(async (trx) => {
      await trx.updateTable('contacts').set({ password_hash: hash, updated_at: nowIso() }).where('id', '=', caller.contactId).execute();
      // Every other device signed in with the old password is signed out; this one stays.
      await revokeContactSessions(trx, caller.contactId, 'password_changed', caller.sessionId);
      await voidOneTimeTokens(trx, caller.contactId, ['reset', 'magic']);
      await recordAudit(trx, {
        tenantId: caller.tenantId,
        portalId: portal.id,
        actorType: 'contact',
        actorId: caller.contactId,
        action: 'contact.password_changed',
        subjectType: 'contact',
        subjectId: caller.contactId,
        ip: clientIp(c),
      });
    });
    return c.body(null, 204);
  });
