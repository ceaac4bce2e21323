// Who keeps a customer or record decides who may change it (design §8.2): a person in the console keeps what the
// console made; what the back office pushed stays the back office's, so its next sync never overwrites a person's edit.
import type { RecordSource } from '../db/tables/foundation.js';
import { ApiError } from '../http/errors.js';
import type { AdminCaller } from '../http/env.js';

/** What a write by this caller makes a record: a staff session writes console records, an API key the back office's. */
export function sourceOf(caller: Pick<AdminCaller, 'actor'>): RecordSource {
  return caller.actor.kind === 'staff' ? 'console' : 'api';
}

/**
 * Refuses a staff member's change of what the back office keeps, with 409 `conflict` and the reason
 * `read_only_record`. The back office may write anything of its business, a console record included: from then on the
 * record is its own.
 */
export function assertMayChange(caller: Pick<AdminCaller, 'actor'>, existing: { source: RecordSource } | undefined, noun: string, externalId: string): void {
  if (!existing || sourceOf(caller) === 'api' || existing.source === 'console') return;
  throw new ApiError('conflict', `The ${noun} "${externalId}" is kept by the back office; change it there, not in the console.`, [
    { message: 'Kept by the back office: read-only in the console.', reason: 'read_only_record' },
  ]);
}
