// Staff sign-in for the business console: /api/v1/console/auth/… (password, two-step code, invite, reset, TOTP set-up,
// password change, logout). A session lives in the kp_staff cookie; every write with it must come from the console.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { RouteConfig } from '@hono/zod-openapi';
import { recordAudit } from '../audit/audit.js';
import { emailSchema } from '../customers/fields.js';
import { clientIp } from '../http/client-ip.js';
import { ApiError } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { defineRoute, empty, failure, json, jsonBody, routeGroup, z } from '../http/openapi.js';
import { staffNameSchema, updateProfile } from '../staff/accounts.js';
import { acceptInvite, changePassword, confirmPasswordReset, confirmTotp, disableTotp, requestPasswordReset, setUpTotp } from '../staff/credentials.js';
import { liveStaffSession, revokeStaffSession, type StartedStaffSession } from '../staff/sessions.js';
import {
  clearStaffCookie,
  consoleHeader,
  requireConsoleRequest,
  requireOwnOrigin,
  setStaffCookie,
  staffFromCookie,
  staffTokenFromCookie,
  totpSetupRequired,
} from '../staff/session-cookie.js';
import {
  mfaRequiredSchema,
  signedInAnswer,
  signedInSchema,
  signInWithPassword,
  signInWithSecondFactor,
  tenantChoiceSchema,
  type RequestOrigin,
} from '../staff/sign-in.js';

const tags = ['Staff sign-in'];

// ── Who may call ────────────────────────────────────────────────────────────────────────────────────────────────

/** Routes of a signed-in staff member: the session cookie (the back office's API keys do not sign in here). */
const staffSecurity = [{ staffSession: [] }];

/**
 * A live session from the cookie, set as c.var.staff. While the business requires two-step sign-in and this person
 * has not set it up, only the routes that set it up (and me, and logout) let them through.
 */
const staffSession = (options: { duringTotpSetup: boolean }) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const staff = await staffFromCookie(c);
    if (!staff) {
      if (staffTokenFromCookie(c)) clearStaffCookie(c);
      throw new ApiError('unauthorized', 'Please sign in again.');
    }
    if (staff.totpSetupRequired && !options.duringTotpSetup) throw totpSetupRequired();
    c.set('staff', staff);
    await next();
  });

const ownOrigin = createMiddleware<AppEnv>(async (c, next) => {
  requireOwnOrigin(c);
  await next();
});

/** Documents the console's header on the writes of a signed-in staff member; the session middleware enforces it. */
const consoleHeaders = z.object({
  'x-requested-with': z.literal(consoleHeader.value).openapi({ description: 'Proves the console made the request: required on every write with the session cookie.' }),
});

function staffRoute<const R extends RouteConfig>(config: R, options: { duringTotpSetup: boolean } = { duringTotpSetup: false }) {
  return defineRoute('admin', {
    ...config,
    security: staffSecurity,
    middleware: [staffSession(options)],
    responses: { 403: failure('Not sent by the console (header or Origin), or two-step sign-in must be set up first', 'forbidden'), ...config.responses },
  });
}

function publicRoute<const R extends RouteConfig>(config: R) {
  return defineRoute('public', { ...config, middleware: [ownOrigin], responses: { 403: failure('Sent from another site than this server', 'forbidden'), ...config.responses } });
}

const origin = (c: Context<AppEnv>): RequestOrigin => ({ ip: clientIp(c), userAgent: c.req.header('User-Agent') ?? null });

// ── Bodies ──────────────────────────────────────────────────────────────────────────────────────────────────────

const linkTokenSchema = z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/, { message: 'is not a link token' });
// Long enough for any password a person types; anything over 128 can never match, since no such password is set.
const presentedPasswordSchema = z.string().min(1).max(1024);
const codeSchema = z.string().trim().min(1).max(64).openapi({ description: 'The 6-digit code from the authenticator app, or one of the recovery codes.' });

const loginBody = z.strictObject({
  email: emailSchema,
  password: presentedPasswordSchema,
  tenantId: z.string().min(1).max(100).optional().openapi({ description: 'The business to sign in to, when the email is staff of several.' }),
});
const mfaBody = z.strictObject({ challenge: linkTokenSchema, code: codeSchema });
const emailBody = z.strictObject({ email: emailSchema });
const resetConfirmBody = z.strictObject({ token: linkTokenSchema, password: presentedPasswordSchema });
const inviteAcceptBody = z.strictObject({ token: linkTokenSchema, password: presentedPasswordSchema, name: staffNameSchema.optional() });
const codeBody = z.strictObject({ code: codeSchema });
const profileChanges = z
  .strictObject({ name: staffNameSchema.optional(), locale: z.enum(['nl', 'en']).nullable().optional().openapi({ description: 'null: Dutch.' }) })
  .refine((changes) => changes.name !== undefined || changes.locale !== undefined, { message: 'name or locale is required' });
const passwordChangeBody = z.strictObject({ currentPassword: presentedPasswordSchema, newPassword: presentedPasswordSchema });

const totpSetupSchema = z
  .object({
    secret: z.string().openapi({ description: 'Base32, for typing into an authenticator app by hand.' }),
    otpauthUri: z.string().openapi({ description: 'otpauth://totp/… for a QR code.' }),
  })
  .openapi('StaffTotpSetup');
const recoveryCodesSchema = z
  .object({ recoveryCodes: z.array(z.string()).openapi({ description: 'Ten codes, each usable once instead of a TOTP code. Shown only now.' }) })
  .openapi('StaffRecoveryCodes');

// ── Routes ──────────────────────────────────────────────────────────────────────────────────────────────────────

const throttled = failure('Too many attempts: wait for Retry-After seconds', 'rate_limited');
const busy = failure('Too many passwords are being checked at this moment: try again after Retry-After seconds', 'rate_limited');
const signedInAnswerDoc = json(signedInSchema, 'Signed in: the kp_staff session cookie is set (HttpOnly; Secure; SameSite=Strict; Path=/api)');

const login = publicRoute({
  method: 'post',
  path: '/login',
  tags,
  summary: 'Sign in with email and password',
  description:
    'Answers one of three: signed in (with the session cookie); mfaRequired with a challenge for POST mfa; or, when the email and password fit ' +
    'staff of several businesses, tenantChoiceRequired with those businesses: sign in again with the chosen tenantId.',
  request: { body: jsonBody(loginBody) },
  responses: {
    200: json(z.union([signedInSchema, mfaRequiredSchema, tenantChoiceSchema]), 'Signed in, a code is needed next, or a business must be chosen'),
    401: failure('The email address or password is not correct (the same answer for an unknown email)', 'unauthorized'),
    429: throttled,
  },
});

const mfa = publicRoute({
  method: 'post',
  path: '/mfa',
  tags,
  summary: 'The second step: a TOTP code or a recovery code',
  request: { body: jsonBody(mfaBody) },
  responses: {
    200: signedInAnswerDoc,
    400: failure('The body is not valid, or the code is wrong or used already (details reason wrong_code)', 'validation_failed'),
    401: failure('The challenge has expired or was used: sign in again', 'unauthorized'),
    429: throttled,
  },
});

const logout = publicRoute({
  method: 'post',
  path: '/logout',
  tags,
  summary: 'Sign out: the session ends at once',
  description: 'Without a live session it answers 204 all the same.',
  request: { headers: z.object({ 'x-requested-with': consoleHeaders.shape['x-requested-with'].optional().openapi({ description: 'Required when the session cookie is sent.' }) }) },
  responses: { 204: empty('Signed out; the cookie is cleared') },
});

const me = staffRoute(
  {
    method: 'get',
    path: '/me',
    tags,
    summary: 'The signed-in staff member and their business',
    responses: { 200: json(signedInSchema, 'Who is signed in') },
  },
  { duringTotpSetup: true },
);

const patchMe = staffRoute({
  method: 'patch',
  path: '/me',
  tags,
  summary: 'Change one’s own name or language',
  request: { headers: consoleHeaders, body: jsonBody(profileChanges) },
  responses: { 200: json(signedInSchema, 'Who is signed in, as they are now') },
});

const passwordReset = publicRoute({
  method: 'post',
  path: '/password-reset',
  tags,
  summary: 'Mail a password-reset link (to <KP_PUBLIC_URL>/console#kp-staff-reset=…)',
  request: { body: jsonBody(emailBody) },
  responses: { 202: empty('Accepted, whether or not the address is staff anywhere'), 429: throttled },
});

const passwordResetConfirm = publicRoute({
  method: 'post',
  path: '/password-reset/confirm',
  tags,
  summary: 'Choose a new password with the token from the reset link',
  description: 'Every session of the staff member ends.',
  request: { body: jsonBody(resetConfirmBody) },
  responses: {
    204: empty('The password is changed; sign in with it'),
    400: failure('The body is not valid, the link has expired or was used (reason link_invalid), or the password is refused', 'validation_failed'),
    429: busy,
  },
});

const inviteAccept = publicRoute({
  method: 'post',
  path: '/invite/accept',
  tags,
  summary: 'Accept an invite (from <KP_PUBLIC_URL>/console#kp-staff-invite=…): choose a password, and be signed in',
  request: { body: jsonBody(inviteAcceptBody) },
  responses: {
    200: signedInAnswerDoc,
    400: failure('The body is not valid, the link has expired or was used (reason link_invalid), or the password is refused', 'validation_failed'),
    403: failure('Sent from another site, or the account has been disabled', 'forbidden'),
    429: busy,
  },
});

const totpSetup = staffRoute(
  {
    method: 'post',
    path: '/totp/setup',
    tags,
    summary: 'Start two-step sign-in: a new secret, in force once confirmed',
    request: { headers: consoleHeaders },
    responses: { 200: json(totpSetupSchema, 'The secret and its otpauth:// URI'), 409: failure('Two-step sign-in is already on: turn it off first', 'conflict') },
  },
  { duringTotpSetup: true },
);

const totpConfirm = staffRoute(
  {
    method: 'post',
    path: '/totp/confirm',
    tags,
    summary: 'Confirm two-step sign-in with a first code; answers the recovery codes once',
    description: 'Every other session of the staff member ends.',
    request: { headers: consoleHeaders, body: jsonBody(codeBody) },
    responses: {
      200: json(recoveryCodesSchema, 'Two-step sign-in is on'),
      400: failure('The body is not valid, or the code is wrong (reason wrong_code)', 'validation_failed'),
      409: failure('Already on, or not set up yet (POST totp/setup first)', 'conflict'),
    },
  },
  { duringTotpSetup: true },
);

const totpDisable = staffRoute({
  method: 'post',
  path: '/totp/disable',
  tags,
  summary: 'Turn two-step sign-in off with a code or a recovery code',
  description: 'Every other session of the staff member ends.',
  request: { headers: consoleHeaders, body: jsonBody(codeBody) },
  responses: {
    204: empty('Two-step sign-in is off'),
    400: failure('The body is not valid, or the code is wrong (reason wrong_code)', 'validation_failed'),
    409: failure('Two-step sign-in is not on', 'conflict'),
    429: throttled,
  },
});

const mePassword = staffRoute({
  method: 'post',
  path: '/me/password',
  tags,
  summary: 'Change the password',
  description: 'Every other session of the staff member ends; this one stays.',
  request: { headers: consoleHeaders, body: jsonBody(passwordChangeBody) },
  responses: {
    204: empty('The password is changed'),
    400: failure('The body is not valid, the current password is wrong (reason wrong_password), or the new one is refused', 'validation_failed'),
    429: throttled,
  },
});

/** Sets the cookie of a new session and answers who is signed in. */
async function answerSignedIn(c: Context<AppEnv>, staff: { id: string; tenant_id: string }, session: StartedStaffSession) {
  setStaffCookie(c, session.token);
  return signedInAnswer(c.var.deps.db, staff.tenant_id, staff.id);
}

export const consoleAuthRoutes = routeGroup()
  .openapi(login, async (c) => {
    const outcome = await signInWithPassword(c.var.deps, c.req.valid('json'), origin(c));
    if (outcome.kind === 'choose_tenant') return c.json({ tenantChoiceRequired: true as const, tenants: outcome.tenants }, 200);
    if (outcome.kind === 'mfa_required') return c.json({ mfaRequired: true as const, challenge: outcome.challenge }, 200);
    return c.json(await answerSignedIn(c, outcome.staff, outcome.session), 200);
  })
  .openapi(mfa, async (c) => {
    const { staff, session } = await signInWithSecondFactor(c.var.deps, c.req.valid('json'), origin(c));
    return c.json(await answerSignedIn(c, staff, session), 200);
  })
  .openapi(logout, async (c) => {
    const token = staffTokenFromCookie(c);
    if (token) {
      requireConsoleRequest(c);
      const session = await liveStaffSession(c.var.deps.db, token);
      if (session) {
        await revokeStaffSession(c.var.deps.db, session.sessionId, 'logout');
        await recordAudit(c.var.deps.db, {
          tenantId: session.tenantId,
          actorType: 'staff',
          actorId: session.staffId,
          actorName: session.name,
          action: 'staff.logout',
          subjectType: 'staff_session',
          subjectId: session.sessionId,
          ip: clientIp(c),
        });
      }
    }
    clearStaffCookie(c);
    return c.body(null, 204);
  })
  .openapi(me, async (c) => c.json(await signedInAnswer(c.var.deps.db, c.var.staff.tenantId, c.var.staff.staffId), 200))
  .openapi(patchMe, async (c) => {
    const { staff } = c.var;
    await updateProfile(c.var.deps.db, staff.tenantId, staff.staffId, c.req.valid('json'), { actorType: 'staff', actorId: staff.staffId, actorName: staff.name, ip: clientIp(c) });
    return c.json(await signedInAnswer(c.var.deps.db, staff.tenantId, staff.staffId), 200);
  })
  .openapi(passwordReset, async (c) => {
    await requestPasswordReset(c.var.deps, c.req.valid('json').email, origin(c));
    return c.body(null, 202);
  })
  .openapi(passwordResetConfirm, async (c) => {
    await confirmPasswordReset(c.var.deps, c.req.valid('json'), origin(c));
    return c.body(null, 204);
  })
  .openapi(inviteAccept, async (c) => {
    const { staff, session } = await acceptInvite(c.var.deps, c.req.valid('json'), origin(c));
    return c.json(await answerSignedIn(c, staff, session), 200);
  })
  .openapi(totpSetup, async (c) => c.json(await setUpTotp(c.var.deps.db, c.var.staff), 200))
  .openapi(totpConfirm, async (c) => c.json({ recoveryCodes: await confirmTotp(c.var.deps.db, c.var.staff, c.req.valid('json').code, origin(c)) }, 200))
  .openapi(totpDisable, async (c) => {
    await disableTotp(c.var.deps.db, c.var.staff, c.req.valid('json').code, origin(c));
    return c.body(null, 204);
  })
  .openapi(mePassword, async (c) => {
    await changePassword(c.var.deps, c.var.staff, c.req.valid('json'), origin(c));
    return c.body(null, 204);
  });
