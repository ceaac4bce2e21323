// Booking visits on the server: settings, availability in Amsterdam time, places that are never sold twice, holds that
// end, moving and cancelling a planned visit, and staff answering with a mail that carries the visit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { backOffice, portalUser, seedRequestRow, setPortalSettings } from '../../test/support/customer-data-fixtures.js';
import { callAdmin, seedTwoTenants } from '../../test/support/fixtures.js';
import { parseCalendar, property } from '../../test/support/icalendar.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';
import type { OutgoingMail } from '../mail/mailer.js';
import { ApiError } from '../http/errors.js';
import { addDays, amsterdamWallClock, isoWeekday } from './amsterdam-time.js';
import { expireEndedHolds } from './hold-expiry.js';
import { bookWithRequest, hasBooking } from './request-booking.js';
import { availableWindows, bookableDates, takeBooking, type BookingWanted } from './places.js';
import { bookingSettingsSchema, loadBookingSettings, type BookingSettings } from './settings.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
const mails: OutgoingMail[] = [];
let pushed = 0;

/** A morning and an afternoon window on every day of the week, `capacity` places each. */
function everyDay(capacity: number) {
  return [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
    { id: `ochtend-${weekday}`, weekday, start: '08:00', end: '12:00', label: { nl: 'Ochtend', en: 'Morning' }, capacity },
    { id: `middag-${weekday}`, weekday, start: '13:00', end: '17:00', label: { nl: 'Middag', en: 'Afternoon' }, capacity },
  ]);
}

const weekdayWindows = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { id: `ochtend-${weekday}`, weekday, start: '08:00', end: '12:00', label: { nl: 'Ochtend', en: 'Morning' }, capacity: 2 },
  { id: `middag-${weekday}`, weekday, start: '12:00', end: '17:00', label: { nl: 'Middag', en: 'Afternoon' }, capacity: 2 },
]);

function settingsOf(fields: Record<string, unknown>): BookingSettings {
  return bookingSettingsSchema.parse({ enabled: true, workTypes: ['repair', 'maintenance'], ...fields });
}

async function putSettings(body: Record<string, unknown>, apiKey = tenants.alpha.apiKey, slug = 'alpha'): Promise<Response> {
  return callAdmin(t.app, apiKey, 'PUT', `/portals/${slug}/booking`, body);
}

/** A date two weeks from today in Amsterdam: inside the lead time and horizon whatever today is. */
function inTwoWeeks(): string {
  return addDays(amsterdamWallClock(new Date()).date, 14);
}

async function pushWorkOrder(customerExternalId: string, fields: Record<string, unknown> = {}): Promise<string> {
  pushed += 1;
  const externalId = `bezoek-${pushed}`;
  const response = await backOffice(t.app, tenants.alpha.apiKey).put(`/work-orders/${externalId}`, {
    customerExternalId,
    number: `WB-${pushed}`,
    workType: 'maintenance',
    description: 'Onderhoud cv-ketel',
    status: 'planned',
    plannedStart: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    plannedEnd: new Date(Date.now() + 10 * 86_400_000 + 3_600_000).toISOString(),
    ...fields,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await t.deps.db.selectFrom('work_orders').select('id').where('external_id', '=', externalId).executeTakeFirstOrThrow()).id;
}

function wanted(date: string, windowId: string, settings: BookingSettings, customer = tenants.alpha.customers[0]!): BookingWanted {
  return {
    tenantId: tenants.alpha.tenantId,
    portalId: tenants.alpha.portalId,
    settings,
    date,
    windowId,
    customerId: customer.customerId,
    contactId: customer.contactId,
    kind: 'visit',
    workType: 'repair',
  };
}

const book = (want: BookingWanted, now?: Date) => t.deps.db.transaction().execute((trx) => takeBooking(trx, t.deps.dialect, want, now));

async function bookingCount(): Promise<number> {
  const row = await t.deps.db.selectFrom('bookings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  t = await createTestApp();
  const sendLater = t.deps.mailer.sendLater.bind(t.deps.mailer);
  t.deps.mailer.sendLater = (mail) => {
    mails.push(mail);
    sendLater(mail);
  };
  tenants = await seedTwoTenants(t.deps);
  await setPortalSettings(t.deps.db, 'alpha', (settings) => {
    settings.homeUrl = 'https://www.alpha.example/portaal';
  });
});

afterAll(async () => {
  await t?.close();
});

describe(`booking settings, on ${dialectUnderTest}`, () => {
  it('an admin saves windows and limits, and reads them back with the defaults filled in', async () => {
    const response = await putSettings({ enabled: true, workTypes: ['repair'], windows: weekdayWindows, closedDates: ['2026-12-25'] });
    expect(response.status, await response.clone().text()).toBe(200);
    const saved = await json(await callAdmin(t.app, tenants.alpha.apiKey, 'GET', '/portals/alpha/booking'));
    expect(saved).toMatchObject({ enabled: true, workTypes: ['repair'], leadBusinessDays: 1, cutoffHour: 16, horizonWeeks: 8, requireConfirmation: true, holdHours: 48, closedDates: ['2026-12-25'] });
    expect(saved.windows).toHaveLength(10);
  });

  it('refuses a window that ends before it starts, overlapping windows, a work type the portal lacks and silly limits, with 400 and nothing changed', async () => {
    const before = await json(await callAdmin(t.app, tenants.alpha.apiKey, 'GET', '/portals/alpha/booking'));
    const window = { id: 'ochtend', weekday: 1, start: '08:00', end: '12:00', label: { nl: 'Ochtend', en: 'Morning' }, capacity: 2 };
    const bad: [Record<string, unknown>, string][] = [
      [{ windows: [{ ...window, start: '12:00', end: '08:00' }] }, 'windows.0.end'],
      [{ windows: [window, { ...window, id: 'laat', start: '11:00', end: '13:00' }] }, 'windows.1.start'],
      [{ windows: [window, { ...window, weekday: 2 }] }, 'windows.1.id'],
      [{ workTypes: ['zwembad'] }, 'workTypes.0'],
      [{ horizonWeeks: 500 }, 'horizonWeeks'],
      [{ windows: [{ ...window, weekday: 8 }] }, 'windows.0.weekday'],
      [{ closedDates: ['2026-02-30'] }, 'closedDates.0'],
      [{ holdHours: 0 }, 'holdHours'],
      [{ enabled: true, tenantId: tenants.bravo.tenantId }, ''],
    ];
    for (const [body, path] of bad) {
      const response = await putSettings({ enabled: true, ...body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      const error = (await json(response)).error;
      expect(error.code).toBe('validation_failed');
      if (path) expect(error.details.map((detail: { path: string }) => detail.path)).toContain(path);
    }
    expect(await json(await callAdmin(t.app, tenants.alpha.apiKey, 'GET', '/portals/alpha/booking'))).toEqual(before);
  });

  it('a staff member with the staff role may read the settings but not change them (403), and another business’s portal is 404', async () => {
    await seedStaff(t.deps, { tenantId: tenants.alpha.tenantId, email: 'planner@alpha.example', role: 'staff' });
    const cookie = await signInStaff(t.app, 'planner@alpha.example');
    const before = await json(await callAdmin(t.app, tenants.alpha.apiKey, 'GET', '/portals/alpha/booking'));
    expect((await callAdminAsStaff(t.app, cookie, 'GET', '/portals/alpha/booking')).status).toBe(200);
    const refused = await callAdminAsStaff(t.app, cookie, 'PUT', '/portals/alpha/booking', { enabled: false });
    expect(refused.status).toBe(403);
    expect((await json(refused)).error.code).toBe('forbidden');
    expect(await json(await callAdmin(t.app, tenants.alpha.apiKey, 'GET', '/portals/alpha/booking'))).toEqual(before);
    expect((await callAdmin(t.app, tenants.bravo.apiKey, 'GET', '/portals/alpha/booking')).status).toBe(404);
    expect((await callAdmin(t.app, tenants.bravo.apiKey, 'PUT', '/portals/alpha/booking', { enabled: false })).status).toBe(404);
  });
});

describe(`availability, on ${dialectUnderTest}`, () => {
  it('gives each window its own offset across the change to summer time, and leaves a closed date out', async () => {
    const settings = settingsOf({ windows: weekdayWindows, leadBusinessDays: 1, closedDates: ['2026-04-03'] });
    // Friday 20 March 2026, 10:00 in Amsterdam; summer time starts on Sunday 29 March.
    const windows = await availableWindows(t.deps.db, tenants.alpha.portalId, settings, { from: '2026-03-23', to: '2026-04-03' }, new Date('2026-03-20T09:00:00Z'));
    const mornings = windows.filter((window) => window.windowId.startsWith('ochtend'));
    expect(mornings.map((window) => window.date)).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02']);
    expect(mornings[4]).toEqual({ date: '2026-03-27', windowId: 'ochtend-5', label: { nl: 'Ochtend', en: 'Morning' }, start: '2026-03-27T08:00:00+01:00', end: '2026-03-27T12:00:00+01:00', placesLeft: 2 });
    expect(mornings[5]).toMatchObject({ date: '2026-03-30', start: '2026-03-30T08:00:00+02:00', end: '2026-03-30T12:00:00+02:00' });
    expect(windows.some((window) => window.date === '2026-04-03')).toBe(false);
  });

  it('takes another capacity for one window on one date, and leaves the window out at 0', async () => {
    const settings = settingsOf({
      windows: weekdayWindows,
      leadBusinessDays: 0,
      capacityOverrides: [
        { date: '2026-03-24', windowId: 'ochtend-2', capacity: 5 },
        { date: '2026-03-25', windowId: 'ochtend-3', capacity: 0 },
      ],
    });
    const windows = await availableWindows(t.deps.db, tenants.alpha.portalId, settings, { from: '2026-03-24', to: '2026-03-25' }, new Date('2026-03-20T09:00:00Z'));
    expect(windows.map((window) => [window.date, window.windowId, window.placesLeft])).toEqual([
      ['2026-03-24', 'ochtend-2', 5],
      ['2026-03-24', 'middag-2', 2],
      ['2026-03-25', 'middag-3', 2],
    ]);
    expect(() => settingsOf({ windows: weekdayWindows, capacityOverrides: [{ date: '2026-03-24', windowId: 'nacht', capacity: 1 }] })).toThrow();
  });

  it('gives the winter offset back after the last Sunday of October', async () => {
    const settings = settingsOf({ windows: weekdayWindows, leadBusinessDays: 0 });
    const windows = await availableWindows(t.deps.db, tenants.alpha.portalId, settings, { from: '2026-10-23', to: '2026-10-26' }, new Date('2026-10-20T09:00:00Z'));
    expect(windows.filter((window) => window.windowId.startsWith('middag')).map((window) => [window.date, window.start, window.end])).toEqual([
      ['2026-10-23', '2026-10-23T12:00:00+02:00', '2026-10-23T17:00:00+02:00'],
      ['2026-10-26', '2026-10-26T12:00:00+01:00', '2026-10-26T17:00:00+01:00'],
    ]);
  });

  it('counts the lead time in business days, skipping weekends and closed dates, and starts a day later after the cut-off hour', () => {
    const settings = settingsOf({ windows: weekdayWindows, leadBusinessDays: 2, cutoffHour: 16, horizonWeeks: 2 });
    // Friday 20 March: 10:00 and 17:00 in Amsterdam (winter time).
    expect(bookableDates(settings, new Date('2026-03-20T09:00:00Z'))).toEqual({ first: '2026-03-24', last: '2026-04-03' });
    expect(bookableDates(settings, new Date('2026-03-20T16:00:00Z')).first).toBe('2026-03-25');
    expect(bookableDates(settings, new Date('2026-03-20T14:59:00Z')).first).toBe('2026-03-24');
    const closedMonday = settingsOf({ ...settings, closedDates: ['2026-03-23'] });
    expect(bookableDates(closedMonday, new Date('2026-03-20T09:00:00Z')).first).toBe('2026-03-25');
    // On a Saturday the cut-off makes no difference: the next business day is Monday either way.
    expect(bookableDates(settings, new Date('2026-03-21T17:00:00Z')).first).toBe('2026-03-25');
    expect(bookableDates(settingsOf({ ...settings, leadBusinessDays: 0, cutoffHour: 24 }), new Date('2026-03-20T20:00:00Z')).first).toBe('2026-03-20');
  });

  it('through the portal: only bookable work types, a range of at most 62 days in order, and 403 while booking is off', async () => {
    await putSettings({ enabled: true, workTypes: ['repair'], windows: everyDay(2), leadBusinessDays: 0, cutoffHour: 24 });
    const user = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
    const date = inTwoWeeks();
    const answer = await user.get(`/availability?workType=repair&from=${date}&to=${date}`);
    expect(answer.status).toBe(200);
    expect((await json(answer)).windows.map((window: { windowId: string }) => window.windowId)).toEqual([`ochtend-${isoWeekday(date)}`, `middag-${isoWeekday(date)}`]);
    for (const query of [`workType=maintenance&from=${date}&to=${date}`, `workType=repair&from=${date}&to=${addDays(date, 62)}`, `workType=repair&from=${date}&to=${addDays(date, -1)}`, 'workType=repair&from=gisteren&to=morgen']) {
      const refused = await user.get(`/availability?${query}`);
      expect(refused.status, query).toBe(400);
    }
    await putSettings({ enabled: false, workTypes: ['repair'], windows: everyDay(2) });
    expect((await user.get(`/availability?workType=repair&from=${date}&to=${date}`)).status).toBe(403);
    expect((await portalUser(t.app, 'alpha', undefined).get(`/availability?workType=repair&from=${date}&to=${date}`)).status).toBe(401);
  });
});

describe(`places, on ${dialectUnderTest}`, () => {
  it('counts requested and confirmed bookings against the capacity; a declined one gives its place back', async () => {
    await putSettings({ enabled: true, workTypes: ['repair'], windows: everyDay(3), leadBusinessDays: 0, cutoffHour: 24 });
    const settings = await loadBookingSettings(t.deps.db, tenants.alpha.portalId);
    const date = addDays(inTwoWeeks(), 1);
    const windowId = `middag-${isoWeekday(date)}`;
    const placesLeft = async () => {
      const answer = await json(await portalUser(t.app, 'alpha', tenants.alpha.customers[1]!.token).get(`/availability?workType=repair&from=${date}&to=${date}`));
      return answer.windows.find((window: { windowId: string }) => window.windowId === windowId)?.placesLeft ?? 0;
    };
    expect(await placesLeft()).toBe(3);
    const first = await book(wanted(date, windowId, settings));
    expect(first.status).toBe('requested');
    expect(await placesLeft()).toBe(2);
    const second = await book(wanted(date, windowId, settings));
    const confirmed = await callAdmin(t.app, tenants.alpha.apiKey, 'PATCH', `/bookings/${second.id}`, { status: 'confirmed' });
    expect(confirmed.status, await confirmed.clone().text()).toBe(200);
    expect((await json(confirmed)).status).toBe('confirmed');
    expect(await placesLeft()).toBe(1);
    await book(wanted(date, windowId, settings));
    expect(await placesLeft()).toBe(0);
    await expect(book(wanted(date, windowId, settings))).rejects.toMatchObject({ code: 'conflict' });
    expect((await callAdmin(t.app, tenants.alpha.apiKey, 'PATCH', `/bookings/${first.id}`, { status: 'declined' })).status).toBe(200);
    expect(await placesLeft()).toBe(1);
    expect((await callAdmin(t.app, tenants.alpha.apiKey, 'PATCH', `/bookings/${first.id}`, { status: 'confirmed' })).status).toBe(409);
    expect((await callAdmin(t.app, tenants.bravo.apiKey, 'PATCH', `/bookings/${second.id}`, { status: 'declined' })).status).toBe(404);
  });

  it('20 customers taking the last 3 places at once get exactly 3 bookings; the others are 409 and write nothing', async () => {
    const settings = settingsOf({ windows: everyDay(4), leadBusinessDays: 0, cutoffHour: 24 });
    const date = addDays(inTwoWeeks(), 2);
    const windowId = `ochtend-${isoWeekday(date)}`;
    // One place is taken already, so the window's row exists and nobody waits on creating it.
    await book(wanted(date, windowId, settings));
    const before = await bookingCount();
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, index) => book(wanted(date, windowId, settings, tenants.alpha.customers[index % 2]!))));
    const taken = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(taken).toHaveLength(3);
    expect(refused).toHaveLength(17);
    expect(refused.every((outcome) => outcome.reason instanceof ApiError && outcome.reason.code === 'conflict')).toBe(true);
    expect((await bookingCount()) - before).toBe(3);
  });

  it('a requested booking whose hold has ended reads as expired and frees its place; a job marks it', async () => {
    await putSettings({ enabled: true, workTypes: ['repair'], windows: everyDay(1), leadBusinessDays: 0, cutoffHour: 24, holdHours: 2 });
    const settings = await loadBookingSettings(t.deps.db, tenants.alpha.portalId);
    const date = addDays(inTwoWeeks(), 3);
    const windowId = `ochtend-${isoWeekday(date)}`;
    const booked = await book(wanted(date, windowId, settings), new Date(Date.now() - 3 * 3_600_000));
    const user = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
    const mine = await json(await user.get('/bookings'));
    expect(mine.items.find((item: { id: string }) => item.id === booked.id)).toMatchObject({ status: 'expired', date, windowId });
    const free = await json(await user.get(`/availability?workType=repair&from=${date}&to=${date}`));
    expect(free.windows.find((window: { windowId: string }) => window.windowId === windowId)).toMatchObject({ placesLeft: 1 });
    const listed = await json(await callAdmin(t.app, tenants.alpha.apiKey, 'GET', `/bookings?from=${date}&to=${date}&status=expired`));
    expect(listed.items.map((item: { id: string }) => item.id)).toEqual([booked.id]);
    expect(await expireEndedHolds(t.deps.db)).toBeGreaterThanOrEqual(1);
    const row = await t.deps.db.selectFrom('bookings').select('status').where('id', '=', booked.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('expired');
    // Staff may still confirm it while the window has its place.
    expect((await json(await callAdmin(t.app, tenants.alpha.apiKey, 'PATCH', `/bookings/${booked.id}`, { status: 'confirmed' }))).status).toBe('confirmed');
  });

  it('a window staff closed on a date is not offered and cannot be booked, and is offered again once opened', async () => {
    const settings = await loadBookingSettings(t.deps.db, tenants.alpha.portalId);
    const date = addDays(inTwoWeeks(), 4);
    const windowId = `middag-${isoWeekday(date)}`;
    const user = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
    const offered = async () => (await json(await user.get(`/availability?workType=repair&from=${date}&to=${date}`))).windows.some((window: { windowId: string }) => window.windowId === windowId);
    expect(await offered()).toBe(true);
    const blocked = await callAdmin(t.app, tenants.alpha.apiKey, 'PUT', `/portals/alpha/booking/blocks/${date}/${windowId}`, { note: 'Monteur op cursus' });
    expect(blocked.status, await blocked.clone().text()).toBe(200);
    expect(await json(blocked)).toMatchObject({ date, windowId, blocked: true, note: 'Monteur op cursus' });
    expect(await offered()).toBe(false);
    await expect(book(wanted(date, windowId, settings))).rejects.toMatchObject({ code: 'conflict' });
    expect((await json(await callAdmin(t.app, tenants.alpha.apiKey, 'GET', `/portals/alpha/booking/blocks?from=${date}&to=${date}`))).items).toHaveLength(1);
    expect((await callAdmin(t.app, tenants.alpha.apiKey, 'PUT', `/portals/alpha/booking/blocks/${date}/ochtend-9`, {})).status).toBe(400);
    expect((await callAdmin(t.app, tenants.bravo.apiKey, 'PUT', `/portals/alpha/booking/blocks/${date}/${windowId}`, {})).status).toBe(404);
    expect((await callAdmin(t.app, tenants.alpha.apiKey, 'DELETE', `/portals/alpha/booking/blocks/${date}/${windowId}`)).status).toBe(204);
    expect(await offered()).toBe(true);
  });
});

describe(`moving and cancelling a planned visit, on ${dialectUnderTest}`, () => {
  it('another customer’s work order cannot be moved or cancelled (404), and nothing is booked', async () => {
    await putSettings({ enabled: true, workTypes: ['repair'], windows: everyDay(2), leadBusinessDays: 0, cutoffHour: 24 });
    const workOrderId = await pushWorkOrder('alpha-c2');
    const date = addDays(inTwoWeeks(), 5);
    const before = await bookingCount();
    const stranger = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
    expect((await stranger.post(`/work-orders/${workOrderId}/reschedule`, { date, windowId: `ochtend-${isoWeekday(date)}` })).status).toBe(404);
    expect((await stranger.post(`/work-orders/${workOrderId}/cancel-visit`, {})).status).toBe(404);
    await putSettings({ enabled: true, workTypes: ['repair'], windows: everyDay(2), leadBusinessDays: 0, cutoffHour: 24 }, tenants.bravo.apiKey, 'bravo');
    expect((await portalUser(t.app, 'bravo', tenants.bravo.customers[0]!.token).post(`/work-orders/${workOrderId}/reschedule`, { date, windowId: `ochtend-${isoWeekday(date)}` })).status).toBe(404);
    expect(await bookingCount()).toBe(before);
    const row = await t.deps.db.selectFrom('work_orders').select('status').where('id', '=', workOrderId).executeTakeFirstOrThrow();
    expect(row.status).toBe('planned');
  });

  it('bad input is 400 and a full window 409, both changing nothing', async () => {
    const workOrderId = await pushWorkOrder('alpha-c1');
    const user = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
    const date = addDays(inTwoWeeks(), 6);
    const before = await bookingCount();
    for (const body of [{ date: '2026-13-01', windowId: 'ochtend-1' }, { date, windowId: 'nacht' }, { date, windowId: `ochtend-${isoWeekday(date)}`, status: 'confirmed' }, { date }]) {
      expect((await user.post(`/work-orders/${workOrderId}/reschedule`, body)).status, JSON.stringify(body)).toBe(400);
    }
    const settings = await loadBookingSettings(t.deps.db, tenants.alpha.portalId);
    const windowId = `middag-${isoWeekday(date)}`;
    await book(wanted(date, windowId, settings, tenants.alpha.customers[1]!));
    await book(wanted(date, windowId, settings, tenants.alpha.customers[1]!));
    const full = await user.post(`/work-orders/${workOrderId}/reschedule`, { date, windowId });
    expect(full.status).toBe(409);
    expect((await json(full)).error.code).toBe('conflict');
    expect(await bookingCount()).toBe(before + 2);
  });

  it('the customer asks to move a visit; staff confirm; the work order gets the window and the customer a mail with a valid .ics', async () => {
    const workOrderId = await pushWorkOrder('alpha-c1');
    const user = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
    const date = addDays(inTwoWeeks(), 7);
    const windowId = `ochtend-${isoWeekday(date)}`;
    const asked = await user.post(`/work-orders/${workOrderId}/reschedule`, { date, windowId, reason: 'Dan ben ik thuis' });
    expect(asked.status, await asked.clone().text()).toBe(201);
    const booking = await json(asked);
    expect(booking).toMatchObject({ kind: 'reschedule', status: 'requested', date, windowId, workOrderId, reason: 'Dan ben ik thuis', label: { nl: 'Ochtend', en: 'Morning' } });
    expect(booking.start).toMatch(new RegExp(`^${date}T08:00:00\\+0[12]:00$`));
    const mine = await json(await user.get(`/bookings?workOrderId=${workOrderId}`));
    expect(mine.items.map((item: { status: string }) => item.status)).toEqual(['requested']);
    const inbox = await json(await callAdmin(t.app, tenants.alpha.apiKey, 'GET', `/bookings?from=${date}&to=${date}&status=requested`));
    expect(inbox.items.find((item: { id: string }) => item.id === booking.id)).toMatchObject({ portal: 'alpha', customer: { externalId: 'alpha-c1' }, workOrderNumber: expect.stringMatching(/^WB-/) });

    mails.length = 0;
    const confirmed = await callAdmin(t.app, tenants.alpha.apiKey, 'PATCH', `/bookings/${booking.id}`, { status: 'confirmed' });
    expect(confirmed.status, await confirmed.clone().text()).toBe(200);
    const workOrder = await t.deps.db.selectFrom('work_orders').select(['planned_start', 'planned_end', 'status']).where('id', '=', workOrderId).executeTakeFirstOrThrow();
    expect(workOrder).toMatchObject({ status: 'planned', planned_start: new Date(booking.start).toISOString(), planned_end: new Date(booking.end).toISOString() });
    await t.deps.mailer.idle();
    const mail = mails.find((sent) => sent.kind === 'booking_confirmed');
    expect(mail?.to).toBe('c1@alpha.example');
    expect(mail?.subject).toMatch(/^Afspraak bevestigd/);
    const ics = mail!.attachments!.find((attachment) => attachment.filename.endsWith('.ics'))!;
    const calendar = parseCalendar(ics.content.toString('utf8'));
    const event = calendar.components.find((component) => component.name === 'VEVENT')!;
    expect(property(event, 'DTSTART')?.params.TZID).toBe('Europe/Amsterdam');
    expect(property(event, 'DTSTART')?.value).toBe(`${date.replace(/-/g, '')}T080000`);
    expect(property(event, 'DTEND')?.value).toBe(`${date.replace(/-/g, '')}T120000`);
    expect(property(event, 'UID')?.value).toContain(workOrderId);
  });

  it('a declined booking is mailed without an .ics, and a contact who turned planning mail off gets none', async () => {
    const workOrderId = await pushWorkOrder('alpha-c1');
    const user = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
    const date = addDays(inTwoWeeks(), 8);
    const first = await json(await user.post(`/work-orders/${workOrderId}/reschedule`, { date, windowId: `ochtend-${isoWeekday(date)}` }));
    mails.length = 0;
    expect((await callAdmin(t.app, tenants.alpha.apiKey, 'PATCH', `/bookings/${first.id}`, { status: 'declined' })).status).toBe(200);
    await t.deps.mailer.idle();
    expect(mails.map((mail) => [mail.kind, mail.attachments?.length ?? 0])).toEqual([['booking_declined', 0]]);
    await t.deps.db.updateTable('contacts').set({ mail_preferences: JSON.stringify({ workOrderPlanning: false }) }).where('id', '=', tenants.alpha.customers[0]!.contactId).execute();
    const second = await json(await user.post(`/work-orders/${workOrderId}/reschedule`, { date, windowId: `middag-${isoWeekday(date)}` }));
    mails.length = 0;
    expect((await callAdmin(t.app, tenants.alpha.apiKey, 'PATCH', `/bookings/${second.id}`, { status: 'confirmed', proposal: { date, windowId: `ochtend-${isoWeekday(date)}` } })).status).toBe(200);
    await t.deps.mailer.idle();
    expect(mails).toEqual([]);
    await t.deps.db.updateTable('contacts').set({ mail_preferences: null }).where('id', '=', tenants.alpha.customers[0]!.contactId).execute();
  });

  it('cancelling a planned visit frees its place, opens the work order again and tells the back office', async () => {
    const workOrderId = await pushWorkOrder('alpha-c1');
    const user = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
    const date = addDays(inTwoWeeks(), 9);
    const windowId = `ochtend-${isoWeekday(date)}`;
    const booking = await json(await user.post(`/work-orders/${workOrderId}/reschedule`, { date, windowId }));
    await callAdmin(t.app, tenants.alpha.apiKey, 'PATCH', `/bookings/${booking.id}`, { status: 'confirmed' });
    await callAdmin(t.app, tenants.alpha.apiKey, 'POST', '/webhooks', { url: 'https://hooks.alpha.example/kp', events: ['appointment.cancelled'] });
    const cancelled = await user.post(`/work-orders/${workOrderId}/cancel-visit`, { reason: 'Ketel doet het weer' });
    expect(cancelled.status, await cancelled.clone().text()).toBe(200);
    expect(await json(cancelled)).toMatchObject({ workOrderId, status: 'cancelled', reason: 'Ketel doet het weer' });
    const workOrder = await t.deps.db.selectFrom('work_orders').select(['status', 'planned_start']).where('id', '=', workOrderId).executeTakeFirstOrThrow();
    expect(workOrder).toEqual({ status: 'open', planned_start: null });
    const mine = await json(await user.get(`/bookings?workOrderId=${workOrderId}`));
    expect(mine.items.map((item: { status: string }) => item.status)).toEqual(['cancelled']);
    const free = await json(await user.get(`/availability?workType=repair&from=${date}&to=${date}`));
    expect(free.windows.find((window: { windowId: string }) => window.windowId === windowId)).toMatchObject({ placesLeft: 2 });
    const delivery = await t.deps.db.selectFrom('webhook_deliveries').select('payload').where('type', '=', 'appointment.cancelled').executeTakeFirstOrThrow();
    expect(JSON.parse(delivery.payload).data).toMatchObject({ reason: 'Ketel doet het weer', customer: { externalId: 'alpha-c1' } });
    expect((await user.post(`/work-orders/${workOrderId}/cancel-visit`, {})).status).toBe(409);
  });
});

describe(`a visit booked with a request, on ${dialectUnderTest}`, () => {
  const customer = () => tenants.alpha.customers[1]!;
  const newRequest = (trx: typeof t.deps.db) =>
    seedRequestRow(trx, { tenantId: tenants.alpha.tenantId, portalId: tenants.alpha.portalId, customerId: customer().customerId, contactId: customer().contactId, status: 'submitted' });
  const bookFor = (trx: typeof t.deps.db, requestId: string, date: string, windowId: string, workType = 'repair') =>
    bookWithRequest(trx, t.deps.dialect, { tenantId: tenants.alpha.tenantId, portalId: tenants.alpha.portalId, customerId: customer().customerId, contactId: customer().contactId, requestId, workType, choice: { date, windowId } });

  it('takes its place in the request’s transaction, tells the back office, and shows in the inbox filter', async () => {
    await putSettings({ enabled: true, workTypes: ['repair'], windows: everyDay(1), leadBusinessDays: 0, cutoffHour: 24 });
    await callAdmin(t.app, tenants.alpha.apiKey, 'POST', '/webhooks', { url: 'https://hooks.alpha.example/afspraken', events: ['appointment.requested', 'appointment.confirmed'] });
    const date = addDays(inTwoWeeks(), 10);
    const windowId = `middag-${isoWeekday(date)}`;
    const { requestId, booking } = await t.deps.db.transaction().execute(async (trx) => {
      const requestId = await newRequest(trx);
      return { requestId, booking: await bookFor(trx, requestId, date, windowId) };
    });
    expect(booking).toMatchObject({ kind: 'visit', status: 'requested', request_id: requestId, date, window_id: windowId });
    const delivery = await t.deps.db.selectFrom('webhook_deliveries').select('payload').where('type', '=', 'appointment.requested').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(delivery.payload).data).toMatchObject({ booking: { id: booking.id, status: 'requested', date, windowId }, request: { id: requestId } });
    const inbox = await t.deps.db.selectFrom('requests').select('id').where('tenant_id', '=', tenants.alpha.tenantId).where(hasBooking('requested')).execute();
    expect(inbox.map((row) => row.id)).toContain(requestId);

    // The window is full now: a second request for it is refused, and that request is not kept either.
    const before = await t.deps.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await expect(
      t.deps.db.transaction().execute(async (trx) => {
        const second = await newRequest(trx);
        await bookFor(trx, second, date, windowId);
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const after = await t.deps.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    await expect(t.deps.db.transaction().execute(async (trx) => bookFor(trx, await newRequest(trx), date, `ochtend-${isoWeekday(date)}`, 'maintenance'))).rejects.toMatchObject({ code: 'validation_failed' });

    // Confirmed once the back office has made the request's work order: the work order gets the window.
    await backOffice(t.app, tenants.alpha.apiKey).put('/work-orders/van-aanvraag', { customerExternalId: 'alpha-c2', requestId, number: 'WB-AANVRAAG', description: 'Storing', status: 'open' });
    const confirmed = await json(await callAdmin(t.app, tenants.alpha.apiKey, 'PATCH', `/bookings/${booking.id}`, { status: 'confirmed' }));
    const workOrder = await t.deps.db.selectFrom('work_orders').select(['id', 'status', 'planned_start']).where('external_id', '=', 'van-aanvraag').executeTakeFirstOrThrow();
    expect(confirmed).toMatchObject({ status: 'confirmed', requestId, workOrderId: workOrder.id, requestReference: expect.stringMatching(/^KP-/) });
    expect(workOrder).toMatchObject({ status: 'planned', planned_start: booking.starts_at });
  });
});

describe(`POST /requests with a booking, on ${dialectUnderTest}`, () => {
  const submit = (token: string, body: Record<string, unknown>) =>
    t.app.request('/api/v1/portal/alpha/requests', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(body),
    });

  it('books the chosen window with the request; the last place goes to one customer, and the next one’s request is 409 and not kept', async () => {
    await putSettings({ enabled: true, workTypes: ['repair'], windows: everyDay(1), leadBusinessDays: 0, cutoffHour: 24 });
    const date = addDays(inTwoWeeks(), 11);
    const windowId = `ochtend-${isoWeekday(date)}`;
    const first = await submit(tenants.alpha.customers[0]!.token, { workType: 'repair', description: 'De ketel lekt', booking: { date, windowId } });
    expect(first.status, await first.clone().text()).toBe(201);
    const request = await json(first);
    const mine = await json(await portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token).get(`/bookings?requestId=${request.id}`));
    expect(mine.items).toMatchObject([{ kind: 'visit', status: 'requested', date, windowId, requestId: request.id }]);
    const other = portalUser(t.app, 'alpha', tenants.alpha.customers[1]!.token);
    expect((await json(await other.get(`/availability?workType=repair&from=${date}&to=${date}`))).windows.some((window: { windowId: string }) => window.windowId === windowId)).toBe(false);
    const before = await t.deps.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const second = await submit(tenants.alpha.customers[1]!.token, { workType: 'repair', description: 'Geen warm water', booking: { date, windowId } });
    expect(second.status).toBe(409);
    expect((await json(second)).error.code).toBe('conflict');
    const after = await t.deps.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const badWindow = await submit(tenants.alpha.customers[1]!.token, { workType: 'repair', description: 'Geen warm water', booking: { date, windowId: 'nacht' } });
    expect(badWindow.status).toBe(400);

    // The inbox filters on it: waiting for an answer, then confirmed; another business's inbox never shows it.
    const inbox = async (query: string, apiKey = tenants.alpha.apiKey) => (await json(await callAdmin(t.app, apiKey, 'GET', `/requests?limit=100&${query}`))).items.map((item: { id: string }) => item.id);
    expect(await inbox('booking=requested')).toContain(request.id);
    expect(await inbox('booking=any')).toContain(request.id);
    expect(await inbox('booking=confirmed')).not.toContain(request.id);
    const unbooked = await json(await submit(tenants.alpha.customers[1]!.token, { workType: 'repair', description: 'Geen warm water' }));
    expect(await inbox('booking=any')).not.toContain(unbooked.id);
    expect(await inbox('')).toContain(unbooked.id);
    const booking = mine.items[0] as { id: string };
    expect((await callAdmin(t.app, tenants.alpha.apiKey, 'PATCH', `/bookings/${booking.id}`, { status: 'confirmed' })).status).toBe(200);
    expect(await inbox('booking=requested')).not.toContain(request.id);
    expect(await inbox('booking=confirmed')).toContain(request.id);
    expect(await inbox('booking=any', tenants.bravo.apiKey)).toEqual([]);
    const refused = await callAdmin(t.app, tenants.alpha.apiKey, 'GET', '/requests?booking=soon');
    expect(refused.status).toBe(400);
    expect((await json(refused)).error.code).toBe('validation_failed');
  });
});
