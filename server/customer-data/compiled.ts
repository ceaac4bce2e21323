// Queries run on every request (the portal by its slug, the live session, a page of a list) are built and compiled by
// Kysely once per shape instead of once per request: the SQL of such a query depends only on which filters it has,
// never on their values. Values are bound as parameters each time, so what runs is what Kysely would have run.
import { sql, type CompiledQuery, type Compilable, type Kysely, type QueryResult, type SelectQueryBuilder } from 'kysely';
import { prepareEachTime } from '../db/prepared.js';
import { decodeCursor, type PageQuery } from '../http/pagination.js';

/** Stands in for a value while the query is built; replaced by the value of its name when the query runs. */
class Slot {
  constructor(readonly name: string) {}
}

const slotProxy = new Proxy({}, { get: (_target, name) => new Slot(String(name)) });

/** A query compiled for each shape it is asked for, for each database (or transaction) it runs on. */
export interface ReusedQuery<Shape, Values, Row> {
  rows(db: Kysely<any>, shape: Shape, values: Values): Promise<Row[]>;
  first(db: Kysely<any>, shape: Shape, values: Values): Promise<Row | undefined>;
}

// Shapes are few (a list's filters present or not, a portal's visible statuses); a bound keeps a mistake from growing.
const maxShapes = 200;

/**
 * `build` gets the shape and stand-ins for the values (`values.tenantId` and so on): it must put every value that
 * varies between requests through them, and let `keyOf(shape)` name everything else the SQL depends on.
 */
export function reusedQuery<Shape, Values extends object, Row>(
  build: (db: Kysely<any>, shape: Shape, values: Values) => Compilable<Row>,
  keyOf: (shape: Shape) => string,
): ReusedQuery<Shape, Values, Row> {
  const compiledFor = new WeakMap<Kysely<any>, Map<string, CompiledQuery<Row>>>();
  const run = async (db: Kysely<any>, shape: Shape, values: Values): Promise<QueryResult<Row>> => {
    let byShape = compiledFor.get(db);
    if (!byShape) compiledFor.set(db, (byShape = new Map()));
    const key = keyOf(shape);
    let compiled = byShape.get(key);
    if (!compiled) {
      compiled = build(db, shape, slotProxy as Values).compile();
      if (byShape.size < maxShapes) {
        byShape.set(key, compiled);
        prepareEachTime(compiled.sql);
      }
    }
    const parameters = compiled.parameters.map((parameter) => {
      if (!(parameter instanceof Slot)) return parameter;
      if (!(parameter.name in values)) throw new Error(`reusedQuery: no value for ${parameter.name}`);
      return (values as Record<string, unknown>)[parameter.name];
    });
    return db.executeQuery<Row>({ ...compiled, parameters });
  };
  return {
    rows: async (db, shape, values) => (await run(db, shape, values)).rows,
    first: async (db, shape, values) => (await run(db, shape, values)).rows[0],
  };
}

/**
 * What keysetPage's SQL depends on: whether a cursor is given, and the number of rows asked for (the page and one
 * more). The number is written into the SQL, not bound: PostgreSQL plans a prepared statement once for all its runs
 * only when it can see how few rows it is for, and a list's sizes are few (1 to 100, most often the default).
 */
export interface KeysetShape {
  cursor: boolean;
  limit: number;
}

/** The values of keysetPage's page: the cursor decoded (400 when it is not one of ours). */
export interface KeysetValues {
  cursorCreatedAt: string;
  cursorId: string;
}

export function keysetValues(query: PageQuery): { page: KeysetShape; values: KeysetValues } {
  const cursor = decodeCursor(query.cursor);
  const limit = query.limit + 1;
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`keysetValues: ${query.limit} is not a page size`);
  return { page: { cursor: cursor !== undefined, limit }, values: { cursorCreatedAt: cursor?.createdAt ?? '', cursorId: cursor?.id ?? '' } };
}

/** The part of a reused query's key that keysetSlots' SQL depends on. */
export const keysetKey = (page: KeysetShape) => `${page.cursor}|${page.limit}`;

/** keysetPage's order, limit and cursor condition, with the values as stand-ins: the same SQL for every page of a size. */
export function keysetSlots<QB extends SelectQueryBuilder<any, any, any>>(query: QB, table: string, page: KeysetShape, values: KeysetValues): QB {
  let ordered = query
    .orderBy(`${table}.created_at`, 'desc')
    .orderBy(`${table}.id`, 'desc')
    .limit(sql.lit(page.limit)) as QB;
  if (page.cursor) {
    ordered = ordered.where(`${table}.created_at`, '<=', values.cursorCreatedAt) as QB;
    ordered = ordered.where((eb: any) =>
      eb.or([
        eb(`${table}.created_at`, '<', values.cursorCreatedAt),
        eb.and([eb(`${table}.created_at`, '=', values.cursorCreatedAt), eb(`${table}.id`, '<', values.cursorId)]),
      ]),
    ) as QB;
  }
  return ordered;
}
