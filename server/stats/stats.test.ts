// The dashboard's figures, counted by the database on a seeded fortnight around a clock change: requests in and out of
// the period, week edges at midnight Amsterdam time, the median time to a first answer, and another business's
// records never counted.
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, seedContact, seedTwoTenants } from '../../test/support/fixtures.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';
import { newId } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import type { QuoteStatus } from '../db/tables/customer-data.js';
import type { RequestStatus } from '../db/tables/requests.js';
import { businessStats } from './stats.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
type Business = (typeof world)['alpha'];

const hour = 3_600_000;
const later = (at: string, ms: number) => new Date(Date.parse(at) + ms).toISOString();

async function seedRequest(db: Kysely<Database>, business: Business, at: string, input: { status?: RequestStatus; guest?: boolean } = {}): Promise<string> {
  const id = newId('req');
  const customer = business.customers[0]!;
  await db
    .insertInto('requests')
    .values({
      id,
      tenant_id: business.tenantId,
      portal_id: business.portalId,
      customer_id: input.guest ? null : customer.customerId,
      contact_id: input.guest ? null : customer.contactId,
      reference: `KP-${id.slice(-8)}`,
      guest_name: input.guest ? 'Gast' : null,
      guest_email: input.guest ? 'gast@example.test' : null,
      guest_phone: null,
      guest_address: null,
      location_id: null,
      object_id: null,
      work_type: 'repair',
      description: 'De ketel lekt.',
      preferred_date: null,
      preferred_part_of_day: null,
      phone: null,
      checklist: '[]',
      terms_accepted_at: null,
      locale: 'nl',
      status: input.status ?? 'submitted',
      work_order_external_id: null,
      business_notified_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await seedMove(db, business, id, 'submitted', at, input.guest ? 'guest' : 'contact');
  return id;
}

async function seedMove(db: Kysely<Database>, business: Business, requestId: string, status: RequestStatus, at: string, actor: 'business' | 'contact' | 'guest' = 'business') {
  await db
    .insertInto('request_events')
    .values({ id: newId('rev'), tenant_id: business.tenantId, request_id: requestId, status, note: null, actor_type: actor, actor_id: null, created_at: at })
    .execute();
}

async function seedMessage(db: Kysely<Database>, business: Business, requestId: string, at: string, author: 'business' | 'contact' = 'business') {
  await db
    .insertInto('messages')
    .values({
      id: newId('msg'),
      tenant_id: business.tenantId,
      customer_id: business.customers[0]!.customerId,
      request_id: requestId,
      work_order_id: null,
      author_type: author,
      author_contact_id: null,
      author_name: author === 'business' ? 'Planning' : 'Klant',
      body: 'Bericht',
      created_at: at,
    })
    .execute();
}

async function seedQuote(db: Kysely<Database>, business: Business, at: string, status: QuoteStatus) {
  const id = newId('quo');
  await db
    .insertInto('quotes')
    .values({
      id,
      tenant_id: business.tenantId,
      customer_id: business.customers[0]!.customerId,
      external_id: id,
      number: id,
      title: 'Nieuwe ketel',
      lines: '[]',
      total_cents: 100_00,
      currency: 'EUR',
      valid_until: null,
      status,
      pdf_file_id: null,
      decision: null,
      decided_at: null,
      decided_by_contact_id: null,
      decided_ip: null,
      signed_name: null,
      decline_reason: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
}

// Weeks 13 and 14 of 2026: Monday 23 March 00:00 is 23:00 UTC the day before; summer time starts on Sunday 29 March,
// so Monday 30 March 00:00 is 22:00 UTC, and so is Monday 6 April 00:00.
const period = '?from=2026-03-23&to=2026-04-05';
const inWeek13 = { first: '2026-03-22T23:00:00.000Z', last: '2026-03-29T21:59:59.999Z' };
const inWeek14 = { first: '2026-03-29T22:00:00.000Z', last: '2026-04-05T21:59:59.999Z' };

beforeEach(async () => {
  t = await createTestApp();
  world = await seedTwoTenants(t.deps);
  const { db } = t.deps;
  const { alpha, bravo } = world;

  // Just outside: the last moment of week 12 and the first of week 15.
  await seedRequest(db, alpha, '2026-03-22T22:59:59.999Z', { status: 'accepted' });
  await seedRequest(db, alpha, '2026-04-05T22:00:00.000Z');

  const guestFirstMinute = await seedRequest(db, alpha, inWeek13.first, { status: 'accepted', guest: true });
  await seedMessage(db, alpha, guestFirstMinute, later(inWeek13.first, 1 * hour));
  await seedMove(db, alpha, guestFirstMinute, 'accepted', later(inWeek13.first, 3 * hour));

  const lastMinute = await seedRequest(db, alpha, inWeek13.last, { status: 'rejected' });
  await seedMove(db, alpha, lastMinute, 'rejected', later(inWeek13.last, 2 * hour));

  const afterClockChange = await seedRequest(db, alpha, inWeek14.first, { status: 'accepted' });
  await seedMessage(db, alpha, afterClockChange, later(inWeek14.first, 1 * hour), 'contact');
  await seedMessage(db, alpha, afterClockChange, later(inWeek14.first, 5 * hour));
  await seedMove(db, alpha, afterClockChange, 'accepted', later(inWeek14.first, 6 * hour));

  // Cancelled by the customer, never answered by the business.
  const cancelled = await seedRequest(db, alpha, inWeek14.last, { status: 'cancelled', guest: true });
  await seedMove(db, alpha, cancelled, 'cancelled', later(inWeek14.last, 1 * hour), 'guest');

  // Another business, in the same weeks, answered at once: none of it may count for alpha.
  for (const at of [inWeek13.first, inWeek14.first]) {
    const theirs = await seedRequest(db, bravo, at, { status: 'accepted' });
    await seedMessage(db, bravo, theirs, later(at, 60_000));
    await seedQuote(db, bravo, at, 'accepted');
  }

  await seedQuote(db, alpha, '2026-03-20T10:00:00.000Z', 'accepted');
  await seedQuote(db, alpha, inWeek13.first, 'open');
  await seedQuote(db, alpha, inWeek13.last, 'accepted');
  await seedQuote(db, alpha, inWeek14.first, 'declined');
  await seedQuote(db, alpha, inWeek14.last, 'accepted');

  const customerId = alpha.customers[0]!.customerId;
  await seedContact(db, { tenantId: alpha.tenantId, customerId, email: 'nieuw@alpha.example', status: 'invited' });
  await seedContact(db, { tenantId: alpha.tenantId, customerId, email: 'weg@alpha.example', status: 'disabled' });
  await seedContact(db, { tenantId: bravo.tenantId, customerId: bravo.customers[0]!.customerId, email: 'nieuw@bravo.example', status: 'invited' });
});
afterEach(async () => {
  await t.close();
});

describe(`GET /admin/stats on ${dialectUnderTest}`, () => {
  it('counts the requests of each Amsterdam week, edges at midnight and across the clock change, by guests and customers', async () => {
    const response = await callAdmin(t.app, world.alpha.apiKey, 'GET', `/stats${period}`);
    expect(response.status).toBe(200);
    const stats = await json(response);
    expect(stats.period).toEqual({ from: '2026-03-23', to: '2026-04-05', timeZone: 'Europe/Amsterdam' });
    expect(stats.weeks).toEqual([
      { weekStart: '2026-03-23', year: 2026, week: 13, requests: 2, guest: 1, portal: 1 },
      { weekStart: '2026-03-30', year: 2026, week: 14, requests: 2, guest: 1, portal: 1 },
    ]);
    expect(stats.requests).toEqual({
      total: 4,
      byStatus: { submitted: 0, in_review: 0, accepted: 2, rejected: 1, cancelled: 1 },
      acceptedShare: 2 / 3,
    });
    // Only the request of week 15 is still new; the other business's requests are not alpha's.
    expect(stats.newRequests).toBe(1);
  });

  it('takes the median of the first answers (a message or a move, whichever came first); a customer’s own message or cancellation is none', async () => {
    const odd = await json(await callAdmin(t.app, world.alpha.apiKey, 'GET', `/stats${period}`));
    // 1 hour (message before the move), 2 hours (the rejection), 5 hours (the business's message, not the customer's).
    expect(odd.firstAnswer).toEqual({ medianSeconds: 2 * 3600, answered: 3, unanswered: 1 });

    const even = await json(await callAdmin(t.app, world.alpha.apiKey, 'GET', '/stats?from=2026-03-23&to=2026-03-29'));
    expect(even.firstAnswer).toEqual({ medianSeconds: 1.5 * 3600, answered: 2, unanswered: 0 });

    const none = await json(await callAdmin(t.app, world.alpha.apiKey, 'GET', '/stats?from=2027-01-04&to=2027-01-10'));
    expect(none.firstAnswer).toEqual({ medianSeconds: null, answered: 0, unanswered: 0 });
    expect(none.requests.acceptedShare).toBeNull();
    expect(none.weeks).toEqual([{ weekStart: '2027-01-04', year: 2027, week: 1, requests: 0, guest: 0, portal: 0 }]);
  });

  it('counts the period’s quotes by status and the business’s portal users as they are now', async () => {
    const stats = await json(await callAdmin(t.app, world.alpha.apiKey, 'GET', `/stats${period}`));
    expect(stats.quotes).toEqual({ open: 1, accepted: 2, declined: 1, expired: 0, withdrawn: 0 });
    expect(stats.contacts).toEqual({ invited: 1, active: 2, disabled: 1 });
  });

  it('gives this week’s requests whatever the period, and twelve weeks up to today when none is asked for', async () => {
    const stats = await businessStats(t.deps.db, t.deps.dialect, world.alpha.tenantId, { from: '2026-01-05', to: '2026-01-11' }, new Date('2026-04-01T10:00:00Z'));
    expect(stats.thisWeek).toEqual({ weekStart: '2026-03-30', year: 2026, week: 14, requests: 2, guest: 1, portal: 1 });

    const byDefault = await businessStats(t.deps.db, t.deps.dialect, world.alpha.tenantId, {}, new Date('2026-04-05T21:30:00Z'));
    expect(byDefault.weeks).toHaveLength(12);
    expect(byDefault.weeks.at(-1)).toMatchObject({ weekStart: '2026-03-30', requests: 2 });
    expect(byDefault.weeks[0]!.weekStart).toBe('2026-01-12');
    expect(byDefault.period).toMatchObject({ from: '2026-01-12', to: '2026-04-05' });

    // A minute before midnight on Sunday, Amsterdam time, this week is still week 14.
    const sundayNight = await businessStats(t.deps.db, t.deps.dialect, world.alpha.tenantId, {}, new Date('2026-04-05T21:59:00Z'));
    expect(sundayNight.thisWeek.weekStart).toBe('2026-03-30');
  });

  it('is open to role staff, who run the inbox too', async () => {
    await seedStaff(t.deps, { tenantId: world.alpha.tenantId, email: 'balie@alpha.example', role: 'staff' });
    const cookie = await signInStaff(t.app, 'balie@alpha.example');
    const response = await callAdminAsStaff(t.app, cookie, 'GET', `/stats${period}`);
    expect(response.status).toBe(200);
    expect((await json(response)).requests.total).toBe(4);
  });

  it('refuses dates that are no dates, a period backwards, or longer than about a year, in the one error shape', async () => {
    for (const query of ['?from=2026-02-30', '?to=01-04-2026', '?from=2026-4-1', '?from=vandaag', '?from=2026-04-06&to=2026-04-05', '?from=2025-01-01&to=2026-04-05']) {
      const response = await callAdmin(t.app, world.alpha.apiKey, 'GET', `/stats${query}`);
      expect(response.status, query).toBe(400);
      const body = await json(response);
      expect(body.error.code, query).toBe('validation_failed');
      expect(body.error.details?.[0]?.path, query).toMatch(/^(from|to)$/);
    }
    // 53 weeks is allowed.
    expect((await callAdmin(t.app, world.alpha.apiKey, 'GET', '/stats?from=2025-03-31&to=2026-04-05')).status).toBe(200);
  });
});
