// The typed context every route sees: dependencies injected by createApp, and what middleware established.
import type { Kysely } from 'kysely';
import type { BackOfficeActor } from '../audit/audit.js';
import type { AccessTokenVerifier } from '../auth/access-tokens.js';
import type { PasswordHasher } from '../auth/passwords.js';
import type { SigningKeys } from '../auth/signing-keys.js';
import type { Config } from '../config.js';
import type { Database, Dialect } from '../db/schema.js';
import type { StaffRole } from '../db/tables/staff.js';
import type { Mailer } from '../mail/mailer.js';
import type { PortalSettings } from '../portals/settings.js';
import type { LiveStaffSession } from '../staff/sessions.js';
import type { Logger } from './logger.js';

export interface Lifecycle {
  /** Set on SIGTERM: /readyz answers 503 so the load balancer stops sending traffic. */
  draining: boolean;
}

export interface Deps {
  db: Kysely<Database>;
  dialect: Dialect;
  config: Config;
  logger: Logger;
  lifecycle: Lifecycle;
  /** Where the built widget lives (dist/widget). */
  widgetDir: string;
  auth: { keys: SigningKeys; verifier: AccessTokenVerifier; passwords: PasswordHasher };
  mailer: Mailer;
}

/** The portal named in the URL, loaded by the portal middleware. */
export interface PortalContext {
  id: string;
  tenantId: string;
  slug: string;
  settings: PortalSettings;
}

/** A signed-in customer contact, established by the portal auth middleware from the access token. */
export interface PortalCaller {
  contactId: string;
  customerId: string;
  tenantId: string;
  portalId: string;
  sessionId: string;
  role: 'member' | 'admin';
  /** Preview tokens ("view as this customer") may read but never write. */
  readOnly: boolean;
}

/** A back-office caller, established by the admin middleware from an API key or a staff session cookie. */
export interface AdminCaller {
  tenantId: string;
  /** The actor's id (an API key's or a staff member's), which keeps one caller's idempotency records apart from another's. */
  keyId: string;
  actor: BackOfficeActor;
  /** An API key acts as an admin, except that it may not manage API keys or staff. */
  role: StaffRole;
  /** Set when a person calls with a staff session. */
  staffSessionId?: string;
}

/** A signed-in staff member, established by the console's session middleware from the kp_staff cookie. */
export type StaffCaller = LiveStaffSession;

export interface AppVariables {
  deps: Deps;
  requestId: string;
  portal: PortalContext;
  caller: PortalCaller;
  admin: AdminCaller;
  staff: StaffCaller;
}

export type AppEnv = { Variables: AppVariables };
