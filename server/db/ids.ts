// Opaque ids for records and random secrets for tokens.
import { createHash, randomBytes } from 'node:crypto';

/** A record id: a short type prefix and 128 random bits, so ids cannot be guessed or counted. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(16).toString('base64url')}`;
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
