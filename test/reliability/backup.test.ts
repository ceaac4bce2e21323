// `backup <file>` while customers keep submitting requests: the copy is one consistent moment that passes its
// integrity check, holds everything answered before it was taken, and a server started on it serves the same data.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../support/database.js';
import { lastJsonLine, runCli } from '../support/processes.js';
import { businessWithContacts, countRows, killServers, newSubmission, serve, submit, until, type SignedInContact } from './support.js';

let database: TestDatabase;
let directory: string;
beforeAll(async () => {
  database = await createTestDatabase();
  directory = mkdtempSync(join(tmpdir(), 'kp-backup-'));
});
afterAll(async () => {
  killServers();
  await database.close();
  rmSync(directory, { recursive: true, force: true });
});

const count = (sqlite: SqliteDatabase.Database, query: string, ...values: string[]) => (sqlite.prepare(query).get(...values) as { n: number }).n;

describe(`an online backup under write load, on ${dialectUnderTest}`, () => {
  it.skipIf(dialectUnderTest !== 'sqlite')('is consistent, passes integrity_check, and restores to a server with the same data', async () => {
    const slug = 'kopie';
    const { contacts } = await businessWithContacts(database, slug, 100);
    const server = await serve(database);

    // Each customer submits again and again (below the 20-an-hour limit): about 250 a second for some 8 seconds, longer
    // than the backup command takes to start, copy and check.
    const answered: { id: string; contact: SignedInContact; at: number }[] = [];
    let stop = false;
    const load = contacts.map(async (contact, index) => {
      for (let round = 0; round < 19 && !stop; round += 1) {
        const response = await submit(server, slug, newSubmission(contact, `Belasting ${index}-${round}`));
        expect(response.status).toBe(201);
        answered.push({ id: ((await response.json()) as { id: string }).id, contact, at: Date.now() });
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
    });
    await until(() => answered.length >= 60, 20_000, 'load under way');

    const file = join(directory, 'klantportaal-backup.db');
    const started = Date.now();
    const answeredBefore = answered.map((entry) => entry.id);
    const result = await runCli(['backup', file], { DATABASE_URL: database.url });
    const finished = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 500));
    stop = true;
    await Promise.all(load);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(lastJsonLine(result.stdout)).toEqual({ backup: file, bytes: expect.any(Number), integrityCheck: 'ok' });
    expect(answered.filter((entry) => entry.at > started && entry.at < finished).length, 'answered while the backup ran').toBeGreaterThan(0);
    expect(answered.filter((entry) => entry.at > finished).length, 'answered after it finished: the load outlasted it').toBeGreaterThan(0);

    const copy = new SqliteDatabase(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('foreign_key_check')).toEqual([]);
      const requests = count(copy, 'select count(*) as n from requests');
      // One moment: every request with its timeline entry, its idempotency answer and its audit line, none without.
      expect(count(copy, "select count(*) as n from request_events where status = 'submitted'")).toBe(requests);
      expect(count(copy, "select count(*) as n from idempotency_keys where status = 'done'")).toBe(requests);
      expect(count(copy, "select count(*) as n from audit_events where action = 'request.submitted'")).toBe(requests);
      const kept = new Set((copy.prepare('select id from requests').all() as { id: string }[]).map((row) => row.id));
      expect(answeredBefore.filter((id) => !kept.has(id)), 'answered before the backup began, missing from it').toEqual([]);
      expect(requests).toBeLessThanOrEqual(await countRows(database, 'requests'));

      // Restoring is starting a server on the copy: it answers with what the copy holds.
      const restored = await serve({ ...database, url: `file:${file}` });
      expect((await fetch(`${restored.url}/readyz`)).status).toBe(200);
      for (const contact of contacts.slice(0, 5)) {
        const list = await fetch(`${restored.url}/api/v1/portal/${slug}/requests?limit=100`, { headers: { Authorization: `Bearer ${contact.token}` } });
        expect(list.status).toBe(200);
        const items = ((await list.json()) as { items: { id: string }[] }).items;
        expect(items.length).toBe(count(copy, 'select count(*) as n from requests where contact_id = ?', contact.contactId));
        expect(items.every((item) => kept.has(item.id))).toBe(true);
      }
      restored.child.kill('SIGTERM');
      expect(await restored.exited).toBe(0);
    } finally {
      copy.close();
    }
  }, 60_000);

  it.skipIf(dialectUnderTest !== 'postgres')('on PostgreSQL points to pg_dump and writes nothing', async () => {
    const file = join(directory, 'pg-backup.db');
    const result = await runCli(['backup', file], { DATABASE_URL: database.url });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/pg_dump/);
    expect(result.stderr).not.toMatch(/ at .*:\d+:\d+/);
    expect(existsSync(file)).toBe(false);
  });

  it.skipIf(dialectUnderTest !== 'sqlite')('never overwrites an existing file', async () => {
    const file = join(directory, 'klantportaal-backup.db');
    expect(existsSync(file)).toBe(true);
    const result = await runCli(['backup', file], { DATABASE_URL: database.url });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already exists/);
  });
});
