// Opaque ids for records and random secrets for tokens.
import { createHash, randomBytes, randomFillSync } from 'node:crypto';

// Random bytes drawn from the system a few kilobytes at a time and handed out in order, each byte once: one draw per
// 256 ids instead of one each (as crypto.randomUUID does). Larger draws go to the system directly.
const pool = Buffer.alloc(4096);
let taken = pool.length;

/** `count` bytes from the system's secure random source, through the pool. */
export function pooledRandom(count: number): Buffer {
  if (count > 64) return randomBytes(count);
  if (taken + count > pool.length) {
    randomFillSync(pool);
    taken = 0;
  }
  const bytes = Buffer.from(pool.subarray(taken, taken + count));
  taken += count;
  return bytes;
}

/** A record id: a short type prefix and 128 random bits, so ids cannot be guessed or counted. */
export function newId(prefix: string): string {
  return `${prefix}_${pooledRandom(16).toString('base64url')}`;
}

/** A secret of `bytes` random bytes (default 32, 256 bits), base64url. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256Hex(value: string | Buffer): string {
  return createHash('sha256').update(value).digest('hex');
}

export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
