// On PostgreSQL a statement compiled once per shape is parsed and planned once per connection: it runs as a named
// prepared statement, with its new values bound each time. A statement built for one request is not kept.
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysetKey, keysetSlots, keysetValues, reusedQuery, type KeysetShape, type KeysetValues } from '../customer-data/compiled.js';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../test/support/database.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.close();
});

const migrationNamed = reusedQuery(
  (db: Kysely<any>, _shape: null, values: { name: string }) => db.selectFrom('kysely_migration').select('name').where('name', '=', values.name),
  () => '',
);

describe.skipIf(dialectUnderTest !== 'postgres')('statements run on every request, on PostgreSQL', () => {
  it('are prepared once on a connection under a name, and answer each run with its own values', async () => {
    const [first, second] = (await database.db.selectFrom('kysely_migration' as never).select('name' as never).orderBy('name' as never).limit(2).execute()) as { name: string }[];
    await database.db.connection().execute(async (connection) => {
      expect(await migrationNamed.rows(connection, null, { name: first!.name })).toEqual([{ name: first!.name }]);
      expect(await migrationNamed.rows(connection, null, { name: second!.name })).toEqual([{ name: second!.name }]);
      expect(await migrationNamed.rows(connection, null, { name: 'no such migration' })).toEqual([]);
      await connection.selectFrom('kysely_migration' as never).select('timestamp' as never).where('name' as never, '=', first!.name as never).execute();

      const prepared = await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(connection);
      expect(prepared.rows).toHaveLength(1);
      expect(prepared.rows[0]!.name).toMatch(/^kp_\d+$/);
      expect(prepared.rows[0]!.statement).toBe('select "name" from "kysely_migration" where "name" = $1');
    });
  });
});

describe(`a page's statement, on ${dialectUnderTest}`, () => {
  // The migrations, as records with an id and a creation time.
  const records = (db: Kysely<any>) => db.selectFrom(db.selectFrom('kysely_migration').select(['name as id', 'timestamp as created_at']).as('m')).selectAll();
  const page = reusedQuery((db: Kysely<any>, shape: KeysetShape, values: KeysetValues) => keysetSlots(records(db), 'm', shape, values), keysetKey);

  it('carries the page size in its SQL, so a plan made once fits the few rows asked for, and answers that many', async () => {
    const sqlOf = (limit: number) => keysetSlots(records(database.db), 'm', { cursor: false, limit }, { cursorCreatedAt: '', cursorId: '' }).compile();
    expect(sqlOf(21).sql).toMatch(/ limit 21$/);
    expect(sqlOf(21).parameters).toEqual([]);
    expect(sqlOf(3).sql).not.toBe(sqlOf(21).sql);
    for (const limit of [2, 3]) {
      const { page: shape, values } = keysetValues({ limit });
      expect(await page.rows(database.db, shape, values)).toHaveLength(limit + 1);
    }
  });

  it('refuses a size that is not a whole number of rows rather than write it into the SQL', () => {
    for (const limit of [Number.NaN, 1.5, -3, Number.POSITIVE_INFINITY]) expect(() => keysetValues({ limit })).toThrow(/not a page size/);
  });
});
