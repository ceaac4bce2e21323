// Queries a busy route runs on every call, built and compiled by Kysely once per dialect and then run with each
// call's values. Building and compiling a query costs more than SQLite takes to run it (issue 18's profile), and
// the SQL of these queries never changes, only their values.
import { CompiledQuery, type Compilable, type Kysely, type QueryResult } from 'kysely';
import type { Database } from '../db/schema.js';

// Stand-ins for the values while the query is built: a parameter equal to one of them is bound to that value later.
const marker = '\u0000kp-value:';

type Values = Record<string, unknown>;

interface Compiled {
  sql: string;
  /** For each parameter: the name of the value bound there, or a constant of the query itself. */
  slots: ({ name: string } | { constant: unknown })[];
}

/**
 * A query whose values are named: `build` receives stand-ins for them (use each only as a value, never in a
 * comparison with null or an `in` list, whose SQL depends on the value). Answers a function that runs the query on
 * `db` (or a transaction) with the values given.
 */
export function statement<V extends Values, Row>(build: (db: Kysely<Database>, values: V) => Compilable<Row>): (db: Kysely<Database>, values: V) => Promise<QueryResult<Row>> {
  // Per dialect, by its adapter's class: SQLite and PostgreSQL write their placeholders differently.
  const compiled = new Map<unknown, Compiled>();
  const stand = new Proxy({}, { get: (_target, name) => `${marker}${String(name)}` }) as V;
  return (db, values) => {
    const adapter = db.getExecutor().adapter.constructor;
    let query = compiled.get(adapter);
    if (!query) {
      const built = build(db, stand).compile();
      query = {
        sql: built.sql,
        slots: built.parameters.map((parameter) =>
          typeof parameter === 'string' && parameter.startsWith(marker) ? { name: parameter.slice(marker.length) } : { constant: parameter },
        ),
      };
      compiled.set(adapter, query);
    }
    const parameters = query.slots.map((slot) => ('name' in slot ? (values[slot.name] ?? null) : slot.constant));
    return db.executeQuery<Row>(CompiledQuery.raw(query.sql, parameters));
  };
}

/** An insert of one row of `table` with exactly these columns, compiled once; run it with the row. */
export function insertStatement<T extends keyof Database & string>(table: T, columns: readonly (keyof Database[T] & string)[]) {
  const insert = statement((db, values: Values) =>
    (db as Kysely<any>).insertInto(table).values(Object.fromEntries(columns.map((column) => [column, values[column]]))),
  );
  return async (db: Kysely<Database>, row: Record<(typeof columns)[number], unknown>): Promise<void> => {
    await insert(db, row);
  };
}
