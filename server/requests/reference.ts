// Request references a customer can read out on the phone: "KP-" and six characters without look-alikes (0/O, 1/I/L).
import type { Kysely } from 'kysely';
import { pooledRandom } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import { referenceTaken } from './repository.js';

const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

// A byte below this is one of the alphabet's characters with equal chance (248 = 8 × 31); the rest are drawn again.
const fairBelow = 256 - (256 % alphabet.length);

export function randomReference(): string {
  let code = '';
  // One draw of random bytes for the six characters (and a few spare), rather than one draw each.
  while (code.length < 6) {
    for (const byte of pooledRandom(8)) {
      if (byte < fairBelow && code.length < 6) code += alphabet[byte % alphabet.length];
    }
  }
  return `KP-${code}`;
}

/** A reference no request has yet. 31^6 ≈ 887 million codes, so a second draw is rare and a third rarer still. */
export async function newRequestReference(db: Kysely<Database>): Promise<string> {
  for (;;) {
    const candidate = randomReference();
    if (!(await referenceTaken(db, candidate))) return candidate;
  }
}
