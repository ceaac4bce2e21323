// Idempotency-Key for writes a client may retry (design §5): the same key and body answer the first answer again,
// another body is refused (422), and a retry that arrives while the first attempt still runs gets 409.
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Database } from '../db/schema.js';
import { nowIso, sha256Hex } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';

export const idempotencyKeyHeader = 'Idempotency-Key';
export const idempotencyKeyLifetimeMs = 24 * 60 * 60 * 1000;
/**
 * A claim this old with no answer belongs to an attempt that died: the work and its answer commit together, so
 * nothing of it was kept and the key may be used again.
 */
export const abandonedClaimMs = 60_000;

const keyPattern = /^[\x21-\x7e]{8,255}$/;

/** The header's value; 400 when it is missing or not 8–255 printable ASCII characters (a UUID fits). */
export function requireIdempotencyKey(c: Context<AppEnv>): string {
  const key = c.req.header(idempotencyKeyHeader);
  if (key === undefined || !keyPattern.test(key)) {
    throw new ApiError('validation_failed', `Send an ${idempotencyKeyHeader} header (a new UUID for each new submission; the same one when retrying it).`, [
      { path: idempotencyKeyHeader, message: key === undefined ? 'required' : 'must be 8 to 255 printable ASCII characters' },
    ]);
  }
  return key;
}

/** JSON with object keys sorted, so two bodies that mean the same hash the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function requestFingerprint(operation: string, body: unknown): string {
  return sha256Hex(`${operation}\n${canonicalJson(body)}`);
}

export interface IdempotentAnswer<Body = unknown> {
  status: ContentfulStatusCode;
  body: Body;
}

export interface IdempotentOutcome<Body> extends IdempotentAnswer<Body> {
  /** True when this is the stored first answer: the work did not run again. */
  replayed: boolean;
}

export interface IdempotentWrite {
  /** Who may replay the answer: a key of one contact means nothing for another. */
  scope: string;
  key: string;
  /** The operation (method and route) and its body; see requestFingerprint. */
  fingerprint: string;
}

/**
 * Runs `work` once per key. The work runs in a transaction that also stores its answer, so either both are kept or
 * neither is. A failure (a 4xx the work throws) keeps nothing: the client may correct the cause and retry.
 */
export async function runIdempotent<Body>(
  db: Kysely<Database>,
  write: IdempotentWrite,
  work: (trx: Kysely<Database>) => Promise<IdempotentAnswer<Body>>,
  now = new Date(),
): Promise<IdempotentOutcome<Body>> {
  const stored = await claim(db, write, now);
  if (stored) return stored as IdempotentOutcome<Body>;
  try {
    const answer = await db.transaction().execute(async (trx) => {
      const result = await work(trx);
      await trx
        .updateTable('idempotency_keys')
        .set({ status: 'done', response_status: result.status, response_body: JSON.stringify(result.body) })
        .where('scope', '=', write.scope)
        .where('key', '=', write.key)
        .execute();
      return result;
    });
    return { ...answer, replayed: false };
  } catch (error) {
    await db
      .deleteFrom('idempotency_keys')
      .where('scope', '=', write.scope)
      .where('key', '=', write.key)
      .where('status', '=', 'in_progress')
      .execute();
    throw error;
  }
}

/** Takes the key for this attempt (answers undefined), or answers the stored first answer, or throws 409/422. */
async function claim(db: Kysely<Database>, write: IdempotentWrite, now: Date, attempt = 1): Promise<IdempotentOutcome<unknown> | undefined> {
  const nowText = nowIso(now);
  // Expired keys of this caller go first, so a key may be reused after a day and the table does not grow forever.
  await db.deleteFrom('idempotency_keys').where('scope', '=', write.scope).where('expires_at', '<=', nowText).execute();
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({
      scope: write.scope,
      key: write.key,
      request_hash: write.fingerprint,
      status: 'in_progress',
      response_status: null,
      response_body: null,
      created_at: nowText,
      expires_at: nowIso(new Date(now.getTime() + idempotencyKeyLifetimeMs)),
    })
    .onConflict((conflict) => conflict.columns(['scope', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted) return undefined;

  const existing = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('scope', '=', write.scope)
    .where('key', '=', write.key)
    .executeTakeFirst();
  // Gone between the insert and this read: its attempt failed and released it. Try again, a few times at most.
  if (!existing) {
    if (attempt < 3) return claim(db, write, now, attempt + 1);
    throw new ApiError('conflict', 'A request with this Idempotency-Key is being retried at the same time. Retry in a moment.', undefined, { 'Retry-After': '1' });
  }
  if (existing.request_hash !== write.fingerprint) {
    throw new ApiError('idempotency_mismatch', 'This Idempotency-Key was already used for a different request. Use a new key for a new submission.');
  }
  if (existing.status === 'done') {
    return { status: existing.response_status as ContentfulStatusCode, body: JSON.parse(existing.response_body ?? 'null'), replayed: true };
  }
  if (now.getTime() - Date.parse(existing.created_at) > abandonedClaimMs) {
    const taken = await db
      .updateTable('idempotency_keys')
      .set({ created_at: nowText })
      .where('scope', '=', write.scope)
      .where('key', '=', write.key)
      .where('status', '=', 'in_progress')
      .where('created_at', '=', existing.created_at)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 1) return undefined;
  }
  throw new ApiError('conflict', 'A request with this Idempotency-Key is still being processed. Retry in a moment.', undefined, { 'Retry-After': '1' });
}

/**
 * For writes where the key is optional (messages): with the header, once per key as above; without it, simply run
 * in a transaction.
 */
export async function runWithOptionalKey<Body>(
  c: Context<AppEnv>,
  scope: string,
  operation: string,
  body: unknown,
  work: (trx: Kysely<Database>) => Promise<IdempotentAnswer<Body>>,
): Promise<IdempotentOutcome<Body>> {
  const { db } = c.var.deps;
  if (c.req.header(idempotencyKeyHeader) === undefined) {
    return { ...(await db.transaction().execute(work)), replayed: false };
  }
  const key = requireIdempotencyKey(c);
  return runIdempotent(db, { scope, key, fingerprint: requestFingerprint(operation, body) }, work);
}
