// A fresh, migrated database for one test suite: SQLite in a temporary file, or (when KP_TEST_DATABASE_URL names a
// throwaway PostgreSQL, as npm test starts one) a schema of its own in that server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type DatabaseHandle } from '../../server/db/connect.js';
import { migrateToLatest } from '../../server/db/migrations/index.js';

export interface TestDatabase extends DatabaseHandle {
  /** The DATABASE_URL a child process (server, CLI) would use to reach the same data. */
  url: string;
  /** Extra environment a child process needs for the same data (the PostgreSQL schema). */
  env: Record<string, string>;
}

export const postgresUrl = process.env.KP_TEST_DATABASE_URL;
export const dialectUnderTest = postgresUrl ? 'postgres' : 'sqlite';

export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  if (postgresUrl) {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const handle = connect(postgresUrl, { searchPath: schema, poolSize: 5 });
    if (options.migrate !== false) await migrateToLatest(handle.db, handle.dialect, handle.schema);
    return {
      ...handle,
      url: `${postgresUrl}${postgresUrl.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}`,
      env: {},
      // The schema stays until the throwaway server goes: Kysely's migrator reads the tables of every schema, and a
      // schema dropped by one suite while another suite migrates makes that read fail.
      close: () => handle.close(),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'kp-test-'));
  const path = join(dir, 'test.db');
  const handle = connect(`file:${path}`);
  if (options.migrate !== false) await migrateToLatest(handle.db, handle.dialect, handle.schema);
  return {
    ...handle,
    url: `file:${path}`,
    env: {},
    async close() {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
