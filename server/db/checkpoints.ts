// SQLite in WAL mode appends each commit's pages to the WAL file; a checkpoint copies them back into the database file
// and syncs it. SQLite runs that checkpoint inside whichever commit finds the WAL past its limit, so every few dozen
// writes one request waited on page copies and two fsyncs while the event loop stood still. Here a thread of its own,
// on a connection of its own, checkpoints soon after writes (PASSIVE: it never blocks a writer). The serving connection
// keeps a checkpoint limit of its own, higher, so the WAL is still reset regularly under constant writes: by then the
// thread has copied nearly everything, and what is left is a short copy. Should the thread fail, the connection goes
// back to SQLite's own limit.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';

/** How long the thread lets writes gather before the next checkpoint: one checkpoint then covers many commits. */
const gatherMs = 20;
/** WAL pages after which the serving connection checkpoints what the thread has not (SQLite's default is 1,000). */
export const servingCheckpointPages = 4_000;
const sqliteDefaultCheckpointPages = 1_000;

// Slots of the shared signal: writes seen so far, and whether to stop.
const writes = 0;
const stopping = 1;

const threadSource = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const signal = new Int32Array(workerData.signal);
const db = new Database(workerData.path, { fileMustExist: true });
let seen = 0;
for (;;) {
  Atomics.wait(signal, ${writes}, seen);
  if (Atomics.load(signal, ${stopping}) === 1) break;
  seen = Atomics.load(signal, ${writes});
  db.pragma('wal_checkpoint(PASSIVE)');
  Atomics.wait(signal, ${stopping}, 0, ${gatherMs});
}
db.close();
`;

export interface Checkpoints {
  /** Call after each write on the serving connection: wakes the thread if it is waiting. */
  written(): void;
  /** Ends the thread once its checkpoint under way is done. */
  stop(): Promise<void>;
}

/** Checkpoints of the WAL database at `path`, which `serving` writes to, on a thread of their own. */
export function checkpointsInBackground(serving: SqliteDatabase.Database, path: string): Checkpoints {
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const thread = new Worker(threadSource, { eval: true, workerData: { driver, path, signal: signal.buffer } });
  thread.unref();
  let running = true;
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  const fallBack = () => {
    if (!running) return;
    running = false;
    if (serving.open) serving.pragma(`wal_autocheckpoint = ${sqliteDefaultCheckpointPages}`);
  };
  thread.once('error', fallBack);
  thread.once('exit', fallBack);
  serving.pragma(`wal_autocheckpoint = ${servingCheckpointPages}`);
  return {
    written() {
      if (!running) return;
      Atomics.add(signal, writes, 1);
      Atomics.notify(signal, writes);
    },
    async stop() {
      running = false;
      // Unreferenced, the thread would not keep the process alive for this wait.
      thread.ref();
      Atomics.store(signal, stopping, 1);
      // Counted as a write too, so that a thread about to wait for the next write does not wait at all.
      Atomics.add(signal, writes, 1);
      Atomics.notify(signal, writes);
      Atomics.notify(signal, stopping);
      await exited;
    },
  };
}
