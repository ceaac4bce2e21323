// Which windows a customer may still book, and taking a place in one. A place is taken by a confirmed booking, or by
// a requested one until its hold ends; the check and the booking happen in one transaction that holds the window's
// row, so a window is never sold beyond its capacity however many customers pick its last place at once.
import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../db/schema.js';
import type { BookingKind, BookingRow } from '../db/tables/bookings.js';
import { newId, nowIso } from '../db/ids.js';
import { ApiError } from '../http/errors.js';
import { addDays, amsterdamIso, amsterdamMoment, amsterdamWallClock, isoWeekday } from './amsterdam-time.js';
import { capacityOn, type BookingSettings, type BookingWindow } from './settings.js';

/** The longest range one availability answer covers, in days (from and to included). */
export const maxAvailabilityDays = 62;

export interface AvailableWindow {
  date: string;
  windowId: string;
  label: { nl: string; en: string };
  /** ISO-8601 with the Europe/Amsterdam offset of that date: 2026-03-30T08:00:00+02:00. */
  start: string;
  end: string;
  placesLeft: number;
}

function isBusinessDay(date: string, closed: ReadonlySet<string>): boolean {
  return isoWeekday(date) <= 5 && !closed.has(date);
}

function nextBusinessDay(date: string, closed: ReadonlySet<string>): string {
  let day = addDays(date, 1);
  while (!isBusinessDay(day, closed)) day = addDays(day, 1);
  return day;
}

/**
 * The first and last date a customer may book now. The lead time counts business days from today, or from the next
 * business day once today's cut-off hour has passed; the horizon counts whole weeks from today.
 */
export function bookableDates(settings: BookingSettings, now: Date): { first: string; last: string } {
  const closed = new Set(settings.closedDates);
  const local = amsterdamWallClock(now);
  let first = local.date;
  if (local.hour >= settings.cutoffHour) first = nextBusinessDay(first, closed);
  for (let day = 0; day < settings.leadBusinessDays; day++) first = nextBusinessDay(first, closed);
  return { first, last: addDays(local.date, settings.horizonWeeks * 7) };
}

/** Confirmed bookings, and requested ones whose hold has not ended: the ones that take a place. */
function takingPlace(now: Date) {
  const at = nowIso(now);
  return (eb: any) => eb.or([eb('bookings.status', '=', 'confirmed'), eb.and([eb('bookings.status', '=', 'requested'), eb('bookings.hold_until', '>', at)])]);
}

/** The windows on offer from `from` to `to` (dates in Europe/Amsterdam), with a place left, in date and time order. */
export async function availableWindows(
  db: Kysely<Database>,
  portalId: string,
  settings: BookingSettings,
  range: { from: string; to: string },
  now: Date,
): Promise<AvailableWindow[]> {
  const bounds = bookableDates(settings, now);
  const from = range.from > bounds.first ? range.from : bounds.first;
  const to = range.to < bounds.last ? range.to : bounds.last;
  if (from > to || settings.windows.length === 0) return [];
  const [taken, blocked] = await Promise.all([
    db
      .selectFrom('bookings')
      .select(['date', 'window_id', (eb) => eb.fn.countAll<number>().as('taken')])
      .where('portal_id', '=', portalId)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .where(takingPlace(now))
      .groupBy(['date', 'window_id'])
      .execute(),
    db
      .selectFrom('booking_slots')
      .select(['date', 'window_id'])
      .where('portal_id', '=', portalId)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .where('blocked', '=', 1)
      .execute(),
  ]);
  const takenAt = new Map(taken.map((row) => [`${row.date}/${row.window_id}`, Number(row.taken)]));
  const blockedAt = new Set(blocked.map((row) => `${row.date}/${row.window_id}`));
  const closed = new Set(settings.closedDates);
  const byWeekday = new Map<number, BookingWindow[]>();
  for (const window of [...settings.windows].sort((a, b) => a.start.localeCompare(b.start))) {
    byWeekday.set(window.weekday, [...(byWeekday.get(window.weekday) ?? []), window]);
  }
  const windows: AvailableWindow[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (closed.has(date)) continue;
    for (const window of byWeekday.get(isoWeekday(date)) ?? []) {
      const key = `${date}/${window.id}`;
      if (blockedAt.has(key)) continue;
      const placesLeft = capacityOn(settings, window, date) - (takenAt.get(key) ?? 0);
      if (placesLeft <= 0) continue;
      if (amsterdamMoment(date, window.start).at <= now) continue;
      windows.push({ date, windowId: window.id, label: window.label, start: amsterdamIso(date, window.start), end: amsterdamIso(date, window.end), placesLeft });
    }
  }
  return windows;
}

export interface PlaceWanted {
  tenantId: string;
  portalId: string;
  settings: BookingSettings;
  date: string;
  windowId: string;
}

export interface HeldPlace {
  window: BookingWindow;
  startsAt: string;
  endsAt: string;
}

const noPlace = (message: string) => new ApiError('conflict', message, [{ path: 'windowId', message: 'no place left' }]);

/** The window `windowId`, when it is one of the settings' windows on the weekday of `date`; otherwise 400. */
export function windowOn(settings: BookingSettings, date: string, windowId: string, path = 'windowId'): BookingWindow {
  const window = settings.windows.find((candidate) => candidate.id === windowId);
  if (!window) throw new ApiError('validation_failed', 'There is no booking window by this id.', [{ path, message: 'is not one of the portal’s windows' }]);
  if (window.weekday !== isoWeekday(date)) {
    throw new ApiError('validation_failed', 'This window is not on offer on that day of the week.', [{ path, message: `is a window of weekday ${window.weekday}` }]);
  }
  return window;
}

/**
 * Holds the window's row on `date` for the rest of the transaction and checks that the window is on offer and has a
 * place left (not counting `ignoreBookingId`, a booking that moves or is confirmed again). 409 when it has none.
 * SQLite transactions here begin IMMEDIATE and so run one at a time; PostgreSQL waits on the row lock, and each
 * statement after it sees what the transaction before it committed.
 */
export async function holdPlace(
  trx: Kysely<Database>,
  dialect: Dialect,
  wanted: PlaceWanted,
  now: Date,
  options: { ignoreBookingId?: string; ignoreLeadTime?: boolean } = {},
): Promise<HeldPlace> {
  const { settings, date, windowId } = wanted;
  const window = windowOn(settings, date, windowId);
  const bounds = bookableDates(settings, now);
  const startsAt = amsterdamMoment(date, window.start).at;
  if (settings.closedDates.includes(date)) throw noPlace('The business is closed on this date.');
  if (!options.ignoreLeadTime && (date < bounds.first || date > bounds.last)) throw noPlace('This date cannot be booked (any more): choose a window from the availability.');
  if (startsAt <= now) throw noPlace('This window has already begun.');
  await trx
    .insertInto('booking_slots')
    .values({ portal_id: wanted.portalId, date, window_id: windowId, tenant_id: wanted.tenantId, blocked: 0, blocked_at: null, blocked_by_name: null, block_note: null, created_at: nowIso(now) })
    .onConflict((oc) => oc.columns(['portal_id', 'date', 'window_id']).doNothing())
    .execute();
  let slotQuery = trx.selectFrom('booking_slots').select('blocked').where('portal_id', '=', wanted.portalId).where('date', '=', date).where('window_id', '=', windowId);
  if (dialect === 'postgres') slotQuery = slotQuery.forUpdate();
  const slot = await slotQuery.executeTakeFirstOrThrow();
  if (slot.blocked === 1) throw noPlace('This window is closed on this date.');
  let takenQuery = trx
    .selectFrom('bookings')
    .select((eb) => eb.fn.countAll<number>().as('taken'))
    .where('portal_id', '=', wanted.portalId)
    .where('date', '=', date)
    .where('window_id', '=', windowId)
    .where(takingPlace(now));
  if (options.ignoreBookingId) takenQuery = takenQuery.where('id', '!=', options.ignoreBookingId);
  const { taken } = await takenQuery.executeTakeFirstOrThrow();
  if (Number(taken) >= capacityOn(settings, window, date)) throw noPlace('This window is full: choose another one.');
  return { window, startsAt: startsAt.toISOString(), endsAt: amsterdamMoment(date, window.end).at.toISOString() };
}

export interface BookingWanted extends PlaceWanted {
  customerId: string;
  contactId: string | null;
  kind: BookingKind;
  workType: string | null;
  requestId?: string | null;
  workOrderId?: string | null;
  reason?: string | null;
}

/**
 * Checks that the window has a place and books it, in the caller's transaction: requested (holding its place for
 * holdHours) when the portal's staff confirm bookings, confirmed at once otherwise. 409 `conflict` when it is full,
 * blocked or not on offer, and then nothing is written (the caller's transaction rolls back).
 */
export async function takeBooking(trx: Kysely<Database>, dialect: Dialect, wanted: BookingWanted, now = new Date()): Promise<BookingRow> {
  const place = await holdPlace(trx, dialect, wanted, now);
  const at = nowIso(now);
  const requested = wanted.settings.requireConfirmation;
  const row: BookingRow = {
    id: newId('bkg'),
    tenant_id: wanted.tenantId,
    portal_id: wanted.portalId,
    customer_id: wanted.customerId,
    contact_id: wanted.contactId,
    request_id: wanted.requestId ?? null,
    work_order_id: wanted.workOrderId ?? null,
    kind: wanted.kind,
    work_type: wanted.workType,
    date: wanted.date,
    window_id: wanted.windowId,
    starts_at: place.startsAt,
    ends_at: place.endsAt,
    status: requested ? 'requested' : 'confirmed',
    hold_until: requested ? nowIso(new Date(now.getTime() + wanted.settings.holdHours * 3_600_000)) : null,
    reason: wanted.reason ?? null,
    decided_at: requested ? null : at,
    decided_by_name: null,
    created_at: at,
    updated_at: at,
  };
  await trx.insertInto('bookings').values(row).execute();
  return row;
}

/** The status a booking has now: a requested one whose hold has ended is expired, whether or not a job marked it. */
export function bookingStatusAt(row: Pick<BookingRow, 'status' | 'hold_until'>, now: Date): BookingRow['status'] {
  if (row.status === 'requested' && row.hold_until !== null && row.hold_until <= nowIso(now)) return 'expired';
  return row.status;
}

