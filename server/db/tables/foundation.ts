// Tables of the tenant foundation: businesses, their portals and their API keys.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps are ISO-8601 text in UTC on both databases, so they sort and compare the same way. */
export type Timestamp = string;

/** Who keeps a customer or record: the back office through its API, or a person in the console. */
export type RecordSource = 'api' | 'console';

export interface TenantsTable {
  id: string;
  name: string;
  /** 1: staff without two-step sign-in must set it up before anything else; 0: their choice. */
  require_totp: Generated<number>;
  created_at: Timestamp;
}

export interface PortalsTable {
  id: string;
  tenant_id: string;
  slug: string;
  /** JSON text of PortalSettings (server/portals/settings.ts). */
  settings: string;
  /** Secret for the business's SSO identity tokens; null until SSO is enabled. */
  sso_secret: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApiKeysTable {
  id: string;
  tenant_id: string;
  name: string;
  /** The first characters of the key, to tell keys apart in a list; never enough to use it. */
  prefix: string;
  /** sha256 of the whole key, hex. The key itself is shown once and never stored. */
  key_hash: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface FoundationTables {
  tenants: TenantsTable;
  portals: PortalsTable;
  api_keys: ApiKeysTable;
}

export type Tenant = Selectable<TenantsTable>;
export type Portal = Selectable<PortalsTable>;
export type NewPortal = Insertable<PortalsTable>;
export type PortalUpdate = Updateable<PortalsTable>;
export type ApiKey = Selectable<ApiKeysTable>;
// Generated is re-exported for table files that use database-generated columns.
export type { Generated };
