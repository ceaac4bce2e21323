// A write is acknowledged only once it is on disk. SQLite runs in WAL mode with synchronous=NORMAL: a commit is safe
// from a crash of the process at once, but reaches the disk only at the next checkpoint, so a power cut or a crash of
// the machine could still take the last few commits. Syncing the WAL file after the commit closes that gap. One
// fsync covers every commit made before it began, so commits arriving together share one (a group commit), and it
// runs on libuv's thread pool: the event loop serves other requests meanwhile instead of waiting on the disk.
// PostgreSQL's commit is durable by itself (synchronous_commit), and an in-memory database has no disk.
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sql, SqliteAdapter, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

class WalSync {
  readonly #file: Promise<string | undefined>;
  #running: Promise<void> | undefined;
  #next: Promise<void> | undefined;

  constructor(db: Kysely<Database>) {
    this.#file = sql<{ file: string }>`select file from pragma_database_list where name = 'main'`
      .execute(db)
      .then((result) => result.rows[0]?.file || undefined);
  }

  /** Resolves once every commit made before the call is on disk. */
  sync(): Promise<void> {
    if (!this.#running) {
      this.#running = this.#fsync().finally(() => (this.#running = undefined));
      return this.#running;
    }
    // The fsync under way may have begun before this commit was written: wait for the one after it, shared by all
    // who arrive meanwhile.
    this.#next ??= this.#running.then(
      () => this.#afterRunning(),
      () => this.#afterRunning(),
    );
    return this.#next;
  }

  #afterRunning(): Promise<void> {
    this.#next = undefined;
    return this.sync();
  }

  async #fsync(): Promise<void> {
    const file = await this.#file;
    if (!file) return;
    await syncFile(`${file}-wal`).catch(async (error: NodeJS.ErrnoException) => {
      // No WAL file: the last connection checkpointed it into the database file and removed it.
      if (error.code !== 'ENOENT') throw error;
      await syncFile(file);
      await syncFile(dirname(file));
    });
  }
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

const syncs = new WeakMap<object, WalSync>();

/** Waits until what `db` has committed so far survives a power cut. Pass the database, not a transaction. */
export function committedToDisk(db: Kysely<Database>): Promise<void> {
  const executor = db.getExecutor();
  if (!(executor.adapter instanceof SqliteAdapter)) return Promise.resolve();
  // Keyed by the adapter, which every Kysely instance of one database (and its transactions) shares.
  let walSync = syncs.get(executor.adapter);
  if (!walSync) {
    walSync = new WalSync(db);
    syncs.set(executor.adapter, walSync);
  }
  return walSync.sync();
}
