// Request references a customer can read out on the phone: "KP-" and six characters without look-alikes (0/O, 1/I/L).
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { referenceTaken } from './repository.js';

const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function randomReference(): string {
  let code = '';
  for (let n = 0; n < 6; n++) code += alphabet[randomInt(alphabet.length)];
  return `KP-${code}`;
}

/** A reference no request has yet. 31^6 ≈ 887 million codes, so a second draw is rare and a third rarer still. */
export async function newRequestReference(db: Kysely<Database>): Promise<string> {
  for (;;) {
    const candidate = randomReference();
    if (!(await referenceTaken(db, candidate))) return candidate;
  }
}
