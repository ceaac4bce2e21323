// The home view's counts and highlights for one customer: each part only when the portal shows that feature
// (null otherwise, which the widget tells apart from zero).
import { z } from '@hono/zod-openapi';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import type { PortalCaller } from '../http/env.js';
import type { PortalSettings } from '../portals/settings.js';
import { ownedBy } from './access.js';
import { businessToday, orNull } from './fields.js';
import { portalWorkOrderSchema, portalWorkOrders, toPortalWorkOrder } from './work-orders.js';

const shownCount = (what: string) => z.number().int().nullable().openapi({ description: `${what}; null when the portal does not show them.` });

/** The home view: each part is null when the portal does not show that feature, which is not the same as zero. */
export const portalOverviewSchema = z
  .object({
    openRequests: shownCount('Requests submitted or in review'),
    openWorkOrders: shownCount('Work orders open, planned or in progress'),
    nextVisit: orNull(portalWorkOrderSchema).openapi({
      description:
        'The visit under way now (started, and planned to end within a day of its start), else the nearest planned visit still to start, else a longer window under way; null when there is none or the portal does not show work orders.',
    }),
    openInvoices: z
      .object({
        count: z.number().int(),
        overdueCount: z.number().int(),
        totals: z
          .array(z.object({ currency: z.string(), totalCents: z.number().int() }))
          .openapi({ description: 'Per currency: amounts in different currencies are never added up.' }),
      })
      .nullable()
      .openapi({ description: 'Open and overdue invoices; null when the portal does not show invoices.' }),
    openQuotes: shownCount('Quotes open and still valid'),
  })
  .openapi('PortalOverview');
export type PortalOverview = z.output<typeof portalOverviewSchema>;

const unfinished = ['open', 'planned', 'in_progress'] as const;

async function openRequests(db: Kysely<Database>, caller: PortalCaller): Promise<number> {
  const row = await db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$call(ownedBy(caller, 'requests'))
    .where('requests.status', 'in', ['submitted', 'in_review'])
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function workOrderHighlights(db: Kysely<Database>, caller: PortalCaller, settings: PortalSettings, now: Date) {
  const count = await portalWorkOrders(db, caller, settings, unfinished)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  const next = await nextVisit(db, caller, settings, now);
  return { openWorkOrders: Number(count.count), nextVisit: next ? toPortalWorkOrder(next, settings) : null };
}

/** A window this long or shorter is a visit: under way, it is "now". A longer one is a period the work falls in. */
const visitLength = 24 * 3_600_000;

/**
 * The visit a customer plans around. A visit under way (started, not ended, a day at most) is the one happening now;
 * otherwise the nearest one still to start. A long window under way (weeks of "somewhere in this period") comes only
 * when nothing is planned after it, so it never hides a real appointment.
 */
async function nextVisit(db: Kysely<Database>, caller: PortalCaller, settings: PortalSettings, now: Date) {
  const at = nowIso(now);
  const notEnded = () =>
    portalWorkOrders(db, caller, settings, unfinished)
      .where('work_orders.planned_start', 'is not', null)
      .where(sql<boolean>`coalesce(work_orders.planned_end, work_orders.planned_start) > ${at}`);
  const [upcoming, underWay] = await Promise.all([
    notEnded().where('work_orders.planned_start', '>', at).orderBy('work_orders.planned_start', 'asc').orderBy('work_orders.id', 'asc').limit(1).executeTakeFirst(),
    // Bounded: a customer has a handful of visits under way at most; the newest started come first.
    notEnded().where('work_orders.planned_start', '<=', at).orderBy('work_orders.planned_start', 'desc').orderBy('work_orders.id', 'asc').limit(20).execute(),
  ]);
  const isVisit = (row: { planned_start: string | null; planned_end: string | null }) =>
    row.planned_end === null || Date.parse(row.planned_end) - Date.parse(row.planned_start!) <= visitLength;
  return underWay.find(isVisit) ?? upcoming ?? underWay.at(-1);
}

async function invoiceHighlights(db: Kysely<Database>, caller: PortalCaller, today: string) {
  const rows = await db
    .selectFrom('invoices')
    .$call(ownedBy(caller, 'invoices'))
    .where('invoices.status', 'in', ['open', 'overdue'])
    .select([
      'invoices.currency',
      sql<number>`count(*)`.as('count'),
      sql<number>`cast(sum(case when invoices.status = 'overdue' or invoices.due_date < ${today} then 1 else 0 end) as bigint)`.as('overdue'),
      sql<number>`cast(sum(invoices.total_cents) as bigint)`.as('total_cents'),
    ])
    .groupBy('invoices.currency')
    .orderBy('invoices.currency')
    .execute();
  return {
    count: rows.reduce((sum, row) => sum + Number(row.count), 0),
    overdueCount: rows.reduce((sum, row) => sum + Number(row.overdue), 0),
    // Amounts in different currencies are never added up.
    totals: rows.map((row) => ({ currency: row.currency, totalCents: Number(row.total_cents) })),
  };
}

async function openQuotes(db: Kysely<Database>, caller: PortalCaller, today: string): Promise<number> {
  const row = await db
    .selectFrom('quotes')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .$call(ownedBy(caller, 'quotes'))
    .where('quotes.status', '=', 'open')
    .where((eb) => eb.or([eb('quotes.valid_until', 'is', null), eb('quotes.valid_until', '>=', today)]))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function customerOverview(db: Kysely<Database>, caller: PortalCaller, settings: PortalSettings, now = new Date()): Promise<PortalOverview> {
  const today = businessToday(now);
  const { features } = settings;
  const [requests, workOrders, invoices, quotes] = await Promise.all([
    features.requests ? openRequests(db, caller) : null,
    features.workOrders ? workOrderHighlights(db, caller, settings, now) : null,
    features.invoices ? invoiceHighlights(db, caller, today) : null,
    features.quotes ? openQuotes(db, caller, today) : null,
  ]);
  return {
    openRequests: requests,
    openWorkOrders: workOrders?.openWorkOrders ?? null,
    nextVisit: workOrders?.nextVisit ?? null,
    openInvoices: invoices,
    openQuotes: quotes,
  };
}
