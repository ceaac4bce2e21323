import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../test/support/database.js';
import { lastJsonLine, runCli } from '../../test/support/processes.js';
import { SigningKeys } from './signing-keys.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe(`signing keys on ${dialectUnderTest}`, () => {
  it('are rotated by the operator CLI: the new kid signs, the old key is retired but kept', async () => {
    const keys = new SigningKeys(database.db);
    const before = (await keys.current()).kid;
    const result = await runCli(['signing-key', 'rotate'], { DATABASE_URL: database.url, ...database.env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { kid } = lastJsonLine<{ kid: string }>(result.stdout);
    expect(kid).toMatch(/^[0-9a-f]{16}$/);
    expect(kid).not.toBe(before);

    const fresh = new SigningKeys(database.db);
    expect((await fresh.current()).kid).toBe(kid);
    expect(await fresh.forVerification(before)).toBeDefined();
    const rows = await database.db.selectFrom('signing_keys').select(['kid', 'retired_at']).execute();
    expect(rows.find((row) => row.kid === before)?.retired_at).not.toBeNull();
    expect(rows.find((row) => row.kid === kid)?.retired_at).toBeNull();
    expect(result.stdout).not.toMatch(/secret/i);
  });

  it('explain an unknown subcommand', async () => {
    const result = await runCli(['signing-key', 'delete'], { DATABASE_URL: database.url, ...database.env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Unknown command: signing-key delete');
  });
});
