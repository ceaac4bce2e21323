// Who calls the back-office API: an API key (a machine) or a staff session cookie (a person). Either decides the
// tenant, and every admin query is scoped by it. What each may do is decided here too, in one place.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ApiError } from '../http/errors.js';
import type { AdminCaller, AppEnv } from '../http/env.js';
import { staffFromCookie, staffTokenFromCookie, totpSetupRequired } from '../staff/session-cookie.js';
import { tenantForApiKey } from '../tenants/tenants.js';

const unauthorized = () =>
  new ApiError('unauthorized', 'A valid API key (Authorization: Bearer kp_live_…) or a staff session is required.', undefined, {
    'WWW-Authenticate': 'Bearer realm="klantportaal-admin"',
  });

async function apiKeyCaller(c: Context<AppEnv>, authorization: string): Promise<AdminCaller> {
  const match = /^Bearer (kp_live_[A-Za-z0-9_-]{20,100})$/.exec(authorization);
  const found = match ? await tenantForApiKey(c.var.deps.db, match[1]!) : undefined;
  if (!found) throw unauthorized();
  return { tenantId: found.tenantId, keyId: found.keyId, actor: { kind: 'api_key', id: found.keyId, name: found.name }, role: 'admin' };
}

async function staffCaller(c: Context<AppEnv>): Promise<AdminCaller> {
  const staff = await staffFromCookie(c);
  if (!staff) throw unauthorized();
  if (staff.totpSetupRequired) throw totpSetupRequired();
  return {
    tenantId: staff.tenantId,
    keyId: staff.staffId,
    actor: { kind: 'staff', id: staff.staffId, name: staff.name },
    role: staff.role,
    staffSessionId: staff.sessionId,
  };
}

// ── What each caller may do ─────────────────────────────────────────────────────────────────────────────────────

interface AdminOnlyArea {
  /** Paths under /api/v1/admin: the resource and everything below it. */
  path: RegExp;
  what: string;
  /** Only these methods are admin-only; all when absent. */
  methods?: readonly string[];
  /** Not even an API key: a leaked key must not be able to mint keys or people. */
  staffSessionOnly?: boolean;
}

const writes = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** What role `staff` may not do (design §8.2); everything else is open to every caller of the business. */
export const adminOnlyAreas: readonly AdminOnlyArea[] = [
  { path: /^\/portals(\/|$)/, what: 'portal settings', methods: writes },
  { path: /^\/webhooks(\/|$)/, what: 'webhooks' },
  { path: /^\/api-keys(\/|$)/, what: 'API keys', staffSessionOnly: true },
  { path: /^\/staff(\/|$)/, what: 'staff', staffSessionOnly: true },
  { path: /^\/tenant(\/|$)/, what: 'business settings', methods: writes },
];

/** The area a request falls in, by its path below /api/v1/admin (case and doubled slashes do not help to escape). */
export function adminOnlyAreaOf(method: string, path: string): AdminOnlyArea | undefined {
  const below = path.replace(/\/{2,}/g, '/').replace(/^\/api\/v1\/admin/i, '').toLowerCase();
  return adminOnlyAreas.find((area) => area.path.test(below) && (!area.methods || area.methods.includes(method.toUpperCase())));
}

function requireAllowed(c: Context<AppEnv>, caller: AdminCaller): void {
  const area = adminOnlyAreaOf(c.req.method, c.req.path);
  if (!area) return;
  if (area.staffSessionOnly && caller.actor.kind !== 'staff') {
    throw new ApiError('forbidden', `Only an administrator signed in to the console can manage ${area.what}; an API key cannot.`);
  }
  if (caller.role !== 'admin') throw new ApiError('forbidden', `Only an administrator of the business can manage ${area.what}.`);
}

/** Sets c.var.admin. An Authorization header means an API key; without one, the staff session cookie is tried. */
export const adminAuth = createMiddleware<AppEnv>(async (c, next) => {
  const authorization = c.req.header('Authorization');
  let caller: AdminCaller;
  if (authorization !== undefined) caller = await apiKeyCaller(c, authorization);
  else if (staffTokenFromCookie(c)) caller = await staffCaller(c);
  else throw unauthorized();
  requireAllowed(c, caller);
  c.set('admin', caller);
  await next();
});
