// Tables of the business's customers and their portal users (contacts): sign-in, sessions, one-time tokens,
// signing keys, throttling, the audit trail and the mail log.
import type { Generated, Selectable } from 'kysely';
import type { RecordSource, Timestamp } from './foundation.js';

export interface CustomersTable {
  id: string;
  tenant_id: string;
  /** The back office's own id; unique per tenant. */
  external_id: string;
  name: string;
  debtor_number: string | null;
  email: string | null;
  phone: string | null;
  /** JSON text of {street, houseNumber, postalCode, city, country}, or null. */
  address: string | null;
  /** `api` unless the console wrote it; see RecordSource. */
  source: Generated<RecordSource>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LocationsTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  /** Unique per customer. */
  external_id: string;
  name: string | null;
  street: string;
  house_number: string;
  postal_code: string;
  city: string;
  country: string;
  /** `api` unless the console wrote it; see RecordSource. */
  source: Generated<RecordSource>;
  /** 'proposed': a customer gave it with a request and the business has not accepted it yet; 'declined': not taken on. */
  proposal: LocationProposal | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type LocationProposal = 'proposed' | 'declined';

export type ContactRole = 'member' | 'admin';
export type ContactStatus = 'invited' | 'active' | 'disabled';
/** Who disabled a contact: the business (API key or staff) or an administrator of the contact's own customer. */
export type ContactDisabler = 'business' | 'customer';

export interface ContactsTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  /** Lower-cased; unique per tenant. */
  email: string;
  name: string;
  phone: string | null;
  role: ContactRole;
  status: ContactStatus;
  /** `scrypt$N$r$p$salt$hash`, or null while invited or for SSO-only contacts. */
  password_hash: string | null;
  locale: 'nl' | 'en' | null;
  /** The business site's own user id, when the contact signs in by SSO; unique per tenant. */
  external_id: string | null;
  last_login_at: Timestamp | null;
  /** Set while disabled: who did it. Only the business lifts a disable of its own. */
  disabled_by: ContactDisabler | null;
  /** JSON text of the mail kinds the contact chose (see customers/mail-preferences.ts); null: every kind. */
  mail_preferences: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type SessionKind = 'login' | 'preview';

/** One sign-in: the family of refresh tokens it rotates through. Access tokens name it in `sid`. */
export interface SessionsTable {
  id: string;
  tenant_id: string;
  portal_id: string;
  contact_id: string;
  kind: SessionKind;
  created_at: Timestamp;
  last_used_at: Timestamp;
  /** The family ends here at the latest, however often it is refreshed. */
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  revoke_reason: string | null;
  ip: string | null;
  user_agent: string | null;
  /** A preview's settings not saved yet (JSON of PortalSettings): the portal reads as if they were; null otherwise. */
  preview_settings: string | null;
}

export interface RefreshTokensTable {
  id: string;
  session_id: string;
  /** sha256 of the opaque token, hex. */
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  /** Set when this token was exchanged for the next one; presenting it again revokes the family. */
  rotated_at: Timestamp | null;
}

export type OneTimeTokenPurpose = 'invite' | 'magic' | 'reset';

export interface OneTimeTokensTable {
  id: string;
  tenant_id: string;
  portal_id: string;
  contact_id: string;
  purpose: OneTimeTokenPurpose;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** A guest's link to follow one request without an account: sha256 of the token, and when it stops working. */
export interface GuestFollowTokensTable {
  id: string;
  tenant_id: string;
  request_id: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface SigningKeysTable {
  kid: string;
  /** base64url of 32 random bytes. */
  secret: string;
  created_at: Timestamp;
  /** Retired keys sign nothing new but verify until their tokens have expired. */
  retired_at: Timestamp | null;
}

/** Fixed-window counters shared by every server process. */
export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  count: number;
}

/** Identity-token ids already used for SSO, kept until the token would have expired. */
export interface UsedTokenIdsTable {
  portal_id: string;
  jti: string;
  expires_at: Timestamp;
}

export interface AuditEventsTable {
  id: string;
  tenant_id: string;
  portal_id: string | null;
  actor_type: 'contact' | 'api_key' | 'staff' | 'system' | 'anonymous';
  actor_id: string | null;
  /** The actor's name when the event was written: an API key's or a staff member's. */
  actor_name: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  ip: string | null;
  /** JSON text of extra facts (never a secret). */
  details: string | null;
  created_at: Timestamp;
}

export interface EmailsTable {
  id: string;
  tenant_id: string | null;
  portal_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  kind: string;
  locale: 'nl' | 'en';
  /** logged: kept for the demo mailbox (no SMTP); queued: handed to SMTP, outcome pending; then sent or failed. */
  status: 'logged' | 'queued' | 'sent' | 'failed';
  error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface AccountsTables {
  customers: CustomersTable;
  locations: LocationsTable;
  contacts: ContactsTable;
  sessions: SessionsTable;
  refresh_tokens: RefreshTokensTable;
  one_time_tokens: OneTimeTokensTable;
  guest_follow_tokens: GuestFollowTokensTable;
  signing_keys: SigningKeysTable;
  rate_limits: RateLimitsTable;
  used_token_ids: UsedTokenIdsTable;
  audit_events: AuditEventsTable;
  emails: EmailsTable;
}

export type Customer = Selectable<CustomersTable>;
export type Location = Selectable<LocationsTable>;
export type Contact = Selectable<ContactsTable>;
export type Session = Selectable<SessionsTable>;
export type AuditEvent = Selectable<AuditEventsTable>;
export type Email = Selectable<EmailsTable>;
