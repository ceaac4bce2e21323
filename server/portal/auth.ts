// Signing in and out: /api/v1/portal/{slug}/auth/… (password, magic link, password reset, invite, SSO, refresh, logout).
import { Hono, type Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import { announceActivation, contactNameSchema, emailSchema, loadPortalUser, mailAccountLink } from '../accounts/contacts.js';
import { recordAudit } from '../audit/audit.js';
import { InvalidTokenError } from '../auth/access-tokens.js';
import { consumeOneTimeToken, issueOneTimeToken, pendingTokenContact, voidOneTimeTokens } from '../auth/one-time-tokens.js';
import { PasswordHasherBusyError, requireAcceptablePassword, type PasswordHasher } from '../auth/passwords.js';
import { revokeContactSessions, revokeSession, rotateRefreshToken } from '../auth/sessions.js';
import {
  answerSignIn,
  clearRefreshCookie,
  endSessionOfRefreshToken,
  refreshTokenFromCookie,
  requireCookieRequest,
  signIn,
} from '../auth/sign-in.js';
import { findOrCreateSsoContact, verifyIdentityToken } from '../auth/sso.js';
import { clear, hitOrThrow, rateLimited, rateLimits, refund, throttleKeys } from '../auth/throttle.js';
import { nowIso } from '../db/ids.js';
import { clientIp } from '../http/client-ip.js';
import { ApiError } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { validate } from '../http/validate.js';

type AuthMethod = 'password' | 'magicLink' | 'sso';

/** 403 feature_disabled when the portal has switched this way of signing in off. */
const requireAuthMethod = (method: AuthMethod) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const auth = c.var.portal.settings.auth;
    const enabled = method === 'sso' ? auth.sso.enabled : auth[method];
    if (!enabled) {
      throw new ApiError('feature_disabled', 'This way of signing in is switched off for this portal.', [{ path: 'auth', message: method }]);
    }
    await next();
  });

const linkTokenSchema = z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/, { message: 'is not a link token' });
// Long enough for any password a person types; anything over 128 can never match, since no such password is set.
const presentedPasswordSchema = z.string().min(1).max(1024);

// Exported for the OpenAPI document, which describes the same schemas the routes validate with.
export const loginBody = z.strictObject({ email: emailSchema, password: presentedPasswordSchema });
export const emailBody = z.strictObject({ email: emailSchema });
export const tokenBody = z.strictObject({ token: linkTokenSchema });
export const resetConfirmBody = z.strictObject({ token: linkTokenSchema, password: presentedPasswordSchema });
export const inviteAcceptBody = z.strictObject({ token: linkTokenSchema, password: presentedPasswordSchema.optional(), name: contactNameSchema.optional() });
export const ssoBody = z.strictObject({ identityToken: z.string().min(1).max(4096) });

// The same words, whether the email is unknown or the password wrong: the answer must not tell which.
const wrongCredentials = () => new ApiError('unauthorized', 'The email address or password is not correct.');
const linkNotValid = () =>
  new ApiError('validation_failed', 'This link has expired or has already been used. Ask for a new one.', [
    { path: 'token', message: 'has expired or has already been used', reason: 'link_invalid' },
  ]);
const sessionEnded = () => new ApiError('unauthorized', 'Please sign in again.');

/** Hashing refused because too many wait already: a flood; the client may try again shortly. */
async function withHasher<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PasswordHasherBusyError) throw rateLimited(5);
    throw error;
  }
}

function activeContactByEmail(c: Context<AppEnv>, email: string) {
  return c.var.deps.db
    .selectFrom('contacts')
    .select(['id', 'email', 'name', 'locale', 'password_hash', 'status'])
    .where('tenant_id', '=', c.var.portal.tenantId)
    .where('email', '=', email)
    .where('status', '=', 'active')
    .executeTakeFirst();
}

/** Magic-link and reset requests: 202 whether or not the address has an account, mailed in the background. */
async function mailLinkIfKnown(c: Context<AppEnv>, purpose: 'magic' | 'reset', email: string): Promise<Response> {
  const { deps, portal } = c.var;
  const ip = clientIp(c);
  await hitOrThrow(deps.db, [
    { key: throttleKeys.mailIp(ip), limit: rateLimits.mailPerIp },
    { key: throttleKeys.mailAddress(portal.tenantId, purpose, email), limit: rateLimits.mailPerAddress },
  ]);
  const contact = await activeContactByEmail(c, email);
  if (contact) {
    if (!portal.settings.homeUrl) {
      deps.logger.warn('no link mailed: the portal has no homeUrl', { portal: portal.slug, kind: purpose });
    } else {
      const { token, expiresAt } = await issueOneTimeToken(deps.db, { tenantId: portal.tenantId, portalId: portal.id, contactId: contact.id, purpose });
      mailAccountLink(deps, { portal, contact, kind: purpose, token, expiresAt });
      await recordAudit(deps.db, {
        tenantId: portal.tenantId,
        portalId: portal.id,
        actorType: 'anonymous',
        action: purpose === 'magic' ? 'contact.magic_link_requested' : 'contact.password_reset_requested',
        subjectType: 'contact',
        subjectId: contact.id,
        ip,
      });
    }
  }
  return c.body(null, 202);
}

async function newPasswordHash(hasher: PasswordHasher, password: string, context: string[]): Promise<string> {
  await requireAcceptablePassword(password, context);
  return withHasher(() => hasher.hash(password));
}

export const authRoutes = new Hono<AppEnv>()
  .post('/auth/login', requireAuthMethod('password'), validate('json', loginBody), async (c) => {
    const { deps, portal } = c.var;
    const { email, password } = c.req.valid('json');
    const ip = clientIp(c);
    // Counted before the hash, so a flood of parallel guesses cannot all slip in before the first failure is counted.
    const [ipHit, accountHit] = await hitOrThrow(deps.db, [
      { key: throttleKeys.loginIp(ip), limit: rateLimits.loginPerIp },
      { key: throttleKeys.loginAccount(portal.tenantId, email), limit: rateLimits.loginPerAccount },
    ]);
    const contact = await activeContactByEmail(c, email);
    const storedHash = contact?.password_hash ?? null;
    const matches = await withHasher(() => deps.auth.passwords.verify(password, storedHash));
    if (!contact || !storedHash || !matches) {
      await recordAudit(deps.db, {
        tenantId: portal.tenantId,
        portalId: portal.id,
        actorType: 'anonymous',
        action: 'contact.login_failed',
        subjectType: contact ? 'contact' : null,
        subjectId: contact?.id ?? null,
        ip,
        // Never the email itself: a mistyped address is sometimes the password.
        details: { method: 'password', reason: contact ? 'wrong_password' : 'unknown_account' },
      });
      throw wrongCredentials();
    }
    await clear(deps.db, accountHit!.key);
    await refund(deps.db, ipHit!);
    if (deps.auth.passwords.needsRehash(storedHash)) {
      const upgraded = await withHasher(() => deps.auth.passwords.hash(password));
      await deps.db.updateTable('contacts').set({ password_hash: upgraded }).where('id', '=', contact.id).where('password_hash', '=', storedHash).execute();
    }
    return signIn(c, contact.id, 'password');
  })

  .post('/auth/refresh', requireCookieRequest, async (c) => {
    const { deps, portal } = c.var;
    const token = refreshTokenFromCookie(c);
    if (!token) throw sessionEnded();
    const rotated = await rotateRefreshToken(deps.db, portal.id, token);
    if (!rotated.ok) {
      clearRefreshCookie(c);
      if (rotated.reason === 'reused') {
        deps.logger.warn('a rotated refresh token was presented again; its session is revoked', { portal: portal.slug });
        await recordAudit(deps.db, {
          tenantId: portal.tenantId,
          portalId: portal.id,
          actorType: 'anonymous',
          action: 'session.refresh_token_reused',
          ip: clientIp(c),
        });
      }
      throw sessionEnded();
    }
    const user = await loadPortalUser(deps.db, portal, rotated.contactId);
    if (!user || user.status !== 'active') {
      await revokeSession(deps.db, rotated.sessionId, 'contact_not_active');
      clearRefreshCookie(c);
      throw sessionEnded();
    }
    return answerSignIn(c, rotated, user);
  })

  .post('/auth/logout', requireCookieRequest, async (c) => {
    const { deps, portal } = c.var;
    const ended: { contactId: string; sessionId: string }[] = [];
    const refreshToken = refreshTokenFromCookie(c);
    if (refreshToken) {
      const session = await endSessionOfRefreshToken(c, refreshToken);
      if (session) ended.push(session);
    }
    // Without the cookie (a browser that keeps none for this site) the access token still names the session.
    const bearer = /^Bearer (\S+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
    if (bearer) {
      try {
        const claims = await deps.auth.verifier.verify(bearer, portal.id);
        if (claims.tenantId === portal.tenantId && !ended.some((session) => session.sessionId === claims.sessionId)) {
          await revokeSession(deps.db, claims.sessionId, 'logout');
          ended.push({ contactId: claims.contactId, sessionId: claims.sessionId });
        }
      } catch (error) {
        if (!(error instanceof InvalidTokenError)) throw error;
      }
    }
    for (const session of ended) {
      await recordAudit(deps.db, {
        tenantId: portal.tenantId,
        portalId: portal.id,
        actorType: 'contact',
        actorId: session.contactId,
        action: 'contact.logout',
        subjectType: 'session',
        subjectId: session.sessionId,
        ip: clientIp(c),
      });
    }
    clearRefreshCookie(c);
    return c.body(null, 204);
  })

  .post('/auth/magic-link', requireAuthMethod('magicLink'), validate('json', emailBody), (c) => mailLinkIfKnown(c, 'magic', c.req.valid('json').email))

  .post('/auth/magic-link/verify', requireAuthMethod('magicLink'), validate('json', tokenBody), async (c) => {
    const { deps, portal } = c.var;
    const contactId = await consumeOneTimeToken(deps.db, {
      tenantId: portal.tenantId,
      portalId: portal.id,
      purpose: 'magic',
      token: c.req.valid('json').token,
      contactStatuses: ['active'],
    });
    if (!contactId) throw linkNotValid();
    return signIn(c, contactId, 'magic_link');
  })

  .post('/auth/password-reset', requireAuthMethod('password'), validate('json', emailBody), (c) => mailLinkIfKnown(c, 'reset', c.req.valid('json').email))

  .post('/auth/password-reset/confirm', requireAuthMethod('password'), validate('json', resetConfirmBody), async (c) => {
    const { deps, portal } = c.var;
    const { token, password } = c.req.valid('json');
    const binding = { tenantId: portal.tenantId, portalId: portal.id, purpose: 'reset' as const, token };
    const holder = await pendingTokenContact(deps.db, binding);
    if (!holder || holder.status !== 'active') throw linkNotValid();
    const hash = await newPasswordHash(deps.auth.passwords, password, [holder.email, holder.name, portal.settings.name]);
    const ip = clientIp(c);
    const contactId = await deps.db.transaction().execute(async (trx) => {
      const consumed = await consumeOneTimeToken(trx, { ...binding, contactStatuses: ['active'] });
      if (!consumed) return undefined;
      await trx.updateTable('contacts').set({ password_hash: hash, updated_at: nowIso() }).where('id', '=', consumed).execute();
      // Whoever knew the old password is out, on every device.
      await revokeContactSessions(trx, consumed, 'password_reset');
      await voidOneTimeTokens(trx, consumed, ['reset', 'magic']);
      await recordAudit(trx, {
        tenantId: portal.tenantId,
        portalId: portal.id,
        actorType: 'contact',
        actorId: consumed,
        action: 'contact.password_reset',
        subjectType: 'contact',
        subjectId: consumed,
        ip,
      });
      return consumed;
    });
    if (!contactId) throw linkNotValid();
    await clear(deps.db, throttleKeys.loginAccount(portal.tenantId, holder.email));
    return c.body(null, 204);
  })

  .post('/auth/invite/accept', validate('json', inviteAcceptBody), async (c) => {
    const { deps, portal } = c.var;
    const body = c.req.valid('json');
    const binding = { tenantId: portal.tenantId, portalId: portal.id, purpose: 'invite' as const, token: body.token };
    const holder = await pendingTokenContact(deps.db, binding);
    if (!holder) throw linkNotValid();
    if (holder.status === 'disabled') throw new ApiError('forbidden', 'This account has been disabled. Please contact the business.');
    let hash: string | undefined;
    if (portal.settings.auth.password) {
      if (body.password === undefined) {
        throw new ApiError('validation_failed', 'Choose a password.', [{ path: 'password', message: 'is required', reason: 'required' }]);
      }
      hash = await newPasswordHash(deps.auth.passwords, body.password, [holder.email, body.name ?? holder.name, portal.settings.name]);
    } else if (body.password !== undefined) {
      throw new ApiError('validation_failed', 'This portal signs in without passwords.', [{ path: 'password', message: 'is not used on this portal' }]);
    }
    const ip = clientIp(c);
    const contactId = await deps.db.transaction().execute(async (trx) => {
      const consumed = await consumeOneTimeToken(trx, { ...binding, contactStatuses: ['invited', 'active'] });
      if (!consumed) return undefined;
      const before = await trx.selectFrom('contacts').select('status').where('id', '=', consumed).executeTakeFirstOrThrow();
      await trx
        .updateTable('contacts')
        .set({
          status: 'active',
          updated_at: nowIso(),
          ...(hash ? { password_hash: hash } : {}),
          ...(body.name ? { name: body.name } : {}),
        })
        .where('id', '=', consumed)
        .execute();
      await revokeContactSessions(trx, consumed, 'invite_accepted');
      await voidOneTimeTokens(trx, consumed, ['invite']);
      await recordAudit(trx, {
        tenantId: portal.tenantId,
        portalId: portal.id,
        actorType: 'contact',
        actorId: consumed,
        action: before.status === 'invited' ? 'contact.activated' : 'contact.invite_accepted',
        subjectType: 'contact',
        subjectId: consumed,
        ip,
        details: { via: 'invite' },
      });
      if (before.status === 'invited') await announceActivation(trx, consumed, 'invite');
      return consumed;
    });
    if (!contactId) throw linkNotValid();
    return signIn(c, contactId, 'invite');
  })

  .post('/auth/sso', requireAuthMethod('sso'), validate('json', ssoBody), async (c) => {
    const { deps, portal } = c.var;
    const row = await deps.db.selectFrom('portals').select('sso_secret').where('id', '=', portal.id).executeTakeFirst();
    if (!row?.sso_secret) throw new ApiError('feature_disabled', 'Single sign-on is not set up for this portal.', [{ path: 'auth', message: 'sso' }]);
    const ip = clientIp(c);
    const claims = await verifyIdentityToken(deps.db, portal.id, row.sso_secret, c.req.valid('json').identityToken);
    const contactId = await findOrCreateSsoContact(deps.db, portal, claims, ip);
    return signIn(c, contactId, 'sso');
  });
