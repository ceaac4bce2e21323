// Staff sign-in: the password (choosing a business when the email is staff of several), then the two-step code when
// TOTP is on, then a session. Throttled per account and per address before any hash is computed, like customers'.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import { PasswordHasherBusyError } from '../auth/passwords.js';
import { clear, hitOrThrow, rateLimited, rateLimits, refund, type Hit } from '../auth/throttle.js';
import type { Database } from '../db/schema.js';
import type { Staff } from '../db/tables/staff.js';
import { nowIso, sha256Hex } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import type { Deps } from '../http/env.js';
import { activeStaffByEmail, findStaff, staffSchema, toStaffOutput } from './accounts.js';
import { acceptSecondFactor } from './second-factor.js';
import { startStaffSession, type StartedStaffSession } from './sessions.js';
import { consumeStaffToken, issueStaffToken, pendingStaffToken } from './tokens.js';

/** Keys never hold an email address in the clear. An account is the person: one email, whichever business. */
export const staffThrottleKeys = {
  loginAccount: (email: string) => `staff-login:account:${sha256Hex(email)}`,
  loginIp: (ip: string) => `staff-login:ip:${ip}`,
  mailAddress: (email: string) => `staff-mail:reset:${sha256Hex(email)}`,
  mailIp: (ip: string) => `staff-mail:ip:${ip}`,
};

export interface RequestOrigin {
  ip: string;
  userAgent: string | null;
}

// ── Answers ─────────────────────────────────────────────────────────────────────────────────────────────────────

export const staffTenantSchema = z
  .object({ id: z.string(), name: z.string(), requireTotp: z.boolean().openapi({ description: 'Every staff member must use two-step sign-in.' }) })
  .openapi('StaffTenant');

export const signedInSchema = z
  .object({
    staff: staffSchema,
    tenant: staffTenantSchema,
    totpSetupRequired: z.boolean().openapi({
      description: 'The business requires two-step sign-in and it is not set up: until it is, this session reaches only me, totp/setup, totp/confirm and logout.',
    }),
  })
  .openapi('StaffSignedIn');
export type SignedIn = z.output<typeof signedInSchema>;

export const mfaRequiredSchema = z
  .object({
    mfaRequired: z.literal(true),
    challenge: z.string().openapi({ description: 'Send it to POST /api/v1/console/auth/mfa with a code, within 5 minutes.' }),
  })
  .openapi('StaffMfaRequired');

export const tenantChoiceSchema = z
  .object({
    tenantChoiceRequired: z.literal(true),
    tenants: z.array(z.object({ id: z.string(), name: z.string() })).openapi({ description: 'The businesses this email and password sign in to, by name.' }),
  })
  .openapi('StaffTenantChoice', {
    description: 'The email is staff of several businesses: sign in again with the same email and password and the chosen tenantId.',
  });

/** What a sign-in and GET me answer: the person, their business, and whether they must set up two-step sign-in. */
export async function signedInAnswer(db: Kysely<Database>, tenantId: string, staffId: string): Promise<SignedIn> {
  const staff = await findStaff(db, tenantId, staffId);
  const tenant = await db.selectFrom('tenants').select(['id', 'name', 'require_totp']).where('id', '=', tenantId).executeTakeFirst();
  if (!staff || !tenant) throw new ApiError('unauthorized', 'Please sign in again.');
  const requireTotp = Number(tenant.require_totp) === 1;
  return {
    staff: toStaffOutput(staff),
    tenant: { id: tenant.id, name: tenant.name, requireTotp },
    totpSetupRequired: requireTotp && staff.totp_confirmed_at === null,
  };
}

// ── Failing ─────────────────────────────────────────────────────────────────────────────────────────────────────

// The same words whether the email is unknown or the password wrong: the answer must not tell which.
export const wrongCredentials = () => new ApiError('unauthorized', 'The email address or password is not correct.');
export const challengeEnded = () => new ApiError('unauthorized', 'This sign-in has expired. Please sign in again.');
export const wrongCode = () =>
  new ApiError('validation_failed', 'The code is not correct, or it has been used already.', [{ path: 'code', message: 'is not correct', reason: 'wrong_code' }]);

/** Hashing refused because too many wait already: a flood; the client may try again shortly. */
export async function withHasher<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PasswordHasherBusyError) throw rateLimited(5);
    throw error;
  }
}

async function countAttempt(db: Kysely<Database>, email: string, origin: RequestOrigin): Promise<{ ip: Hit; account: Hit }> {
  const [ip, account] = await hitOrThrow(db, [
    { key: staffThrottleKeys.loginIp(origin.ip), limit: rateLimits.loginPerIp },
    { key: staffThrottleKeys.loginAccount(email), limit: rateLimits.loginPerAccount },
  ]);
  return { ip: ip!, account: account! };
}

// ── Signing in ──────────────────────────────────────────────────────────────────────────────────────────────────

export type PasswordOutcome =
  | { kind: 'signed_in'; staff: Staff; session: StartedStaffSession }
  | { kind: 'mfa_required'; challenge: string }
  | { kind: 'choose_tenant'; tenants: { id: string; name: string }[] };

/** The first step: 401 for any wrong email, password or business, the same way and in about the same time. */
export async function signInWithPassword(
  deps: Deps,
  input: { email: string; password: string; tenantId?: string | undefined },
  origin: RequestOrigin,
): Promise<PasswordOutcome> {
  const { db, auth } = deps;
  // Counted before the hash, so a flood of parallel guesses cannot all slip in before the first failure is counted.
  const hits = await countAttempt(db, input.email, origin);
  const candidates = await activeStaffByEmail(db, input.email, input.tenantId);
  const matching: typeof candidates = [];
  if (candidates.length === 0) await withHasher(() => auth.passwords.verify(input.password, null));
  for (const candidate of candidates) {
    if (await withHasher(() => auth.passwords.verify(input.password, candidate.password_hash))) matching.push(candidate);
  }
  if (matching.length === 0) {
    for (const candidate of candidates) await recordFailedSignIn(db, { tenantId: candidate.tenant_id, staffId: candidate.id }, 'wrong_password', origin);
    throw wrongCredentials();
  }
  await refund(db, hits.ip);
  if (matching.length > 1) {
    await refund(db, hits.account);
    return { kind: 'choose_tenant', tenants: matching.map((staff) => ({ id: staff.tenant_id, name: staff.tenant_name })) };
  }
  const staff = matching[0]!;
  if (staff.password_hash && auth.passwords.needsRehash(staff.password_hash)) {
    const upgraded = await withHasher(() => auth.passwords.hash(input.password));
    await db.updateTable('staff').set({ password_hash: upgraded }).where('id', '=', staff.id).where('password_hash', '=', staff.password_hash).execute();
  }
  if (staff.totp_confirmed_at !== null) {
    // Earlier failures stay counted until the code is right too: a known password must not reset the code guesses.
    await refund(db, hits.account);
    const { token } = await issueStaffToken(db, { tenantId: staff.tenant_id, staffId: staff.id, purpose: 'mfa' });
    return { kind: 'mfa_required', challenge: token };
  }
  await clear(db, hits.account.key);
  return { kind: 'signed_in', staff, session: await startSignedInSession(db, staff, 'password', origin) };
}

/** The second step: a TOTP code or a recovery code for the challenge the password step gave. */
export async function signInWithSecondFactor(
  deps: Deps,
  input: { challenge: string; code: string },
  origin: RequestOrigin,
): Promise<{ staff: Staff; session: StartedStaffSession }> {
  const { db } = deps;
  const holder = await pendingStaffToken(db, 'mfa', input.challenge);
  if (!holder || holder.status !== 'active') throw challengeEnded();
  const hits = await countAttempt(db, holder.email, origin);
  const staff = await findStaff(db, holder.tenantId, holder.staffId);
  const method = staff ? await acceptSecondFactor(db, staff, input.code) : undefined;
  if (!staff || !method) {
    await recordFailedSignIn(db, holder, 'wrong_code', origin);
    throw wrongCode();
  }
  if (!(await consumeStaffToken(db, 'mfa', input.challenge, ['active']))) throw challengeEnded();
  await clear(db, hits.account.key);
  await refund(db, hits.ip);
  return { staff, session: await startSignedInSession(db, staff, method, origin) };
}

function recordFailedSignIn(db: Kysely<Database>, staff: { tenantId: string; staffId: string }, reason: 'wrong_password' | 'wrong_code', origin: RequestOrigin) {
  return recordAudit(db, {
    tenantId: staff.tenantId,
    actorType: 'anonymous',
    action: 'staff.login_failed',
    subjectType: 'staff',
    subjectId: staff.staffId,
    ip: origin.ip,
    details: { reason },
  });
}

/** A new session for someone whose identity was just proven, with the sign-in in the audit trail. */
export async function startSignedInSession(db: Kysely<Database>, staff: Staff, method: string, origin: RequestOrigin): Promise<StartedStaffSession> {
  const now = new Date();
  return db.transaction().execute(async (trx) => {
    const session = await startStaffSession(trx, { tenantId: staff.tenant_id, staffId: staff.id, ip: origin.ip, userAgent: origin.userAgent }, now);
    await trx.updateTable('staff').set({ last_login_at: nowIso(now) }).where('id', '=', staff.id).execute();
    await recordAudit(
      trx,
      {
        tenantId: staff.tenant_id,
        actorType: 'staff',
        actorId: staff.id,
        actorName: staff.name,
        action: 'staff.login',
        subjectType: 'staff',
        subjectId: staff.id,
        ip: origin.ip,
        details: { method },
      },
      now,
    );
    return session;
  });
}
