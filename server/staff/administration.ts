// What an administrator does for a colleague beyond role and status: reset their two-step sign-in when they lost
// their phone, and send a new invite when the first one expired or went missing.
import type { Kysely } from 'kysely';
import { recordAudit, type AuditInput } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import type { Staff } from '../db/tables/staff.js';
import { nowIso } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import { findStaff } from './accounts.js';
import { deleteRecoveryCodes } from './second-factor.js';
import { revokeStaffSessions } from './sessions.js';
import { issueStaffToken, voidStaffTokens, type IssuedStaffToken } from './tokens.js';

type AuditActor = Omit<AuditInput, 'tenantId' | 'action' | 'subjectType' | 'subjectId' | 'details'>;

/**
 * Clears a colleague's TOTP secret and recovery codes and ends their sessions: they sign in with their password and
 * set two-step sign-in up again (at once, when the business requires it). Not for oneself: that takes a code
 * (POST /console/auth/totp/disable), so a session left open cannot strip its own second factor.
 */
export async function resetStaffTotp(db: Kysely<Database>, tenantId: string, staffId: string, audit: AuditActor): Promise<Staff | undefined> {
  return db.transaction().execute(async (trx) => {
    const staff = await findStaff(trx, tenantId, staffId);
    if (!staff) return undefined;
    if (audit.actorType === 'staff' && audit.actorId === staffId) {
      throw new ApiError('conflict', 'Your own two-step sign-in is turned off under Account, with a code from your app.', [
        { path: 'resetTotp', message: 'not for your own account', reason: 'own_account' },
      ]);
    }
    if (staff.totp_secret === null && staff.totp_confirmed_at === null) {
      throw new ApiError('conflict', 'This person has no two-step sign-in to reset.', [{ path: 'resetTotp', message: 'two-step sign-in is not on', reason: 'totp_not_enabled' }]);
    }
    const now = nowIso();
    await trx
      .updateTable('staff')
      .set({ totp_secret: null, totp_confirmed_at: null, totp_last_counter: null, updated_at: now })
      .where('id', '=', staffId)
      .where('tenant_id', '=', tenantId)
      .execute();
    await deleteRecoveryCodes(trx, staffId);
    await revokeStaffSessions(trx, staffId, 'totp_reset');
    await voidStaffTokens(trx, staffId, ['mfa']);
    await recordAudit(trx, { ...audit, tenantId, action: 'staff.totp_reset', subjectType: 'staff', subjectId: staffId });
    return { ...staff, totp_secret: null, totp_confirmed_at: null, totp_last_counter: null, updated_at: now };
  });
}

/** A new invite for someone who has not accepted yet; earlier invite links stop working. */
export async function reissueStaffInvite(db: Kysely<Database>, tenantId: string, staffId: string, audit: AuditActor): Promise<{ staff: Staff; invite: IssuedStaffToken } | undefined> {
  return db.transaction().execute(async (trx) => {
    const staff = await findStaff(trx, tenantId, staffId);
    if (!staff) return undefined;
    if (staff.status !== 'invited') {
      throw new ApiError('conflict', 'Only a person who has not accepted the invite yet can get a new one.', [
        { message: `this staff member is ${staff.status}`, reason: 'not_invited' },
      ]);
    }
    await voidStaffTokens(trx, staffId, ['invite']);
    const invite = await issueStaffToken(trx, { tenantId, staffId, purpose: 'invite' });
    await recordAudit(trx, { ...audit, tenantId, action: 'staff.invite_resent', subjectType: 'staff', subjectId: staffId });
    return { staff, invite };
  });
}
