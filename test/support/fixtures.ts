// Records for tests, made through the same services the app uses, and access tokens for signed-in contacts.
import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { signAccessToken } from '../../server/auth/access-tokens.js';
import { startSession } from '../../server/auth/sessions.js';
import type { Database } from '../../server/db/schema.js';
import type { ContactRole, ContactStatus } from '../../server/db/tables/accounts.js';
import { newId, nowIso } from '../../server/db/ids.js';
import type { AppEnv, Deps } from '../../server/http/env.js';
import type { PortalSettingsInput } from '../../server/portals/settings.js';
import { createTenant } from '../../server/tenants/tenants.js';

export interface SeededTenant {
  tenantId: string;
  portalId: string;
  slug: string;
  apiKey: string;
}

export async function seedTenant(
  db: Kysely<Database>,
  slug: string,
  settings: Partial<PortalSettingsInput> = {},
  allowedOrigins: string[] = [],
): Promise<SeededTenant> {
  const created = await createTenant(db, { name: `Business ${slug}`, portalSlug: slug, allowedOrigins, settings });
  return { tenantId: created.tenantId, portalId: created.portalId, slug, apiKey: created.apiKey };
}

export async function seedCustomer(db: Kysely<Database>, tenantId: string, externalId: string, name = `Customer ${externalId}`): Promise<string> {
  const id = newId('cus');
  const now = nowIso();
  await db
    .insertInto('customers')
    .values({ id, tenant_id: tenantId, external_id: externalId, name, debtor_number: null, email: null, phone: null, address: null, created_at: now, updated_at: now })
    .execute();
  return id;
}

export async function seedContact(
  db: Kysely<Database>,
  input: { tenantId: string; customerId: string; email: string; name?: string; role?: ContactRole; status?: ContactStatus; passwordHash?: string | null; locale?: 'nl' | 'en' },
): Promise<string> {
  const id = newId('con');
  const now = nowIso();
  await db
    .insertInto('contacts')
    .values({
      id,
      tenant_id: input.tenantId,
      customer_id: input.customerId,
      email: input.email.toLowerCase(),
      name: input.name ?? input.email.split('@')[0]!,
      phone: null,
      role: input.role ?? 'member',
      status: input.status ?? 'active',
      password_hash: input.passwordHash ?? null,
      locale: input.locale ?? null,
      external_id: null,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** A live session and its access token, as a successful sign-in would give. */
export async function signInAs(
  deps: Deps,
  input: { tenantId: string; portalId: string; contactId: string; kind?: 'login' | 'preview' },
): Promise<{ token: string; sessionId: string; refreshToken?: string }> {
  const kind = input.kind ?? 'login';
  const session = await startSession(deps.db, { tenantId: input.tenantId, portalId: input.portalId, contactId: input.contactId, kind });
  const { token } = await signAccessToken(deps.auth.keys, {
    contactId: input.contactId,
    tenantId: input.tenantId,
    portalId: input.portalId,
    sessionId: session.sessionId,
    kind: kind === 'preview' ? 'preview' : 'access',
  });
  return { token, sessionId: session.sessionId, ...(session.refreshToken ? { refreshToken: session.refreshToken } : {}) };
}

/** Two businesses, each with two customers, each customer with one active contact signed in: for isolation tests. */
export async function seedTwoTenants(deps: Deps) {
  const result = [];
  for (const slug of ['alpha', 'bravo']) {
    const tenant = await seedTenant(deps.db, slug);
    const customers = [];
    for (const n of [1, 2]) {
      const customerId = await seedCustomer(deps.db, tenant.tenantId, `${slug}-c${n}`);
      const contactId = await seedContact(deps.db, { tenantId: tenant.tenantId, customerId, email: `c${n}@${slug}.example`, role: n === 1 ? 'admin' : 'member' });
      const { token } = await signInAs(deps, { tenantId: tenant.tenantId, portalId: tenant.portalId, contactId });
      customers.push({ customerId, contactId, token, externalId: `${slug}-c${n}` });
    }
    result.push({ ...tenant, customers });
  }
  return { alpha: result[0]!, bravo: result[1]! };
}

/** An active contact who signs in with `password`. */
export async function seedPasswordContact(
  deps: Deps,
  input: { tenantId: string; customerId: string; email: string; password: string; name?: string; role?: ContactRole; status?: ContactStatus; locale?: 'nl' | 'en' },
): Promise<string> {
  const { password, ...contact } = input;
  return seedContact(deps.db, { ...contact, passwordHash: await deps.auth.passwords.hash(password) });
}

export interface PortalCall {
  method?: string;
  body?: unknown;
  /** Access token, sent as Authorization: Bearer. */
  token?: string;
  /** Refresh token, sent as the kp_refresh cookie. */
  cookie?: string;
  origin?: string;
  /** The client's address, as the socket would give it. */
  ip?: string;
  headers?: Record<string, string>;
}

/** A call to /api/v1/portal/{slug}{path} the way the widget makes it. */
export function callPortal(app: Hono<AppEnv>, slug: string, path: string, call: PortalCall = {}): Promise<Response> {
  const headers: Record<string, string> = { ...call.headers };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  if (call.token) headers.Authorization = `Bearer ${call.token}`;
  if (call.cookie) headers.Cookie = `kp_refresh=${call.cookie}`;
  if (call.origin) headers.Origin = call.origin;
  return Promise.resolve(
    app.request(
      `/api/v1/portal/${slug}${path}`,
      { method: call.method ?? (call.body === undefined ? 'GET' : 'POST'), headers, ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }) },
      { incoming: { socket: { remoteAddress: call.ip ?? '198.51.100.1' } } },
    ),
  );
}

/** A call to /api/v1/admin{path} with the business's API key. */
export function callAdmin(app: Hono<AppEnv>, apiKey: string, method: string, path: string, body?: unknown): Promise<Response> {
  return Promise.resolve(
    app.request(`/api/v1/admin${path}`, {
      method,
      headers: { Authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
}

/** The refresh token a response set in its kp_refresh cookie, or undefined. */
export function refreshCookieOf(response: Response): string | undefined {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('kp_refresh='));
  return cookie ? decodeURIComponent(cookie.slice('kp_refresh='.length).split(';')[0]!) : undefined;
}
