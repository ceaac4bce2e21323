// Staff for tests: accounts made through the service the app uses, console calls the way the console makes them, and codes
// from an authenticator app.
import type { Hono } from 'hono';
import * as OTPAuth from 'otpauth';
import type { StaffRole, StaffStatus } from '../../server/db/tables/staff.js';
import type { AppEnv, Deps } from '../../server/http/env.js';
import { createInvitedStaff } from '../../server/staff/accounts.js';

export const staffPassword = 'Planning op maandagochtend';

export async function seedStaff(
  deps: Deps,
  input: { tenantId: string; email: string; name?: string; role?: StaffRole; status?: StaffStatus; password?: string | null; locale?: 'nl' | 'en' },
): Promise<string> {
  const { staff } = await createInvitedStaff(deps.db, {
    tenantId: input.tenantId,
    email: input.email.toLowerCase(),
    name: input.name ?? input.email.split('@')[0]!,
    role: input.role ?? 'admin',
    locale: input.locale ?? null,
  });
  const password = input.password === undefined ? staffPassword : input.password;
  await deps.db
    .updateTable('staff')
    .set({ status: input.status ?? 'active', password_hash: password === null ? null : await deps.auth.passwords.hash(password) })
    .where('id', '=', staff.id)
    .execute();
  return staff.id;
}

export interface ConsoleCall {
  method?: string;
  body?: unknown;
  /** The kp_staff session token. */
  cookie?: string;
  /** Sends X-Requested-With: klantportaal-console; on by default, as the console always does. */
  consoleHeader?: boolean;
  origin?: string;
  ip?: string;
  headers?: Record<string, string>;
}

function request(app: Hono<AppEnv>, url: string, call: ConsoleCall): Promise<Response> {
  const headers: Record<string, string> = { ...call.headers };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  if (call.cookie) headers.Cookie = `kp_staff=${call.cookie}`;
  if (call.consoleHeader !== false) headers['X-Requested-With'] = 'klantportaal-console';
  if (call.origin) headers.Origin = call.origin;
  return Promise.resolve(
    app.request(
      url,
      { method: call.method ?? (call.body === undefined ? 'GET' : 'POST'), headers, ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }) },
      { incoming: { socket: { remoteAddress: call.ip ?? '198.51.100.7' } } },
    ),
  );
}

/** A call to /api/v1/console/auth{path}. */
export const callConsole = (app: Hono<AppEnv>, path: string, call: ConsoleCall = {}) => request(app, `/api/v1/console/auth${path}`, call);

/** A call to /api/v1/admin{path} with a staff session, as the console makes it. */
export const callAdminAsStaff = (app: Hono<AppEnv>, cookie: string, method: string, path: string, body?: unknown, call: Omit<ConsoleCall, 'cookie' | 'method' | 'body'> = {}) =>
  request(app, `/api/v1/admin${path}`, { ...call, method, cookie, ...(body === undefined ? {} : { body }) });

/** The session token a response set in its kp_staff cookie, or undefined. */
export function staffCookieOf(response: Response): string | undefined {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('kp_staff='));
  const value = cookie ? decodeURIComponent(cookie.slice('kp_staff='.length).split(';')[0]!) : undefined;
  return value || undefined;
}

/** Signs in with email and password (no two-step code) and answers the session token. */
export async function signInStaff(app: Hono<AppEnv>, email: string, password = staffPassword, extra: { tenantId?: string; ip?: string } = {}): Promise<string> {
  const response = await callConsole(app, '/login', { body: { email, password, ...(extra.tenantId ? { tenantId: extra.tenantId } : {}) }, ...(extra.ip ? { ip: extra.ip } : {}) });
  const token = staffCookieOf(response);
  if (response.status !== 200 || !token) throw new Error(`staff sign-in as ${email}: ${response.status} ${await response.text()}`);
  return token;
}

/** The code an authenticator app shows for `secret`, `steps` time steps from now. */
export function totpCode(secret: string, steps = 0): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + steps * 30_000 });
}
