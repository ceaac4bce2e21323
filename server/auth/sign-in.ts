// What every successful sign-in does: a session, an access token, the refresh cookie, and {accessToken, expiresIn, user}.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { recordAudit } from '../audit/audit.js';
import { recordLastLogin } from '../customers/contacts.js';
import { loadPortalUser, portalUserSchema, toPortalUser, type PortalUser } from '../customers/portal-users.js';
import { sha256Hex } from '../db/ids.js';
import { clientIp } from '../http/client-ip.js';
import { ApiError } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { signAccessToken } from './access-tokens.js';
import { refreshTokenLifetimeMs, revokeSession, startSession } from './sessions.js';

export const refreshCookieName = 'kp_refresh';
const refreshTokenPattern = /^[A-Za-z0-9_-]{43}$/;

export type SignInMethod = 'password' | 'magic_link' | 'invite' | 'sso' | 'refresh';

export const signInAnswerSchema = z
  .object({
    accessToken: z.string().openapi({ description: 'For Authorization: Bearer …; a new one comes from POST …/auth/refresh before it expires.' }),
    expiresIn: z.number().int().openapi({ description: 'Seconds until the access token expires.' }),
    user: portalUserSchema,
  })
  .openapi('SignIn');

export type SignInAnswer = z.output<typeof signInAnswerSchema>;

/** Only the portal's own auth routes ever see the cookie; the widget's page and other portals never do. */
export function refreshCookiePath(slug: string): string {
  return `/api/v1/portal/${slug}/auth`;
}

// SameSite=None because the widget runs inside the business's site, another site than this server; Partitioned
// (CHIPS) keeps the cookie in that site's jar, so browsers that block third-party cookies still keep it.
const cookieAttributes = (slug: string) =>
  ({ path: refreshCookiePath(slug), httpOnly: true, secure: true, sameSite: 'None', partitioned: true }) as const;

const refreshCookieSeconds = Math.floor(refreshTokenLifetimeMs / 1000);
const refreshCookieAttributes = `Path=${refreshCookiePath('{slug}')}; HttpOnly; Secure; SameSite=None; Partitioned`;

/** The response header of an answer that sets a new refresh cookie. */
export const refreshCookieSet = {
  'Set-Cookie': {
    description: `${refreshCookieName}=…; Max-Age=${refreshCookieSeconds}; ${refreshCookieAttributes}: the refresh token, which the browser sends to this portal’s …/auth routes only.`,
    schema: { type: 'string' as const },
    required: true,
  },
};

/** The response header of an answer that removes the refresh cookie. */
export const refreshCookieCleared = {
  'Set-Cookie': { description: `${refreshCookieName}=; Max-Age=0; ${refreshCookieAttributes}: the refresh cookie removed.`, schema: { type: 'string' as const } },
};

export function setRefreshCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, refreshCookieName, token, { ...cookieAttributes(c.var.portal.slug), maxAge: refreshCookieSeconds });
}

export function clearRefreshCookie(c: Context<AppEnv>): void {
  deleteCookie(c, refreshCookieName, cookieAttributes(c.var.portal.slug));
}

/** The refresh token from the cookie, if it has the shape of one. */
export function refreshTokenFromCookie(c: Context<AppEnv>): string | undefined {
  const value = getCookie(c, refreshCookieName);
  return value && refreshTokenPattern.test(value) ? value : undefined;
}

/**
 * The cookie routes (refresh, logout) act on a cookie the browser adds by itself, so they only answer requests a
 * page could not forge: a custom header (which forces a CORS preflight) and, when the browser names one, an allowed origin.
 */
export const requireCookieRequest = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.header('X-Requested-With') !== 'klantportaal') {
    throw new ApiError('forbidden', 'This request needs the header X-Requested-With: klantportaal.');
  }
  const origin = c.req.header('Origin');
  if (origin !== undefined && !c.var.portal.settings.allowedOrigins.includes(origin)) {
    throw new ApiError('forbidden', 'Requests from this site are not allowed for this portal.');
  }
  await next();
});

/** Signs an access token for a live session and sets the new refresh cookie: answers the sign-in body. */
export async function answerSignIn(
  c: Context<AppEnv>,
  session: { sessionId: string; contactId: string; refreshToken: string },
  user: PortalUser,
): Promise<SignInAnswer> {
  const { portal, deps } = c.var;
  const { token, expiresIn } = await signAccessToken(deps.auth.keys, {
    contactId: session.contactId,
    tenantId: portal.tenantId,
    portalId: portal.id,
    sessionId: session.sessionId,
    kind: 'access',
  });
  setRefreshCookie(c, session.refreshToken);
  return { accessToken: token, expiresIn, user: toPortalUser(user) };
}

/** Starts a new session for a contact whose identity was just proven, records it, and answers the sign-in body. */
export async function signIn(c: Context<AppEnv>, contactId: string, method: Exclude<SignInMethod, 'refresh'>): Promise<SignInAnswer> {
  const { portal, deps } = c.var;
  const user = await loadPortalUser(deps.db, portal, contactId);
  if (!user || user.status !== 'active') throw new ApiError('unauthorized', 'Please sign in again.');
  const ip = clientIp(c);
  const now = new Date();
  const session = await deps.db.transaction().execute(async (trx) => {
    const started = await startSession(
      trx,
      { tenantId: portal.tenantId, portalId: portal.id, contactId, kind: 'login', ip, userAgent: c.req.header('User-Agent') ?? null },
      now,
    );
    await recordLastLogin(trx, contactId, now);
    await recordAudit(
      trx,
      {
        tenantId: portal.tenantId,
        portalId: portal.id,
        actorType: 'contact',
        actorId: contactId,
        action: 'contact.login',
        subjectType: 'contact',
        subjectId: contactId,
        ip,
        details: { method },
      },
      now,
    );
    return started;
  });
  return answerSignIn(c, { sessionId: session.sessionId, contactId, refreshToken: session.refreshToken! }, user);
}

/** Ends the session a refresh token belongs to, if it belongs to this portal. Answers the contact it was for. */
export async function endSessionOfRefreshToken(c: Context<AppEnv>, token: string): Promise<{ contactId: string; sessionId: string } | undefined> {
  const { portal, deps } = c.var;
  const row = await deps.db
    .selectFrom('refresh_tokens')
    .innerJoin('sessions', 'sessions.id', 'refresh_tokens.session_id')
    .select(['sessions.id as sessionId', 'sessions.contact_id as contactId'])
    .where('refresh_tokens.token_hash', '=', sha256Hex(token))
    .where('sessions.portal_id', '=', portal.id)
    .executeTakeFirst();
  if (!row) return undefined;
  await revokeSession(deps.db, row.sessionId, 'logout');
  return row;
}
