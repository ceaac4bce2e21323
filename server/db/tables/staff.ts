// Tables of the business's staff, who sign in to the console: accounts, recovery codes, sessions and one-time links.
import type { Selectable } from 'kysely';
import type { Timestamp } from './foundation.js';

export const staffRoles = ['admin', 'staff'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffStatuses = ['invited', 'active', 'disabled'] as const;
export type StaffStatus = (typeof staffStatuses)[number];

export interface StaffTable {
  id: string;
  tenant_id: string;
  /** Lower-cased; unique per tenant. The same person may be staff of several businesses, one row each. */
  email: string;
  name: string;
  role: StaffRole;
  status: StaffStatus;
  /** `scrypt$N$r$p$salt$hash`; null until the invite is accepted. */
  password_hash: string | null;
  locale: 'nl' | 'en' | null;
  /** Base32 TOTP secret: set up but not yet confirmed while totp_confirmed_at is null. */
  totp_secret: string | null;
  totp_confirmed_at: Timestamp | null;
  /** The time step of the last code accepted: a code of that step or an earlier one is never accepted again. */
  totp_last_counter: number | null;
  last_login_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Ten per confirmed TOTP set-up, each usable once instead of a code. */
export interface StaffRecoveryCodesTable {
  id: string;
  staff_id: string;
  /** sha256 of the normalised code, hex. */
  code_hash: string;
  created_at: Timestamp;
  used_at: Timestamp | null;
}

/** One console sign-in, named by the opaque token in the kp_staff cookie. */
export interface StaffSessionsTable {
  id: string;
  tenant_id: string;
  staff_id: string;
  /** sha256 of the cookie's token, hex. */
  token_hash: string;
  created_at: Timestamp;
  /** Noted at most once a minute; a session unused for two hours has ended. */
  last_used_at: Timestamp;
  /** Twelve hours after sign-in, however busy. */
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  revoke_reason: string | null;
  ip: string | null;
  user_agent: string | null;
}

/** invite and reset: the links mailed to staff; mfa: the challenge between a right password and a right code. */
export type StaffTokenPurpose = 'invite' | 'reset' | 'mfa';

export interface StaffOneTimeTokensTable {
  id: string;
  tenant_id: string;
  staff_id: string;
  purpose: StaffTokenPurpose;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface StaffTables {
  staff: StaffTable;
  staff_recovery_codes: StaffRecoveryCodesTable;
  staff_sessions: StaffSessionsTable;
  staff_one_time_tokens: StaffOneTimeTokensTable;
}

export type Staff = Selectable<StaffTable>;
export type StaffSession = Selectable<StaffSessionsTable>;
