// Staff one-time tokens: the invite and reset links mailed to staff, and the challenge between a right password and a
// right two-step code. Random, stored as sha256 only, used up by one atomic update so two uses can never both succeed.
// The customers' tokens (server/auth/one-time-tokens.ts) are bound to a portal and a contact; these to a staff member.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { StaffStatus, StaffTokenPurpose } from '../db/tables/staff.js';
import { newId, newSecret, nowIso, sha256Hex } from '../db/ids.js';

const minute = 60_000;

export const staffTokenLifetimeMs: Record<StaffTokenPurpose, number> = {
  invite: 7 * 24 * 60 * minute,
  reset: 30 * minute,
  mfa: 5 * minute,
};

/** The fragment key the console looks for at /console; the fragment never reaches a server or its logs. */
export const staffLinkFragmentKey = { invite: 'kp-staff-invite', reset: 'kp-staff-reset' } as const;

export type StaffLinkPurpose = keyof typeof staffLinkFragmentKey;

export interface IssuedStaffToken {
  /** 256 random bits, base64url; shown once. */
  token: string;
  expiresAt: string;
}

export async function issueStaffToken(
  db: Kysely<Database>,
  input: { tenantId: string; staffId: string; purpose: StaffTokenPurpose },
  now = new Date(),
): Promise<IssuedStaffToken> {
  const token = newSecret(32);
  const expiresAt = nowIso(new Date(now.getTime() + staffTokenLifetimeMs[input.purpose]));
  await db
    .insertInto('staff_one_time_tokens')
    .values({
      id: newId('sot'),
      tenant_id: input.tenantId,
      staff_id: input.staffId,
      purpose: input.purpose,
      token_hash: sha256Hex(token),
      created_at: nowIso(now),
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { token, expiresAt };
}

export interface TokenHolder {
  staffId: string;
  tenantId: string;
  tenantName: string;
  email: string;
  name: string;
  status: StaffStatus;
  locale: 'nl' | 'en' | null;
}

/** The staff member a still-usable token is for, without using it up. */
export function pendingStaffToken(db: Kysely<Database>, purpose: StaffTokenPurpose, token: string, now = new Date()): Promise<TokenHolder | undefined> {
  return db
    .selectFrom('staff_one_time_tokens')
    .innerJoin('staff', 'staff.id', 'staff_one_time_tokens.staff_id')
    .innerJoin('tenants', 'tenants.id', 'staff.tenant_id')
    .select([
      'staff.id as staffId',
      'staff.tenant_id as tenantId',
      'tenants.name as tenantName',
      'staff.email',
      'staff.name',
      'staff.status',
      'staff.locale',
    ])
    .where('staff_one_time_tokens.token_hash', '=', sha256Hex(token))
    .where('staff_one_time_tokens.purpose', '=', purpose)
    .where('staff_one_time_tokens.used_at', 'is', null)
    .where('staff_one_time_tokens.expires_at', '>', nowIso(now))
    .executeTakeFirst();
}

/**
 * Uses the token up and answers its staff member's id, or undefined when it is unknown, used, expired, for another
 * purpose, or its staff member's status is not one of `statuses`.
 */
export async function consumeStaffToken(
  db: Kysely<Database>,
  purpose: StaffTokenPurpose,
  token: string,
  statuses: readonly StaffStatus[],
  now = new Date(),
): Promise<string | undefined> {
  const nowText = nowIso(now);
  const row = await db
    .updateTable('staff_one_time_tokens')
    .set({ used_at: nowText })
    .where('token_hash', '=', sha256Hex(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowText)
    .where('staff_id', 'in', (eb) => eb.selectFrom('staff').select('staff.id').where('staff.status', 'in', [...statuses]))
    .returning('staff_id')
    .executeTakeFirst();
  return row?.staff_id;
}

/** Voids every unused token of a staff member (after a reset, or when they are disabled). */
export async function voidStaffTokens(
  db: Kysely<Database>,
  staffId: string,
  purposes: readonly StaffTokenPurpose[] = ['invite', 'reset', 'mfa'],
  now = new Date(),
): Promise<void> {
  await db
    .updateTable('staff_one_time_tokens')
    .set({ used_at: nowIso(now) })
    .where('staff_id', '=', staffId)
    .where('purpose', 'in', [...purposes])
    .where('used_at', 'is', null)
    .execute();
}

/** The link a staff member follows: the console, with the token in the fragment. */
export function staffLink(publicUrl: string, purpose: StaffLinkPurpose, token: string): string {
  return `${publicUrl}/console#${staffLinkFragmentKey[purpose]}=${token}`;
}
