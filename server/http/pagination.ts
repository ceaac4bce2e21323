// Keyset pagination of design §4: newest first by (created_at, id), `?limit=` (default 20, clamped to 100) and an
// opaque `?cursor=`; answers {items, nextCursor}. Stable under inserts: new rows sort before the cursor, never after it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SelectQueryBuilder } from 'kysely';
import { z } from '@hono/zod-openapi';
import { ApiError } from './errors.js';

export const defaultPageSize = 20;
export const maxPageSize = 100;

export const pageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .default(defaultPageSize)
    .transform((limit) => Math.min(limit, maxPageSize))
    .openapi({ maximum: maxPageSize, description: `Items per page: default ${defaultPageSize}, at most ${maxPageSize} (a larger number is read as ${maxPageSize}).` }),
  cursor: z.string().max(200).optional().openapi({ description: 'The nextCursor of the previous page.' }),
});

export type PageQuery = z.output<typeof pageQuerySchema>;

export interface Cursor {
  createdAt: string;
  id: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

// A cursor carries a check value over its position, so one the server did not make (typed by hand, edited, cut short)
// is refused instead of quietly answering some page. It is no secret and needs none: a cursor only says where a page
// starts, and every list stays scoped by its caller whatever the cursor says.
const cursorCheckKey = 'klantportaal page cursor v1';

function cursorCheck(createdAt: string, id: string): string {
  return createHmac('sha256', cursorCheckKey).update(`${createdAt}\n${id}`).digest('base64url').slice(0, 16);
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function encodeCursor(row: { created_at: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.created_at, row.id, cursorCheck(row.created_at, row.id)])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Cursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value.every((part) => typeof part === 'string') &&
      sameText(value[2] as string, cursorCheck(value[0] as string, value[1] as string))
    ) {
      return { createdAt: value[0] as string, id: value[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw new ApiError('validation_failed', 'The cursor is not valid.', [{ path: 'cursor', message: 'Use the nextCursor of a previous page.' }]);
}

/**
 * Orders a query newest first, continues after the cursor and fetches one row more than the page, so pageOf can
 * tell whether another page follows. `table` names the table whose created_at and id order the list.
 */
export function keysetPage<QB extends SelectQueryBuilder<any, any, any>>(query: QB, table: string, page: PageQuery): QB {
  const cursor = decodeCursor(page.cursor);
  let ordered = query
    .orderBy(`${table}.created_at`, 'desc')
    .orderBy(`${table}.id`, 'desc')
    .limit(page.limit + 1) as QB;
  if (cursor) {
    // The plain bound on created_at lets PostgreSQL seek into a (…, created_at, id) index; the OR then settles ties.
    ordered = ordered.where(`${table}.created_at`, '<=', cursor.createdAt) as QB;
    ordered = ordered.where((eb: any) =>
      eb.or([
        eb(`${table}.created_at`, '<', cursor.createdAt),
        eb.and([eb(`${table}.created_at`, '=', cursor.createdAt), eb(`${table}.id`, '<', cursor.id)]),
      ]),
    ) as QB;
  }
  return ordered;
}

/** Cuts the extra row keysetPage fetched and maps the rest with the route's explicit output mapping. */
export function pageOf<Row extends { created_at: string; id: string }, Item>(rows: Row[], page: PageQuery, toItem: (row: Row) => Item): Page<Item> {
  const more = rows.length > page.limit;
  const kept = more ? rows.slice(0, page.limit) : rows;
  return { items: kept.map(toItem), nextCursor: more ? encodeCursor(kept[kept.length - 1]!) : null };
}
