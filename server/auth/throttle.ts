// Throttling kept in the database, so every server process counts against the same numbers.
// Fixed windows: one row a key, counted up by one atomic upsert that also starts a new window when the old one ended.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso, sha256Hex } from '../db/ids.js';
import { ApiError } from '../http/errors.js';

export interface RateLimit {
  max: number;
  windowMs: number;
}

const minutes = (n: number) => n * 60_000;

export const rateLimits = {
  /** Failed sign-ins against one account, from anywhere: stops password guessing spread over many addresses. */
  loginPerAccount: { max: 5, windowMs: minutes(15) },
  /** Failed sign-ins from one address, whatever the account: stops one machine trying many accounts. */
  loginPerIp: { max: 50, windowMs: minutes(15) },
  /** Magic-link and password-reset mails to one address: stops filling someone's mailbox. */
  mailPerAddress: { max: 5, windowMs: minutes(60) },
  mailPerIp: { max: 30, windowMs: minutes(60) },
  /** Invites a customer's administrators send: colleagues come by the handful, not by the hundred. */
  invitesPerCustomer: { max: 10, windowMs: minutes(60) },
  /** Invites to one address, from any customer of the business: stops filling someone's mailbox. */
  invitesPerAddress: { max: 3, windowMs: minutes(24 * 60) },
} as const satisfies Record<string, RateLimit>;

export interface Hit {
  key: string;
  windowStart: string;
  count: number;
  allowed: boolean;
  /** Seconds until the window ends. */
  retryAfter: number;
}

// Rows of windows long gone are removed now and then by the requests themselves; no timer needed.
const sweepChance = 0.01;
const sweepAfterMs = 24 * 60 * 60 * 1000;

/** Counts one more under `key` and tells whether it is still within the limit. */
export async function hit(db: Kysely<Database>, key: string, limit: RateLimit, now = new Date()): Promise<Hit> {
  const nowText = nowIso(now);
  const windowEndedBefore = nowIso(new Date(now.getTime() - limit.windowMs));
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: nowText, count: 1 })
    .onConflict((conflict) =>
      conflict.column('key').doUpdateSet({
        count: sql<number>`case when rate_limits.window_start <= ${windowEndedBefore} then 1 else rate_limits.count + 1 end`,
        window_start: sql<string>`case when rate_limits.window_start <= ${windowEndedBefore} then excluded.window_start else rate_limits.window_start end`,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  if (Math.random() < sweepChance) {
    await db.deleteFrom('rate_limits').where('window_start', '<', nowIso(new Date(now.getTime() - sweepAfterMs))).execute();
  }
  const count = Number(row.count);
  const endsAt = Date.parse(row.window_start) + limit.windowMs;
  return {
    key,
    windowStart: row.window_start,
    count,
    allowed: count <= limit.max,
    retryAfter: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)),
  };
}

/** Takes back one count (a sign-in that succeeded), if its window is still the current one. */
export async function refund(db: Kysely<Database>, counted: Hit): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set({ count: sql<number>`count - 1` })
    .where('key', '=', counted.key)
    .where('window_start', '=', counted.windowStart)
    .where('count', '>', 0)
    .execute();
}

export async function clear(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

export function rateLimited(retryAfter: number): ApiError {
  return new ApiError('rate_limited', `Too many attempts. Try again in ${describeWait(retryAfter)}.`, undefined, {
    'Retry-After': String(retryAfter),
  });
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** Counts under every key, in order, and throws 429 at the first one over its limit. Answers the hits made. */
export async function hitOrThrow(db: Kysely<Database>, checks: { key: string; limit: RateLimit }[], now = new Date()): Promise<Hit[]> {
  const hits: Hit[] = [];
  for (const check of checks) {
    const counted = await hit(db, check.key, check.limit, now);
    hits.push(counted);
    if (!counted.allowed) throw rateLimited(counted.retryAfter);
  }
  return hits;
}

/** Keys never hold an email address in the clear. */
export const throttleKeys = {
  loginAccount: (tenantId: string, email: string) => `login:account:${tenantId}:${sha256Hex(email)}`,
  loginIp: (ip: string) => `login:ip:${ip}`,
  mailAddress: (tenantId: string, purpose: string, email: string) => `mail:${purpose}:${tenantId}:${sha256Hex(email)}`,
  mailIp: (ip: string) => `mail:ip:${ip}`,
  inviteCustomer: (customerId: string) => `invite:customer:${customerId}`,
  inviteAddress: (tenantId: string, email: string) => `invite:address:${tenantId}:${sha256Hex(email)}`,
};
