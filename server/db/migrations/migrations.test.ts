import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../../test/support/database.js';
import { migrateToLatest } from './index.js';

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function schemaSnapshot(handle: TestDatabase): Promise<string[]> {
  const tables = await handle.db.introspection.getTables();
  return tables
    .filter((table) => !table.name.startsWith('kysely_') && (!handle.schema || table.schema === handle.schema))
    .flatMap((table) => table.columns.map((column) => `${table.name}.${column.name}:${column.dataType}:${column.isNullable}`))
    .sort();
}

describe(`migrations on ${dialectUnderTest}`, () => {
  it('create the foundation tables on an empty database', async () => {
    database = await createTestDatabase({ migrate: false });
    const applied = await migrateToLatest(database.db, database.dialect, database.schema);
    expect(applied[0]).toBe('2026_11_29_001_foundation');
    const names = (await database.db.introspection.getTables()).map((table) => table.name);
    expect(names).toEqual(expect.arrayContaining(['tenants', 'portals', 'api_keys']));
  });

  it('run a second time without applying anything or changing the schema', async () => {
    database = await createTestDatabase({ migrate: false });
    await migrateToLatest(database.db, database.dialect, database.schema);
    const before = await schemaSnapshot(database);
    expect(await migrateToLatest(database.db, database.dialect, database.schema)).toEqual([]);
    expect(await schemaSnapshot(database)).toEqual(before);
  });

  it('leave SQLite in WAL mode with foreign keys enforced', async () => {
    database = await createTestDatabase();
    if (database.dialect !== 'sqlite') return;
    expect(database.sqlite!.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.sqlite!.pragma('foreign_keys', { simple: true })).toBe(1);
    await expect(
      sql`insert into portals (id, tenant_id, slug, settings, created_at, updated_at) values ('p', 'missing', 's', '{}', '', '')`.execute(
        database.db,
      ),
    ).rejects.toThrow(/FOREIGN KEY/);
  });
});
