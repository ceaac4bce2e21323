// Queries run on every request (the portal by its slug, the live session, a page of a list) are built and compiled by
// Kysely once per shape instead of once per request: the SQL of such a query depends only on which filters it has,
// never on their values. Values are bound as parameters each time, so what runs is what Kysely would have run.
import type { CompiledQuery, Compilable, Kysely, QueryResult, SelectQueryBuilder } from 'kysely';
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

/** The values of keysetPage's page: the cursor decoded (400 when it is not one of ours), one row more than the page. */
export interface KeysetValues {
  cursorCreatedAt: string;
  cursorId: string;
  limit: number;
}

export function keysetValues(page: PageQuery): { cursor: boolean; values: KeysetValues } {
  const cursor = decodeCursor(page.cursor);
  return { cursor: cursor !== undefined, values: { cursorCreatedAt: cursor?.createdAt ?? '', cursorId: cursor?.id ?? '', limit: page.limit + 1 } };
}

/** keysetPage's order, limit and cursor condition, with the values as stand-ins: the same SQL for every page. */
export function keysetSlots<QB extends SelectQueryBuilder<any, any, any>>(query: QB, table: string, cursor: boolean, values: KeysetValues): QB {
  let ordered = query
    .orderBy(`${table}.created_at`, 'desc')
    .orderBy(`${table}.id`, 'desc')
    .limit(values.limit) as QB;
  if (cursor) {
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
