// SQLite only: checkpoints are a matter of SQLite's WAL file.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointsInBackground, servingCheckpointPages } from './checkpoints.js';
import { until } from '../../test/support/until.js';
import { connect, openSqlite } from './connect.js';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'kp-checkpoints-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

const pageBytes = 4096;
const sizeOf = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? 0;

describe('checkpoints of a SQLite database on a thread of their own', () => {
  it('copy a commit into the database file soon after, without the serving connection doing it', async () => {
    const path = join(directory, 'soon.db');
    const handle = connect(`file:${path}`);
    try {
      await sql`create table notes (body text not null)`.execute(handle.db);
      const before = sizeOf(path);
      // About 500 pages: far below the serving connection's own limit, so only the thread can have copied them.
      await handle.db.transaction().execute(async (trx) => {
        for (let index = 0; index < 500; index += 1) await sql`insert into notes (body) values (${'x'.repeat(4000)})`.execute(trx);
      });
      await until(() => sizeOf(path) >= before + 500 * pageBytes, 10_000, 'the checkpoint of the commit');
    } finally {
      await handle.close();
    }
  });

  it('keep the WAL file bounded under constant writes, and lose none of them', async () => {
    const path = join(directory, 'constant.db');
    const handle = connect(`file:${path}`);
    const commits = 300;
    let largestWal = 0;
    try {
      await sql`create table notes (id integer primary key, body text not null)`.execute(handle.db);
      // Commits one after another with no pause, about 80 MB in all: twenty times the serving connection's limit.
      for (let commit = 0; commit < commits; commit += 1) {
        await handle.db.transaction().execute(async (trx) => {
          for (let row = 0; row < 60; row += 1) await sql`insert into notes (body) values (${`${commit}:${row}:`.padEnd(4000, 'x')})`.execute(trx);
        });
        largestWal = Math.max(largestWal, sizeOf(`${path}-wal`));
      }
    } finally {
      await handle.close();
    }
    // Past the limit, a commit that finds the thread's checkpoint under way leaves the WAL to the next commit: it may
    // pass the limit by a few commits' pages before it starts over, but never grows with the data written.
    expect(largestWal).toBeLessThan(2 * servingCheckpointPages * (pageBytes + 24));
    const reopened = openSqlite(path);
    try {
      expect(reopened.prepare('select count(*) as count from notes').get()).toEqual({ count: commits * 60 });
      expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      reopened.close();
    }
  });

  it('give the checkpoints back to SQLite when the thread cannot work', async () => {
    const serving = openSqlite(join(directory, 'serving.db'));
    try {
      const checkpoints = checkpointsInBackground(serving, join(directory, 'no-such-database.db'));
      expect(serving.pragma('wal_autocheckpoint', { simple: true })).toBe(servingCheckpointPages);
      await until(() => serving.pragma('wal_autocheckpoint', { simple: true }) === 1000, 10_000, 'the fallback to SQLite’s limit');
      checkpoints.written();
      await checkpoints.stop();
    } finally {
      serving.close();
    }
  });
});
