// HS256 signing keys kept in the database so every server process signs and verifies alike; rotatable by kid.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { newSecret, nowIso } from '../db/ids.js';
import { randomBytes } from 'node:crypto';

/** A retired key still verifies for this long: longer than any token it signed lives. */
export const retiredKeyGraceMs = 30 * 60 * 1000;

export interface SigningKey {
  kid: string;
  key: Uint8Array;
}

interface CachedKey {
  key: Uint8Array;
  retiredAt: number | null;
  checkedAt: number;
}

// Secrets never change for a kid, so they may be cached; retirement is re-read every minute.
const cacheTtlMs = 60_000;

export class SigningKeys {
  readonly #db: Kysely<Database>;
  readonly #cache = new Map<string, CachedKey>();
  #current: { kid: string; key: Uint8Array; checkedAt: number } | undefined;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** The key new tokens are signed with; created on first use. */
  async current(now = Date.now()): Promise<SigningKey> {
    if (this.#current && now - this.#current.checkedAt < cacheTtlMs) return this.#current;
    let row = await this.#db
      .selectFrom('signing_keys')
      .select(['kid', 'secret'])
      .where('retired_at', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('kid', 'desc')
      .executeTakeFirst();
    if (!row) row = await this.#create();
    this.#current = { kid: row.kid, key: Buffer.from(row.secret, 'base64url'), checkedAt: now };
    return this.#current;
  }

  /** The key for a kid, if it may still verify. */
  async forVerification(kid: string, now = Date.now()): Promise<Uint8Array | undefined> {
    let cached = this.#cache.get(kid);
    if (!cached || now - cached.checkedAt > cacheTtlMs) {
      const row = await this.#db.selectFrom('signing_keys').select(['secret', 'retired_at']).where('kid', '=', kid).executeTakeFirst();
      if (!row) return undefined;
      cached = { key: Buffer.from(row.secret, 'base64url'), retiredAt: row.retired_at ? Date.parse(row.retired_at) : null, checkedAt: now };
      this.#cache.set(kid, cached);
    }
    if (cached.retiredAt !== null && now - cached.retiredAt > retiredKeyGraceMs) return undefined;
    return cached.key;
  }

  /** Starts signing with a new key; the old ones keep verifying through the grace period. */
  async rotate(): Promise<string> {
    const created = await this.#db.transaction().execute(async (trx) => {
      await trx.updateTable('signing_keys').set({ retired_at: nowIso() }).where('retired_at', 'is', null).execute();
      return this.#create(trx);
    });
    this.#current = undefined;
    this.#cache.clear();
    return created.kid;
  }

  async #create(db: Kysely<Database> = this.#db): Promise<{ kid: string; secret: string }> {
    const row = { kid: randomBytes(8).toString('hex'), secret: newSecret(32), created_at: nowIso(), retired_at: null };
    await db.insertInto('signing_keys').values(row).execute();
    return row;
  }
}
