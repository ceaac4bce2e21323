// Keeps the event log to the window streams resume from: events older than a day go, a batch at a time.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Logger } from '../http/logger.js';
import { BackgroundLoop } from '../jobs/background-loop.js';
import { eventRetentionMs, pruneEvents } from './log.js';

const batchSize = 1_000;

export function startEventLogPruning(options: { db: Kysely<Database>; logger: Logger; intervalMs?: number; now?: () => Date }): BackgroundLoop {
  const now = options.now ?? (() => new Date());
  const loop = new BackgroundLoop(
    'event log pruning',
    async () => (await pruneEvents(options.db, new Date(now().getTime() - eventRetentionMs), batchSize)) >= batchSize,
    options.intervalMs ?? 10 * 60_000,
    options.logger,
  );
  loop.start();
  return loop;
}
