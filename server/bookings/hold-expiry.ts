// Marks bookings whose hold ended without an answer as expired, so lists and the back office read the status the
// availability already counts by (it frees the place at read time, job or no job); the customer sees it live.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import { publishRecordEvent, publishRequestEvent } from '../events/publish.js';
import type { Logger } from '../http/logger.js';
import { BackgroundLoop } from '../jobs/background-loop.js';

const batchSize = 200;

/** Expires one batch of ended holds; answers how many. */
export async function expireEndedHolds(db: Kysely<Database>, now = new Date()): Promise<number> {
  const at = nowIso(now);
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('bookings')
      .select(['id', 'tenant_id', 'request_id', 'work_order_id'])
      .where('status', '=', 'requested')
      .where('hold_until', '<=', at)
      .orderBy('hold_until')
      .limit(batchSize)
      .execute();
    if (due.length === 0) return 0;
    await trx
      .updateTable('bookings')
      .set({ status: 'expired', updated_at: at })
      .where('id', 'in', due.map((row) => row.id))
      .where('status', '=', 'requested')
      .execute();
    for (const row of due) {
      if (row.work_order_id) await publishRecordEvent(trx, 'work_orders', row.tenant_id, row.work_order_id);
      if (row.request_id) await publishRequestEvent(trx, 'request.updated', row.tenant_id, row.request_id);
    }
    return due.length;
  });
}

export function startBookingHoldExpiry(options: { db: Kysely<Database>; logger: Logger; intervalMs?: number; now?: () => Date }): BackgroundLoop {
  const now = options.now ?? (() => new Date());
  const loop = new BackgroundLoop('booking hold expiry', async () => (await expireEndedHolds(options.db, now())) >= batchSize, options.intervalMs ?? 60_000, options.logger);
  loop.start();
  return loop;
}
