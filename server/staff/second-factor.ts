// Two-step sign-in: TOTP (RFC 6238, 30-second steps, one step either side for clock drift) and ten recovery codes.
// A TOTP code is accepted once: its time step is stored, and a code of that step or an earlier one is refused after.
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import * as OTPAuth from 'otpauth';
import type { Database } from '../db/schema.js';
import { newId, nowIso, sha256Hex } from '../db/ids.js';

const window = 1;

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totp(secret: string, issuer = 'Klantportaal', label = 'console'): OTPAuth.TOTP {
  return new OTPAuth.TOTP({ issuer, label, secret: OTPAuth.Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
}

/** The otpauth:// URI an authenticator app reads from a QR code: the business as issuer, the email as account. */
export function otpauthUri(secret: string, business: string, email: string): string {
  return totp(secret, business, email).toString();
}

export const totpCodePattern = /^\d{6}$/;

/** Spaces and dashes people type or paste between the digits or groups do not count. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/** The time step of a right code, or undefined for a wrong one. */
export function totpStepOf(secret: string, code: string, now = new Date()): number | undefined {
  const token = normaliseCode(code);
  if (!totpCodePattern.test(token)) return undefined;
  const generator = totp(secret);
  const delta = generator.validate({ token, timestamp: now.getTime(), window });
  return delta === null ? undefined : generator.counter({ timestamp: now.getTime() }) + delta;
}

/** Accepts a TOTP code against the staff member's secret once: true when right and not used before. */
export async function acceptTotpCode(db: Kysely<Database>, staffId: string, secret: string, code: string, now = new Date()): Promise<boolean> {
  const step = totpStepOf(secret, code, now);
  if (step === undefined) return false;
  const result = await db
    .updateTable('staff')
    .set({ totp_last_counter: step })
    .where('id', '=', staffId)
    .where('totp_secret', '=', secret)
    .where((eb) => eb.or([eb('totp_last_counter', 'is', null), eb('totp_last_counter', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ── Recovery codes ──────────────────────────────────────────────────────────────────────────────────────────────

export const recoveryCodeCount = 10;
// No 0/o, 1/l/i: read off paper and typed back in. 31 letters, ten of them: about 50 bits a code.
const recoveryAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

function newRecoveryCode(): string {
  let code = '';
  for (let index = 0; index < 10; index += 1) code += recoveryAlphabet[randomInt(recoveryAlphabet.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

const recoveryCodeHash = (code: string) => sha256Hex(normaliseCode(code));

/** Ten new codes, replacing any earlier ones; answers them in the clear, once. */
export async function replaceRecoveryCodes(db: Kysely<Database>, staffId: string, now = new Date()): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  await db.deleteFrom('staff_recovery_codes').where('staff_id', '=', staffId).execute();
  await db
    .insertInto('staff_recovery_codes')
    .values(codes.map((code) => ({ id: newId('src'), staff_id: staffId, code_hash: recoveryCodeHash(code), created_at: nowIso(now), used_at: null })))
    .execute();
  return codes;
}

export async function deleteRecoveryCodes(db: Kysely<Database>, staffId: string): Promise<void> {
  await db.deleteFrom('staff_recovery_codes').where('staff_id', '=', staffId).execute();
}

/** Uses up one recovery code: true when it was one of theirs and unused. */
export async function useRecoveryCode(db: Kysely<Database>, staffId: string, code: string, now = new Date()): Promise<boolean> {
  const result = await db
    .updateTable('staff_recovery_codes')
    .set({ used_at: nowIso(now) })
    .where('staff_id', '=', staffId)
    .where('code_hash', '=', recoveryCodeHash(code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A second factor for someone with confirmed TOTP: a code from their app, or one of their recovery codes. */
export async function acceptSecondFactor(
  db: Kysely<Database>,
  staff: { id: string; totp_secret: string | null },
  code: string,
  now = new Date(),
): Promise<'totp' | 'recovery_code' | undefined> {
  if (!staff.totp_secret) return undefined;
  if (totpCodePattern.test(normaliseCode(code))) return (await acceptTotpCode(db, staff.id, staff.totp_secret, code, now)) ? 'totp' : undefined;
  return (await useRecoveryCode(db, staff.id, code, now)) ? 'recovery_code' : undefined;
}
