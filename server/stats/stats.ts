// The business's figures for the console's dashboard: requests per week, how fast it answers, what it accepts, its
// quotes and its portal users. One answer shape, built here from the repository's counts.
import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import {
  countContactsByStatus,
  countNewRequests,
  countQuotesByStatus,
  countRequests,
  countRequestsByStatus,
  countRequestsPerWeek,
  firstAnswers,
  type Span,
} from './repository.js';
import { addDays, daysBetween, localDate, mondayOf, weeksCovering, type Week } from './weeks.js';

/** Twelve weeks unless asked otherwise; at most 53, about a year. */
export const defaultWeeks = 12;
export const maxWeeks = 53;

const dateParam = z.iso.date({ message: 'must be a date, YYYY-MM-DD' });

export const statsQuery = z.object({
  from: dateParam
    .optional()
    .openapi({ description: 'The first day (YYYY-MM-DD); its whole week counts. Default: the Monday eleven weeks before the week of `to`.' }),
  to: dateParam.optional().openapi({ description: 'The last day (YYYY-MM-DD); its whole week counts. Default: today in Amsterdam.' }),
});
export type StatsQuery = z.output<typeof statsQuery>;

const count = z.number().int().min(0);

const weekSchema = z.strictObject({
  weekStart: z.string().openapi({ description: 'The Monday the week begins on (YYYY-MM-DD); weeks run Monday 00:00 to Monday 00:00 Amsterdam time' }),
  year: z.number().int().openapi({ description: 'The ISO 8601 week-numbering year (the year of the week’s Thursday)' }),
  week: z.number().int().min(1).max(53).openapi({ description: 'The ISO 8601 week number' }),
  requests: count.openapi({ description: 'Requests received in the week' }),
  guest: count.openapi({ description: 'Of those, sent by a guest without an account' }),
  portal: count.openapi({ description: 'Of those, sent by a signed-in customer' }),
});

export const statsSchema = z
  .strictObject({
    period: z.strictObject({
      from: z.string().openapi({ description: 'The Monday the first week begins on (YYYY-MM-DD)' }),
      to: z.string().openapi({ description: 'The Sunday the last week ends on (YYYY-MM-DD)' }),
      timeZone: z.literal('Europe/Amsterdam'),
    }),
    weeks: z.array(weekSchema).openapi({ description: 'Every week of the period, oldest first, those without requests too' }),
    thisWeek: weekSchema.openapi({ description: 'The week of today, whatever the period' }),
    newRequests: count.openapi({ description: 'Requests still `submitted`, whenever they came in: what the inbox marks new' }),
    requests: z
      .strictObject({
        total: count.openapi({ description: 'Requests received in the period' }),
        byStatus: z.strictObject({ submitted: count, in_review: count, accepted: count, rejected: count, cancelled: count }),
        acceptedShare: z
          .number()
          .min(0)
          .max(1)
          .nullable()
          .openapi({ description: 'Accepted ÷ (accepted + rejected), of the period’s requests the business decided on; null before it decided any' }),
      })
      .openapi({ description: 'The period’s requests, by the status each has now' }),
    firstAnswer: z
      .strictObject({
        medianSeconds: z
          .number()
          .min(0)
          .nullable()
          .openapi({ description: 'The median time from receiving a request to the business’s first answer, in seconds; null when none was answered' }),
        answered: count,
        unanswered: count,
      })
      .openapi({
        description:
          'Of the period’s requests: the first answer is the business’s first message on the request, or its first move of the request out of `submitted`, whichever came first',
      }),
    quotes: z
      .strictObject({ open: count, accepted: count, declined: count, expired: count, withdrawn: count })
      .openapi({ description: 'Quotes made in the period, by the status each has now' }),
    contacts: z
      .strictObject({ invited: count, active: count, disabled: count })
      .openapi({ description: 'The business’s portal users now: invited (not signed in yet), active, disabled' }),
  })
  .openapi('BusinessStats');
export type BusinessStats = z.output<typeof statsSchema>;

const invalidPeriod = (path: string, message: string) => new ApiError('validation_failed', 'The request query is not valid.', [{ path, message }]);

/** The whole weeks asked for, checked: `from` not after `to`, and no more than about a year. */
export function weeksOfPeriod(query: StatsQuery, now: Date): Week[] {
  const to = query.to ?? localDate(now);
  const from = query.from ?? addDays(mondayOf(to), -7 * (defaultWeeks - 1));
  if (from > to) throw invalidPeriod('from', 'must not be after to');
  if (daysBetween(mondayOf(from), mondayOf(to)) / 7 + 1 > maxWeeks) throw invalidPeriod('from', `the period may cover at most ${maxWeeks} weeks`);
  return weeksCovering(from, to);
}

function weekOutput(week: Week, counted: { total: number; guest: number } | undefined): z.output<typeof weekSchema> {
  const requests = counted?.total ?? 0;
  const guest = counted?.guest ?? 0;
  return { weekStart: week.monday, year: week.year, week: week.week, requests, guest, portal: requests - guest };
}

export async function businessStats(db: Kysely<Database>, dialect: Dialect, tenantId: string, query: StatsQuery, now = new Date()): Promise<BusinessStats> {
  const weeks = weeksOfPeriod(query, now);
  const period: Span = { startsAt: weeks[0]!.startsAt, endsAt: weeks[weeks.length - 1]!.endsAt };
  const [current] = weeksCovering(localDate(now), localDate(now));
  const [perWeek, thisWeek, newRequests, byStatus, answers, quotes, contacts] = await Promise.all([
    countRequestsPerWeek(db, tenantId, weeks),
    countRequests(db, tenantId, current!),
    countNewRequests(db, tenantId),
    countRequestsByStatus(db, tenantId, period),
    firstAnswers(db, dialect, tenantId, period),
    countQuotesByStatus(db, tenantId, period),
    countContactsByStatus(db, tenantId),
  ]);
  const counted = new Map(perWeek.map((row) => [row.index, row]));
  const status = (name: Parameters<typeof byStatus.get>[0]) => byStatus.get(name) ?? 0;
  const total = [...byStatus.values()].reduce((sum, n) => sum + n, 0);
  const decided = status('accepted') + status('rejected');
  return {
    period: { from: weeks[0]!.monday, to: addDays(weeks[weeks.length - 1]!.monday, 6), timeZone: 'Europe/Amsterdam' },
    weeks: weeks.map((week, index) => weekOutput(week, counted.get(index))),
    thisWeek: weekOutput(current!, thisWeek),
    newRequests,
    requests: {
      total,
      byStatus: {
        submitted: status('submitted'),
        in_review: status('in_review'),
        accepted: status('accepted'),
        rejected: status('rejected'),
        cancelled: status('cancelled'),
      },
      acceptedShare: decided === 0 ? null : status('accepted') / decided,
    },
    firstAnswer: { medianSeconds: answers.medianSeconds === null ? null : Math.max(0, Math.round(answers.medianSeconds)), answered: answers.answered, unanswered: total - answers.answered },
    quotes: {
      open: quotes.get('open') ?? 0,
      accepted: quotes.get('accepted') ?? 0,
      declined: quotes.get('declined') ?? 0,
      expired: quotes.get('expired') ?? 0,
      withdrawn: quotes.get('withdrawn') ?? 0,
    },
    contacts: { invited: contacts.get('invited') ?? 0, active: contacts.get('active') ?? 0, disabled: contacts.get('disabled') ?? 0 },
  };
}
