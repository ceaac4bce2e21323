// What proves a staff member is who they say: choosing a password (invite, reset, change) and two-step sign-in
// (setting TOTP up, confirming it with a first code, turning it off). Each change ends the person's other sessions.
import type { Kysely } from 'kysely';
import { recordAudit } from '../audit/audit.js';
import { requireAcceptablePassword } from '../auth/passwords.js';
import { clear, hitOrThrow, rateLimits } from '../auth/throttle.js';
import type { Database } from '../db/schema.js';
import type { Staff } from '../db/tables/staff.js';
import { nowIso } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import type { Deps, StaffCaller } from '../http/env.js';
import { activeStaffByEmail, findStaff } from './accounts.js';
import { mailStaffLink } from './mail.js';
import { acceptSecondFactor, acceptTotpCode, deleteRecoveryCodes, newTotpSecret, otpauthUri, replaceRecoveryCodes } from './second-factor.js';
import { revokeStaffSessions } from './sessions.js';
import { startSignedInSession, staffThrottleKeys, withHasher, wrongCode, type RequestOrigin } from './sign-in.js';
import { consumeStaffToken, issueStaffToken, pendingStaffToken, voidStaffTokens, type TokenHolder } from './tokens.js';

export const linkNotValid = () =>
  new ApiError('validation_failed', 'This link has expired or has already been used. Ask for a new one.', [
    { path: 'token', message: 'has expired or has already been used', reason: 'link_invalid' },
  ]);

async function newPasswordHash(deps: Deps, password: string, context: string[], path = 'password'): Promise<string> {
  await requireAcceptablePassword(password, context, path);
  return withHasher(() => deps.auth.passwords.hash(password));
}

const tenantName = async (db: Kysely<Database>, tenantId: string) =>
  (await db.selectFrom('tenants').select('name').where('id', '=', tenantId).executeTakeFirstOrThrow()).name;

/** The signed-in person's own row; their session was live a moment ago, so it exists. */
async function ownRow(db: Kysely<Database>, caller: StaffCaller): Promise<Staff> {
  const staff = await findStaff(db, caller.tenantId, caller.staffId);
  if (!staff) throw new ApiError('unauthorized', 'Please sign in again.');
  return staff;
}

const ownActor = (caller: StaffCaller) => ({ tenantId: caller.tenantId, actorType: 'staff' as const, actorId: caller.staffId, actorName: caller.name });

// ── Passwords ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Mails a reset link for every business the address is active staff of; nothing when it is none. */
export async function requestPasswordReset(deps: Deps, email: string, origin: RequestOrigin): Promise<void> {
  await hitOrThrow(deps.db, [
    { key: staffThrottleKeys.mailIp(origin.ip), limit: rateLimits.mailPerIp },
    { key: staffThrottleKeys.mailAddress(email), limit: rateLimits.mailPerAddress },
  ]);
  for (const staff of await activeStaffByEmail(deps.db, email)) {
    const { token, expiresAt } = await issueStaffToken(deps.db, { tenantId: staff.tenant_id, staffId: staff.id, purpose: 'reset' });
    mailStaffLink(deps, { tenantId: staff.tenant_id, business: staff.tenant_name, staff, purpose: 'reset', token, expiresAt });
    await recordAudit(deps.db, {
      tenantId: staff.tenant_id,
      actorType: 'anonymous',
      action: 'staff.password_reset_requested',
      subjectType: 'staff',
      subjectId: staff.id,
      ip: origin.ip,
    });
  }
}

export async function confirmPasswordReset(deps: Deps, input: { token: string; password: string }, origin: RequestOrigin): Promise<void> {
  const holder = await pendingStaffToken(deps.db, 'reset', input.token);
  if (!holder || holder.status !== 'active') throw linkNotValid();
  const hash = await newPasswordHash(deps, input.password, [holder.email, holder.name, holder.tenantName]);
  const done = await deps.db.transaction().execute(async (trx) => {
    const staffId = await consumeStaffToken(trx, 'reset', input.token, ['active']);
    if (!staffId) return false;
    await trx.updateTable('staff').set({ password_hash: hash, updated_at: nowIso() }).where('id', '=', staffId).execute();
    // Whoever knew the old password is out, on every device.
    await revokeStaffSessions(trx, staffId, 'password_reset');
    await voidStaffTokens(trx, staffId, ['reset', 'mfa']);
    await recordAudit(trx, {
      tenantId: holder.tenantId,
      actorType: 'staff',
      actorId: staffId,
      actorName: holder.name,
      action: 'staff.password_reset',
      subjectType: 'staff',
      subjectId: staffId,
      ip: origin.ip,
    });
    return true;
  });
  if (!done) throw linkNotValid();
  await clear(deps.db, staffThrottleKeys.loginAccount(holder.email));
}

/** Accepts an invite: the person chooses a password, becomes active and is signed in. */
export async function acceptInvite(deps: Deps, input: { token: string; password: string; name?: string | undefined }, origin: RequestOrigin) {
  const holder: TokenHolder | undefined = await pendingStaffToken(deps.db, 'invite', input.token);
  if (!holder || holder.status === 'active') throw linkNotValid();
  if (holder.status === 'disabled') throw new ApiError('forbidden', 'This account has been disabled. Ask an administrator of the business.');
  const hash = await newPasswordHash(deps, input.password, [holder.email, input.name ?? holder.name, holder.tenantName]);
  const staff = await deps.db.transaction().execute(async (trx) => {
    const staffId = await consumeStaffToken(trx, 'invite', input.token, ['invited']);
    if (!staffId) return undefined;
    const name = input.name ?? holder.name;
    await trx.updateTable('staff').set({ status: 'active', password_hash: hash, name, updated_at: nowIso() }).where('id', '=', staffId).execute();
    await voidStaffTokens(trx, staffId, ['invite']);
    await recordAudit(trx, {
      tenantId: holder.tenantId,
      actorType: 'staff',
      actorId: staffId,
      actorName: name,
      action: 'staff.activated',
      subjectType: 'staff',
      subjectId: staffId,
      ip: origin.ip,
    });
    return findStaff(trx, holder.tenantId, staffId);
  });
  if (!staff) throw linkNotValid();
  return { staff, session: await startSignedInSession(deps.db, staff, 'invite', origin) };
}

export async function changePassword(deps: Deps, caller: StaffCaller, input: { currentPassword: string; newPassword: string }, origin: RequestOrigin): Promise<void> {
  const staff = await ownRow(deps.db, caller);
  const hash = await newPasswordHash(deps, input.newPassword, [staff.email, staff.name, await tenantName(deps.db, caller.tenantId)], 'newPassword');
  // A stolen session must not turn into unlimited guesses at the password: the same limit as sign-in.
  const accountKey = staffThrottleKeys.loginAccount(staff.email);
  await hitOrThrow(deps.db, [{ key: accountKey, limit: rateLimits.loginPerAccount }]);
  if (!(await withHasher(() => deps.auth.passwords.verify(input.currentPassword, staff.password_hash)))) {
    throw new ApiError('validation_failed', 'The current password is not correct.', [{ path: 'currentPassword', message: 'is not correct', reason: 'wrong_password' }]);
  }
  await clear(deps.db, accountKey);
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('staff').set({ password_hash: hash, updated_at: nowIso() }).where('id', '=', staff.id).execute();
    // Every other device signed in with the old password is signed out; this one stays.
    await revokeStaffSessions(trx, staff.id, 'password_changed', caller.sessionId);
    await voidStaffTokens(trx, staff.id, ['reset', 'mfa']);
    await recordAudit(trx, { ...ownActor(caller), action: 'staff.password_changed', subjectType: 'staff', subjectId: staff.id, ip: origin.ip });
  });
}

// ── Two-step sign-in ────────────────────────────────────────────────────────────────────────────────────────────

const totpAlreadyOn = () =>
  new ApiError('conflict', 'Two-step sign-in is already on. Turn it off first to set up another device.', [{ message: 'already on', reason: 'totp_enabled' }]);

/** A new secret, not yet in force: it counts once a first code from it is confirmed. */
export async function setUpTotp(db: Kysely<Database>, caller: StaffCaller): Promise<{ secret: string; otpauthUri: string }> {
  const staff = await ownRow(db, caller);
  if (staff.totp_confirmed_at !== null) throw totpAlreadyOn();
  const secret = newTotpSecret();
  await db
    .updateTable('staff')
    .set({ totp_secret: secret, totp_last_counter: null, updated_at: nowIso() })
    .where('id', '=', staff.id)
    .where('totp_confirmed_at', 'is', null)
    .execute();
  return { secret, otpauthUri: otpauthUri(secret, await tenantName(db, caller.tenantId), staff.email) };
}

/** Puts TOTP in force with a first right code; answers the ten recovery codes, shown this once. */
export async function confirmTotp(db: Kysely<Database>, caller: StaffCaller, code: string, origin: RequestOrigin): Promise<string[]> {
  const staff = await ownRow(db, caller);
  if (staff.totp_confirmed_at !== null) throw totpAlreadyOn();
  const secret = staff.totp_secret;
  if (!secret) throw new ApiError('conflict', 'Start with POST totp/setup: there is no secret to confirm yet.', [{ message: 'not set up', reason: 'totp_not_set_up' }]);
  return db.transaction().execute(async (trx) => {
    if (!(await acceptTotpCode(trx, staff.id, secret, code))) throw wrongCode();
    await trx.updateTable('staff').set({ totp_confirmed_at: nowIso(), updated_at: nowIso() }).where('id', '=', staff.id).execute();
    const codes = await replaceRecoveryCodes(trx, staff.id);
    await revokeStaffSessions(trx, staff.id, 'totp_changed', caller.sessionId);
    await voidStaffTokens(trx, staff.id, ['mfa']);
    await recordAudit(trx, { ...ownActor(caller), action: 'staff.totp_enabled', subjectType: 'staff', subjectId: staff.id, ip: origin.ip });
    return codes;
  });
}

/** Turns TOTP off with a code from the app or a recovery code; throttled like a password, since a session may be stolen. */
export async function disableTotp(db: Kysely<Database>, caller: StaffCaller, code: string, origin: RequestOrigin): Promise<void> {
  const staff = await ownRow(db, caller);
  if (staff.totp_confirmed_at === null) throw new ApiError('conflict', 'Two-step sign-in is not on.', [{ message: 'not on', reason: 'totp_not_enabled' }]);
  const accountKey = staffThrottleKeys.loginAccount(staff.email);
  await hitOrThrow(db, [{ key: accountKey, limit: rateLimits.loginPerAccount }]);
  await db.transaction().execute(async (trx) => {
    if (!(await acceptSecondFactor(trx, staff, code))) throw wrongCode();
    await trx
      .updateTable('staff')
      .set({ totp_secret: null, totp_confirmed_at: null, totp_last_counter: null, updated_at: nowIso() })
      .where('id', '=', staff.id)
      .execute();
    await deleteRecoveryCodes(trx, staff.id);
    await revokeStaffSessions(trx, staff.id, 'totp_changed', caller.sessionId);
    await voidStaffTokens(trx, staff.id, ['mfa']);
    await recordAudit(trx, { ...ownActor(caller), action: 'staff.totp_disabled', subjectType: 'staff', subjectId: staff.id, ip: origin.ip });
  });
  await clear(db, accountKey);
}
