// Console sessions: an opaque token in the kp_staff cookie, sha256 at rest. A session ends twelve hours after
// sign-in, after two hours unused, or at once when revoked (logout, password change or reset, TOTP change, disabled).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { StaffRole } from '../db/tables/staff.js';
import { newId, newSecret, nowIso, sha256Hex } from '../db/ids.js';

const minute = 60_000;
export const staffSessionLifetimeMs = 12 * 60 * minute;
export const staffSessionIdleMs = 2 * 60 * minute;
// Noting every request would turn each read into a write; a minute's precision is plenty against two hours.
const touchAfterMs = minute;

export interface StartedStaffSession {
  sessionId: string;
  /** For the cookie; only its sha256 is stored. */
  token: string;
}

export async function startStaffSession(
  db: Kysely<Database>,
  input: { tenantId: string; staffId: string; ip?: string | null; userAgent?: string | null },
  now = new Date(),
): Promise<StartedStaffSession> {
  const sessionId = newId('sss');
  const token = newSecret(32);
  await db
    .insertInto('staff_sessions')
    .values({
      id: sessionId,
      tenant_id: input.tenantId,
      staff_id: input.staffId,
      token_hash: sha256Hex(token),
      created_at: nowIso(now),
      last_used_at: nowIso(now),
      expires_at: nowIso(new Date(now.getTime() + staffSessionLifetimeMs)),
      revoked_at: null,
      revoke_reason: null,
      ip: input.ip ?? null,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { sessionId, token };
}

export interface LiveStaffSession {
  sessionId: string;
  staffId: string;
  tenantId: string;
  role: StaffRole;
  name: string;
  /** The business requires two-step sign-in and this person has not set it up. */
  totpSetupRequired: boolean;
}

/** The live session a cookie's token names, noting its use; undefined when it has ended in any way. */
export async function liveStaffSession(db: Kysely<Database>, token: string, now = new Date()): Promise<LiveStaffSession | undefined> {
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
    .innerJoin('tenants', 'tenants.id', 'staff.tenant_id')
    .select([
      'staff_sessions.id as sessionId',
      'staff_sessions.last_used_at as lastUsedAt',
      'staff.id as staffId',
      'staff.tenant_id as tenantId',
      'staff.role',
      'staff.name',
      'staff.totp_confirmed_at as totpConfirmedAt',
      'tenants.require_totp as requireTotp',
    ])
    .where('staff_sessions.token_hash', '=', sha256Hex(token))
    .where('staff_sessions.revoked_at', 'is', null)
    .where('staff_sessions.expires_at', '>', nowIso(now))
    .where('staff_sessions.last_used_at', '>', nowIso(new Date(now.getTime() - staffSessionIdleMs)))
    .where('staff.status', '=', 'active')
    .whereRef('staff_sessions.tenant_id', '=', 'staff.tenant_id')
    .executeTakeFirst();
  if (!row) return undefined;
  if (now.getTime() - Date.parse(row.lastUsedAt) > touchAfterMs) {
    await db.updateTable('staff_sessions').set({ last_used_at: nowIso(now) }).where('id', '=', row.sessionId).execute();
  }
  return {
    sessionId: row.sessionId,
    staffId: row.staffId,
    tenantId: row.tenantId,
    role: row.role,
    name: row.name,
    totpSetupRequired: Number(row.requireTotp) === 1 && row.totpConfirmedAt === null,
  };
}

export async function revokeStaffSession(db: Kysely<Database>, sessionId: string, reason: string, now = new Date()): Promise<void> {
  await db
    .updateTable('staff_sessions')
    .set({ revoked_at: nowIso(now), revoke_reason: reason })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Ends every session of a staff member, optionally but the one they are using. */
export async function revokeStaffSessions(db: Kysely<Database>, staffId: string, reason: string, exceptSessionId?: string, now = new Date()): Promise<void> {
  let query = db
    .updateTable('staff_sessions')
    .set({ revoked_at: nowIso(now), revoke_reason: reason })
    .where('staff_id', '=', staffId)
    .where('revoked_at', 'is', null);
  if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
  await query.execute();
}
