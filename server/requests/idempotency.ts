// Idempotency-Key for writes a client may retry (design §5): the same key and body answer the first answer again,
// another body is refused (422), and a retry that arrives while the first attempt still runs gets 409.
import type { Hook } from '@hono/zod-openapi';
import type { Context, Env } from 'hono';
import type { Kysely } from 'kysely';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Database } from '../db/schema.js';
import { nowIso, sha256Hex } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import { failValidation, idempotencyKeyHeaderSchema, z } from '../http/openapi.js';
import { committedToDisk } from './durable.js';
import { statement } from './statements.js';

export const idempotencyKeyHeader = 'Idempotency-Key';
export const idempotencyKeyLifetimeMs = 24 * 60 * 60 * 1000;
/**
 * A claim this old with no answer belongs to an attempt that died before its work committed: nothing of it was kept
 * and the key may be used again.
 */
export const abandonedClaimMs = 60_000;

/** The request headers of a write that needs a key (a submission) and of one that may take one (a message). */
export const requiredKeyHeaders = z.object({ [idempotencyKeyHeader]: idempotencyKeyHeaderSchema });
export const optionalKeyHeaders = z.object({ [idempotencyKeyHeader]: idempotencyKeyHeaderSchema.optional() });

const explainKey: Hook<unknown, Env, string, undefined> = (result, c) => {
  if (!result.success && result.target === 'header') {
    throw new ApiError(
      'validation_failed',
      `Send an ${idempotencyKeyHeader} header (a new UUID for each new submission; the same one when retrying it).`,
      result.error.issues.map((issue) => ({ path: idempotencyKeyHeader, message: issue.message })),
    );
  }
  return failValidation(result, c);
};

/**
 * The validation hook of routes that take the header, passed as `.openapi(route, handler, explainIdempotencyKey)`: a
 * missing or malformed key is explained as such, in the one error shape; every other input fails as on any route.
 * Typed `never`, as the route group's default hook is, so that it fits every route without steering its types.
 */
export const explainIdempotencyKey = explainKey as never;

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

export interface IdempotentAnswer<Body = unknown, Status extends ContentfulStatusCode = ContentfulStatusCode> {
  status: Status;
  body: Body;
}

export interface IdempotentOutcome<Body, Status extends ContentfulStatusCode = ContentfulStatusCode> extends IdempotentAnswer<Body, Status> {
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

// The key's row is read and written through statements compiled once: every submission runs them.
const deleteExpired = statement((db, v: { scope: string; now: string }) =>
  db.deleteFrom('idempotency_keys').where('scope', '=', v.scope).where('expires_at', '<=', v.now),
);
const insertClaim = statement((db, v: { scope: string; key: string; hash: string; now: string; expires: string }) =>
  db
    .insertInto('idempotency_keys')
    .values({ scope: v.scope, key: v.key, request_hash: v.hash, status: 'in_progress', response_status: null, response_body: null, created_at: v.now, expires_at: v.expires })
    .onConflict((conflict) => conflict.columns(['scope', 'key']).doNothing())
    .returning('key'),
);
const selectKey = statement((db, v: { scope: string; key: string }) =>
  db.selectFrom('idempotency_keys').select(['request_hash', 'status', 'response_status', 'response_body', 'created_at']).where('scope', '=', v.scope).where('key', '=', v.key),
);
const takeOverClaim = statement((db, v: { scope: string; key: string; now: string; claimed: string }) =>
  db
    .updateTable('idempotency_keys')
    .set({ created_at: v.now })
    .where('scope', '=', v.scope)
    .where('key', '=', v.key)
    .where('status', '=', 'in_progress')
    .where('created_at', '=', v.claimed),
);
const storeAnswer = statement((db, v: { scope: string; key: string; status: number; body: string }) =>
  db.updateTable('idempotency_keys').set({ status: 'done', response_status: v.status, response_body: v.body }).where('scope', '=', v.scope).where('key', '=', v.key),
);

/**
 * Runs `work` once per key. The key is claimed, the work done and its answer stored in one transaction, so all of it
 * is kept or none of it, and a submission costs one commit; the answer is given once that commit is on disk. A failure (a 4xx the work throws) keeps nothing: the
 * client may correct the cause and retry. A second attempt with the key waits for the first one's transaction and
 * then answers its stored answer (or, if the first one failed, runs the work itself).
 */
export async function runIdempotent<Body, Status extends ContentfulStatusCode>(
  db: Kysely<Database>,
  write: IdempotentWrite,
  work: (trx: Kysely<Database>) => Promise<IdempotentAnswer<Body, Status>>,
  now = new Date(),
): Promise<IdempotentOutcome<Body, Status>> {
  const outcome = await db.transaction().execute(async (trx) => {
    const stored = await claim(trx, write, now);
    // The stored answer is the one this work gave the first time: the same status and body.
    if (stored) return stored as IdempotentOutcome<Body, Status>;
    const result = await work(trx);
    await storeAnswer(trx, { scope: write.scope, key: write.key, status: result.status, body: JSON.stringify(result.body) });
    return { ...result, replayed: false };
  });
  // A replayed answer too: the attempt that stored it may have ended before its commit reached the disk.
  await committedToDisk(db);
  return outcome;
}

/**
 * Takes the key for this attempt (answers undefined), or answers the stored first answer, or throws 409/422. Runs in
 * the attempt's transaction: on PostgreSQL the insert waits for another transaction that holds the same key.
 */
async function claim(trx: Kysely<Database>, write: IdempotentWrite, now: Date, attempt = 1): Promise<IdempotentOutcome<unknown> | undefined> {
  const nowText = nowIso(now);
  const key = { scope: write.scope, key: write.key };
  // Expired keys of this caller go first, so a key may be reused after a day and the table does not grow forever.
  await deleteExpired(trx, { scope: write.scope, now: nowText });
  const inserted = await insertClaim(trx, { ...key, hash: write.fingerprint, now: nowText, expires: nowIso(new Date(now.getTime() + idempotencyKeyLifetimeMs)) });
  if (inserted.rows.length > 0) return undefined;

  const existing = (await selectKey(trx, key)).rows[0];
  // Gone between the insert and this read: the key expired and another attempt removed it. Try again, a few times at most.
  if (!existing) {
    if (attempt < 3) return claim(trx, write, now, attempt + 1);
    throw new ApiError('conflict', 'A request with this Idempotency-Key is being retried at the same time. Retry in a moment.', undefined, { 'Retry-After': '1' });
  }
  if (existing.request_hash !== write.fingerprint) {
    throw new ApiError('idempotency_mismatch', 'This Idempotency-Key was already used for a different request. Use a new key for a new submission.');
  }
  if (existing.status === 'done') {
    return { status: existing.response_status as ContentfulStatusCode, body: JSON.parse(existing.response_body ?? 'null'), replayed: true };
  }
  // A claim kept without its answer was made by a process that stored claims before doing the work; one this old
  // belongs to an attempt that died, and the key may be used again.
  if (now.getTime() - Date.parse(existing.created_at) > abandonedClaimMs) {
    const taken = await takeOverClaim(trx, { ...key, now: nowText, claimed: existing.created_at });
    if (Number(taken.numAffectedRows) === 1) return undefined;
  }
  throw new ApiError('conflict', 'A request with this Idempotency-Key is still being processed. Retry in a moment.', undefined, { 'Retry-After': '1' });
}

/** Tells the client, with `Idempotent-Replayed: true`, that this is the stored answer of its earlier attempt. */
export function markReplay(c: Context, outcome: { replayed: boolean }): void {
  if (outcome.replayed) c.header('Idempotent-Replayed', 'true');
}

/** A write a client may retry: who sends it, its key if it sent one, and what it asks (method, route and body). */
export interface Retryable {
  scope: string;
  key: string | undefined;
  operation: string;
  body: unknown;
}

/** With a key, runs `work` once per key as runIdempotent does; without one (it is optional), simply in a transaction. */
export async function runRetryable<Body, Status extends ContentfulStatusCode>(
  db: Kysely<Database>,
  write: Retryable,
  work: (trx: Kysely<Database>) => Promise<IdempotentAnswer<Body, Status>>,
): Promise<IdempotentOutcome<Body, Status>> {
  if (write.key === undefined) {
    const answer = await db.transaction().execute(work);
    await committedToDisk(db);
    return { ...answer, replayed: false };
  }
  return runIdempotent(db, { scope: write.scope, key: write.key, fingerprint: requestFingerprint(write.operation, write.body) }, work);
}
