// The kp_staff cookie and the rules a request carrying it must meet: the console's and the back-office API's shared
// way of knowing which staff member calls. The browser adds the cookie by itself, so the cookie alone never suffices
// to change anything: a custom header (which no other site can send without a CORS preflight) and our own Origin.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ApiError } from '../http/errors.js';
import type { AppEnv, StaffCaller } from '../http/env.js';
import { liveStaffSession, staffSessionLifetimeMs } from './sessions.js';

export const staffCookieName = 'kp_staff';
export const consoleHeader = { name: 'X-Requested-With', value: 'klantportaal-console' } as const;

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
// Path=/api: the console's sign-in routes and the back-office API read it; the console's page and files never see it.
const cookieAttributes = { path: '/api', httpOnly: true, secure: true, sameSite: 'Strict' } as const;

export function setStaffCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, staffCookieName, token, { ...cookieAttributes, maxAge: Math.floor(staffSessionLifetimeMs / 1000) });
}

export function clearStaffCookie(c: Context<AppEnv>): void {
  deleteCookie(c, staffCookieName, cookieAttributes);
}

/** The cookie's token, if it has the shape of one. */
export function staffTokenFromCookie(c: Context<AppEnv>): string | undefined {
  const value = getCookie(c, staffCookieName);
  return value && tokenPattern.test(value) ? value : undefined;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
export const changesSomething = (c: Context<AppEnv>) => !safeMethods.has(c.req.method);

/** 403 when the browser names another site than this server as where the request comes from. */
export function requireOwnOrigin(c: Context<AppEnv>): void {
  const origin = c.req.header('Origin');
  if (origin !== undefined && origin !== new URL(c.var.deps.config.publicUrl).origin) {
    throw new ApiError('forbidden', 'Requests from this site are not allowed: use the console at this server’s own address.', [
      { path: 'Origin', message: 'is not this server', reason: 'foreign_origin' },
    ]);
  }
}

/** 403 unless the request is one the console itself made: its header, and our origin when an Origin is sent. */
export function requireConsoleRequest(c: Context<AppEnv>): void {
  if (c.req.header(consoleHeader.name) !== consoleHeader.value) {
    throw new ApiError('forbidden', `A request with the staff session cookie that changes anything needs the header ${consoleHeader.name}: ${consoleHeader.value}.`, [
      { path: consoleHeader.name, message: 'is missing', reason: 'console_header_missing' },
    ]);
  }
  requireOwnOrigin(c);
}

/**
 * The staff member whose live session the cookie names, or undefined without a (live) cookie. A write with the cookie
 * is checked for the console's header and origin first, so a forged request neither acts nor keeps the session alive.
 */
export async function staffFromCookie(c: Context<AppEnv>): Promise<StaffCaller | undefined> {
  const token = staffTokenFromCookie(c);
  if (!token) return undefined;
  if (changesSomething(c)) requireConsoleRequest(c);
  return liveStaffSession(c.var.deps.db, token);
}

export const totpSetupRequired = () =>
  new ApiError('forbidden', 'Your business requires two-step sign-in: set it up first.', [{ message: 'set up two-step sign-in first', reason: 'totp_setup_required' }]);
