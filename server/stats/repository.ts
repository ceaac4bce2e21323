// The counts behind the dashboard, each one aggregated by the database and scoped by the business.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, Dialect } from '../db/schema.js';
import type { ContactStatus } from '../db/tables/accounts.js';
import type { QuoteStatus } from '../db/tables/customer-data.js';
import type { RequestStatus } from '../db/tables/requests.js';
import type { Week } from './weeks.js';

/** A span of stored timestamps: from `startsAt` up to, not including, `endsAt`. */
export interface Span {
  startsAt: string;
  endsAt: string;
}

export interface WeekCount {
  /** Position in the weeks asked for, oldest first. */
  index: number;
  total: number;
  guest: number;
}

/** Requests received per week; a week without any has no row. */
export async function countRequestsPerWeek(db: Kysely<Database>, tenantId: string, weeks: readonly Week[]): Promise<WeekCount[]> {
  const first = weeks[0]!;
  const last = weeks[weeks.length - 1]!;
  // The weeks' edges are Amsterdam midnights turned into UTC, so the buckets are found by comparing stored text.
  const index =
    weeks.length === 1
      ? sql<number>`0`
      : sql<number>`case ${sql.join(
          weeks.slice(1).map((week, i) => sql`when created_at < ${week.startsAt} then ${sql.lit(i)}`),
          sql` `,
        )} else ${sql.lit(weeks.length - 1)} end`;
  const rows = await db
    .selectFrom('requests')
    .where('tenant_id', '=', tenantId)
    .where('created_at', '>=', first.startsAt)
    .where('created_at', '<', last.endsAt)
    .select([
      index.as('week_index'),
      sql<number>`count(*)`.as('total'),
      sql<number>`sum(case when customer_id is null then 1 else 0 end)`.as('guest'),
    ])
    .groupBy(sql.ref('week_index'))
    .execute();
  return rows.map((row) => ({ index: Number(row.week_index), total: Number(row.total), guest: Number(row.guest) }));
}

/** Requests received in the span, and how many of them came from guests. */
export async function countRequests(db: Kysely<Database>, tenantId: string, span: Span): Promise<{ total: number; guest: number }> {
  const row = await db
    .selectFrom('requests')
    .where('tenant_id', '=', tenantId)
    .where('created_at', '>=', span.startsAt)
    .where('created_at', '<', span.endsAt)
    .select([sql<number>`count(*)`.as('total'), sql<number | null>`sum(case when customer_id is null then 1 else 0 end)`.as('guest')])
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), guest: Number(row.guest ?? 0) };
}

/** Records of `table` made in the span, by the status each has now. */
async function countByStatus<Status extends string>(db: Kysely<Database>, table: 'requests' | 'quotes', tenantId: string, span: Span): Promise<Map<Status, number>> {
  const rows = await db
    .selectFrom(table)
    .where('tenant_id', '=', tenantId)
    .where('created_at', '>=', span.startsAt)
    .where('created_at', '<', span.endsAt)
    .select(['status', sql<number>`count(*)`.as('count')])
    .groupBy('status')
    .execute();
  return new Map(rows.map((row) => [row.status as Status, Number(row.count)]));
}

/** Requests received in the span, by the status each has now. */
export function countRequestsByStatus(db: Kysely<Database>, tenantId: string, span: Span): Promise<Map<RequestStatus, number>> {
  return countByStatus(db, 'requests', tenantId, span);
}

/** Requests nobody has looked at yet (still `submitted`), whenever they came in: what the inbox marks new. */
export async function countNewRequests(db: Kysely<Database>, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('requests')
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'submitted')
    .select(sql<number>`count(*)`.as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Quotes made in the span, by the status each has now. */
export function countQuotesByStatus(db: Kysely<Database>, tenantId: string, span: Span): Promise<Map<QuoteStatus, number>> {
  return countByStatus(db, 'quotes', tenantId, span);
}

/** The business's portal users as they stand now, by status. */
export async function countContactsByStatus(db: Kysely<Database>, tenantId: string): Promise<Map<ContactStatus, number>> {
  const rows = await db
    .selectFrom('contacts')
    .where('tenant_id', '=', tenantId)
    .select(['status', sql<number>`count(*)`.as('count')])
    .groupBy('status')
    .execute();
  return new Map(rows.map((row) => [row.status, Number(row.count)]));
}

/** Seconds from one stored timestamp to a later one; the two databases spell it differently. */
function secondsBetween(dialect: Dialect, from: RawBuilder<unknown>, to: RawBuilder<unknown>): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`extract(epoch from (${to}::timestamptz - ${from}::timestamptz))::float8`
    : sql<number>`(julianday(${to}) - julianday(${from})) * 86400.0`;
}

export interface FirstAnswers {
  /** Requests of the span the business has answered. */
  answered: number;
  /** The median of the seconds to each one's first answer; null when none was answered. */
  medianSeconds: number | null;
}

/**
 * How long the business took to answer requests received in the span: the first message it wrote on the request, or
 * the first time it moved the request on from `submitted`, whichever came first. A customer cancelling is no answer.
 */
export async function firstAnswers(db: Kysely<Database>, dialect: Dialect, tenantId: string, span: Span): Promise<FirstAnswers> {
  const answeredAt = sql`case
      when first_message is null then first_move
      when first_move is null then first_message
      when first_message < first_move then first_message
      else first_move end`;
  const result = await sql<{ answered: number | null; median_seconds: number | null }>`
    with firsts as (
      select r.created_at as received_at,
        (select min(m.created_at) from messages m
          where m.request_id = r.id and m.tenant_id = r.tenant_id and m.author_type = 'business') as first_message,
        (select min(e.created_at) from request_events e
          where e.request_id = r.id and e.tenant_id = r.tenant_id and e.actor_type = 'business' and e.status <> 'submitted') as first_move
      from requests r
      where r.tenant_id = ${tenantId} and r.created_at >= ${span.startsAt} and r.created_at < ${span.endsAt}
    ),
    waits as (
      select ${secondsBetween(dialect, sql.ref('received_at'), answeredAt)} as seconds
      from firsts where first_message is not null or first_move is not null
    ),
    ranked as (
      select seconds, row_number() over (order by seconds) as position, count(*) over () as answered from waits
    )
    select max(answered) as answered, avg(seconds) as median_seconds
    from ranked where position in ((answered + 1) / 2, (answered + 2) / 2)
  `.execute(db);
  const row = result.rows[0];
  return {
    answered: Number(row?.answered ?? 0),
    medianSeconds: row?.median_seconds === null || row?.median_seconds === undefined ? null : Number(row.median_seconds),
  };
}
