// Signing in and out: /api/v1/portal/{slug}/auth/… (password, magic link, password reset, invite, SSO, refresh, logout).
import { createMiddleware } from 'hono/factory';
import { acceptInvite, checkPassword, linkNotValid, mailLinkIfKnown, resetPassword } from '../accounts/credentials.js';
import { recordAudit } from '../audit/audit.js';
import { InvalidTokenError } from '../auth/access-tokens.js';
import { consumeOneTimeToken } from '../auth/one-time-tokens.js';
import { revokeSession, rotateRefreshToken } from '../auth/sessions.js';
import {
  answerSignIn,
  clearRefreshCookie,
  endSessionOfRefreshToken,
  refreshCookieCleared,
  refreshCookieSet,
  refreshTokenFromCookie,
  requireCookieRequest,
  signIn,
  signInAnswerSchema,
} from '../auth/sign-in.js';
import { findOrCreateSsoContact, verifyIdentityToken } from '../auth/sso.js';
import { contactNameSchema, emailSchema } from '../customers/fields.js';
import { loadPortalUser } from '../customers/portal-users.js';
import { clientIp } from '../http/client-ip.js';
import { ApiError } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { defineRoute, empty, failure, json, jsonBody, onPortal, routeGroup, z } from '../http/openapi.js';
import { findSsoSecret } from '../tenants/tenants.js';

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

const loginBody = z.strictObject({ email: emailSchema, password: presentedPasswordSchema });
const emailBody = z.strictObject({ email: emailSchema });
const tokenBody = z.strictObject({ token: linkTokenSchema });
const resetConfirmBody = z.strictObject({ token: linkTokenSchema, password: presentedPasswordSchema });
const inviteAcceptBody = z.strictObject({ token: linkTokenSchema, password: presentedPasswordSchema.optional(), name: contactNameSchema.optional() });
const ssoBody = z.strictObject({ identityToken: z.string().min(1).max(4096) });


// ── Definitions ───────────────────────────────────────────────────────────────────────────────────────────────────

const tags = ['Sign-in'];
const params = onPortal();

const signedIn = json(signInAnswerSchema, 'Signed in: the access token, its lifetime and the contact; the refresh token is set as an HttpOnly cookie', refreshCookieSet);
const notActive = failure('The contact cannot sign in (any more)', 'unauthorized');
const switchedOff = failure('This way of signing in is switched off for this portal', 'feature_disabled');
const tooMany = failure('Too many attempts, or too many sign-ins at once: try again after Retry-After seconds', 'rate_limited');
const mailed = empty('Accepted, whether or not the address has an account; when it has, the link is mailed');
const linkRefused = 'the link has expired or was used already (details[].reason link_invalid)';
const passwordRefused = 'the password is refused (details[].reason too_short, too_long, too_common or too_weak)';

/** refresh and logout act on the cookie, so they only answer requests another site's page could not send. */
const cookieRequest = {
  params,
  headers: z.object({
    'x-requested-with': z.literal('klantportaal').openapi({ description: 'Required: a page of another site cannot send it without a CORS preflight.' }),
  }),
  cookies: z.object({ kp_refresh: z.string().optional().openapi({ description: 'The refresh token a sign-in set; the browser sends it.' }) }),
};
const notCookieRequest = failure('Without the header X-Requested-With: klantportaal, or from an origin the portal does not allow', 'forbidden');

const login = defineRoute('public', {
  method: 'post',
  path: '/auth/login',
  tags,
  summary: 'Sign in with email and password',
  middleware: [requireAuthMethod('password')],
  request: { params, body: jsonBody(loginBody) },
  responses: {
    200: signedIn,
    401: failure('The email address or password is not correct: the same answer for either', 'unauthorized'),
    403: switchedOff,
    429: tooMany,
  },
});

const refresh = defineRoute('public', {
  method: 'post',
  path: '/auth/refresh',
  tags,
  summary: 'A new access token for the refresh cookie, and a new cookie',
  middleware: [requireCookieRequest],
  request: cookieRequest,
  responses: {
    200: signedIn,
    204: {
      description:
        'Not signed in: there is no cookie, or its session has ended (the cookie is cleared). Not an error: it is how a page learns its visitor has no session, so a signed-out visit logs no failed request.',
      headers: refreshCookieCleared,
    },
    403: notCookieRequest,
  },
});

const logout = defineRoute('public', {
  method: 'post',
  path: '/auth/logout',
  tags,
  summary: 'End the session',
  description:
    'Ends the session of the refresh cookie, and the session of the access token when one is sent as Authorization: Bearer … (for browsers that keep no cookie for this site).',
  middleware: [requireCookieRequest],
  request: cookieRequest,
  responses: { 204: { description: 'Signed out', headers: refreshCookieCleared }, 403: notCookieRequest },
});

/** Magic-link and reset requests answer the same whether or not the address has an account. */
const mailLinkRoute = (path: '/auth/magic-link' | '/auth/password-reset', summary: string, method: AuthMethod) =>
  defineRoute('public', {
    method: 'post',
    path,
    tags,
    summary,
    middleware: [requireAuthMethod(method)],
    request: { params, body: jsonBody(emailBody) },
    responses: { 202: mailed, 403: switchedOff, 429: tooMany },
  });

const requestMagicLink = mailLinkRoute('/auth/magic-link', 'Mail a sign-in link', 'magicLink');

const verifyMagicLink = defineRoute('public', {
  method: 'post',
  path: '/auth/magic-link/verify',
  tags,
  summary: 'Sign in with the token from a sign-in link',
  middleware: [requireAuthMethod('magicLink')],
  request: { params, body: jsonBody(tokenBody) },
  responses: {
    200: signedIn,
    400: failure(`The body is not valid, or ${linkRefused}`, 'validation_failed'),
    401: notActive,
    403: switchedOff,
  },
});

const requestPasswordReset = mailLinkRoute('/auth/password-reset', 'Mail a password reset link', 'password');

const confirmPasswordReset = defineRoute('public', {
  method: 'post',
  path: '/auth/password-reset/confirm',
  tags,
  summary: 'Set a new password with the token from a reset link',
  middleware: [requireAuthMethod('password')],
  request: { params, body: jsonBody(resetConfirmBody) },
  responses: {
    204: empty('The password is changed, and every session of the contact ended'),
    400: failure(`The body is not valid, ${linkRefused}, or ${passwordRefused}; a refused password leaves the link usable`, 'validation_failed'),
    403: switchedOff,
    429: tooMany,
  },
});

const acceptInvitation = defineRoute('public', {
  method: 'post',
  path: '/auth/invite/accept',
  tags,
  summary: 'Accept an invitation: choose a password (where the portal signs in with one) and sign in',
  request: { params, body: jsonBody(inviteAcceptBody) },
  responses: {
    200: signedIn,
    400: failure(
      `The body is not valid, ${linkRefused}, ${passwordRefused}, a password is missing (reason required) or this portal signs in without one`,
      'validation_failed',
    ),
    401: notActive,
    403: failure('The business disabled this contact', 'forbidden'),
    429: tooMany,
  },
});

const signInWithSso = defineRoute('public', {
  method: 'post',
  path: '/auth/sso',
  tags,
  summary: 'Sign in with an identity token the business’s own site signed',
  request: { params, body: jsonBody(ssoBody) },
  middleware: [requireAuthMethod('sso')],
  responses: {
    200: signedIn,
    401: failure('The identity token was not accepted; the message says why', 'unauthorized'),
    403: failure('Single sign-on is switched off or not set up for this portal, or the business disabled this contact', 'feature_disabled', 'forbidden'),
  },
});

// ── Handlers ──────────────────────────────────────────────────────────────────────────────────────────────────────

export const authRoutes = routeGroup()
  .openapi(login, async (c) => {
    const { email, password } = c.req.valid('json');
    const contactId = await checkPassword(c.var.deps, c.var.portal, email, password, clientIp(c));
    return c.json(await signIn(c, contactId, 'password'), 200);
  })

  .openapi(refresh, async (c) => {
    const { deps, portal } = c.var;
    const token = refreshTokenFromCookie(c);
    const notSignedIn = () => {
      clearRefreshCookie(c);
      return c.body(null, 204);
    };
    if (!token) return notSignedIn();
    const rotated = await rotateRefreshToken(deps.db, portal.id, token);
    if (!rotated.ok) {
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
      return notSignedIn();
    }
    const user = await loadPortalUser(deps.db, portal, rotated.contactId);
    if (!user || user.status !== 'active') {
      await revokeSession(deps.db, rotated.sessionId, 'contact_not_active');
      return notSignedIn();
    }
    return c.json(await answerSignIn(c, rotated, user), 200);
  })

  .openapi(logout, async (c) => {
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

  .openapi(requestMagicLink, async (c) => {
    await mailLinkIfKnown(c.var.deps, c.var.portal, 'magic', c.req.valid('json').email, clientIp(c));
    return c.body(null, 202);
  })

  .openapi(verifyMagicLink, async (c) => {
    const { deps, portal } = c.var;
    const contactId = await consumeOneTimeToken(deps.db, {
      tenantId: portal.tenantId,
      portalId: portal.id,
      purpose: 'magic',
      token: c.req.valid('json').token,
      contactStatuses: ['active'],
    });
    if (!contactId) throw linkNotValid();
    return c.json(await signIn(c, contactId, 'magic_link'), 200);
  })

  .openapi(requestPasswordReset, async (c) => {
    await mailLinkIfKnown(c.var.deps, c.var.portal, 'reset', c.req.valid('json').email, clientIp(c));
    return c.body(null, 202);
  })

  .openapi(confirmPasswordReset, async (c) => {
    const { token, password } = c.req.valid('json');
    await resetPassword(c.var.deps, c.var.portal, token, password, clientIp(c));
    return c.body(null, 204);
  })

  .openapi(acceptInvitation, async (c) => {
    const contactId = await acceptInvite(c.var.deps, c.var.portal, c.req.valid('json'), clientIp(c));
    return c.json(await signIn(c, contactId, 'invite'), 200);
  })

  .openapi(signInWithSso, async (c) => {
    const { deps, portal } = c.var;
    const secret = await findSsoSecret(deps.db, portal.id);
    if (!secret) throw new ApiError('feature_disabled', 'Single sign-on is not set up for this portal.', [{ path: 'auth', message: 'sso' }]);
    const claims = await verifyIdentityToken(deps.db, portal.id, secret, c.req.valid('json').identityToken);
    const contactId = await findOrCreateSsoContact(deps.db, portal, claims, clientIp(c));
    return c.json(await signIn(c, contactId, 'sso'), 200);
  });
