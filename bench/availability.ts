// Booking availability (design §10): a portal with a year of bookings, GET /availability for a four-week range,
// through the whole app in this process (token check, session check, settings, the counts), on SQLite and, when the
// run has one, PostgreSQL. Baseline in the same run, interleaved: GET /me, the lightest signed-in route.
// Target: availability p50 ≤ 10 ms on SQLite; on PostgreSQL at most 10 ms above GET /me. Run alone with `npx tsx bench/availability.ts [--quick]`
// (BENCH_POSTGRES_URL=postgres://… adds PostgreSQL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Kysely } from 'kysely';
import { createApp } from '../server/app.js';
import { AccessTokenVerifier } from '../server/auth/access-tokens.js';
import { PasswordHasher } from '../server/auth/passwords.js';
import { SigningKeys } from '../server/auth/signing-keys.js';
import { addDays, amsterdamMoment, amsterdamWallClock, isoWeekday } from '../server/bookings/amsterdam-time.js';
import { bookingSettingsSchema, saveBookingSettings } from '../server/bookings/settings.js';
import { loadConfig } from '../server/config.js';
import { connect, type DatabaseHandle } from '../server/db/connect.js';
import { migrateToLatest } from '../server/db/migrations/index.js';
import type { Database } from '../server/db/schema.js';
import type { BookingRow, BookingStatus } from '../server/db/tables/bookings.js';
import { newId } from '../server/db/ids.js';
import type { Deps } from '../server/http/env.js';
import { memoryLogger } from '../server/http/logger.js';
import { createMailer } from '../server/mail/mailer.js';
import { seedContact, seedCustomer, seedTenant, signInAs } from '../test/support/fixtures.js';
import type { BenchOptions, BenchPart, BenchPartResult } from './part.js';

export const availabilityTargets = { p50Ms: 10 };

const windows = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { id: `ochtend-${weekday}`, weekday, start: '08:00', end: '12:00', label: { nl: 'Ochtend', en: 'Morning' }, capacity: 12 },
  { id: `middag-${weekday}`, weekday, start: '12:00', end: '17:00', label: { nl: 'Middag', en: 'Afternoon' }, capacity: 12 },
]);

const statuses: BookingStatus[] = ['confirmed', 'confirmed', 'confirmed', 'requested', 'declined', 'cancelled', 'expired'];

/** Half a year back and half a year ahead, every window of every weekday holding up to ten bookings. */
async function seedYearOfBookings(db: Kysely<Database>, tenantId: string, portalId: string, customerIds: string[], contactIds: string[]): Promise<number> {
  const today = amsterdamWallClock(new Date()).date;
  const rows: BookingRow[] = [];
  let n = 0;
  for (let day = -182; day <= 182; day++) {
    const date = addDays(today, day);
    for (const window of windows.filter((candidate) => candidate.weekday === isoWeekday(date))) {
      const count = 4 + (n % 7);
      for (let index = 0; index < count; index++) {
        n += 1;
        const status = statuses[n % statuses.length]!;
        const at = new Date(Date.now() + (day - 5) * 86_400_000).toISOString();
        rows.push({
          id: newId('bkg'),
          tenant_id: tenantId,
          portal_id: portalId,
          customer_id: customerIds[n % customerIds.length]!,
          contact_id: contactIds[n % contactIds.length]!,
          request_id: null,
          work_order_id: null,
          kind: 'visit',
          work_type: 'repair',
          date,
          window_id: window.id,
          starts_at: amsterdamMoment(date, window.start).at.toISOString(),
          ends_at: amsterdamMoment(date, window.end).at.toISOString(),
          status,
          hold_until: status === 'requested' ? new Date(Date.now() + (n % 2 === 0 ? 1 : -1) * 3_600_000).toISOString() : null,
          reason: null,
          decided_at: status === 'requested' ? null : at,
          decided_by_name: null,
          created_at: at,
          updated_at: at,
        });
      }
    }
  }
  for (let start = 0; start < rows.length; start += 500) await db.insertInto('bookings').values(rows.slice(start, start + 500)).execute();
  return rows.length;
}

interface Measured {
  availabilityMs: number[];
  baselineMs: number[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};

async function measureOn(handle: DatabaseHandle, quick: boolean): Promise<Measured & { bookings: number }> {
  await migrateToLatest(handle.db, handle.dialect, handle.schema);
  const keys = new SigningKeys(handle.db);
  const config = loadConfig({ KP_PUBLIC_URL: 'http://bench.test' });
  const logger = memoryLogger();
  const deps: Deps = {
    db: handle.db,
    dialect: handle.dialect,
    config,
    logger,
    lifecycle: { draining: false },
    widgetDir: join(tmpdir(), 'kp-bench-no-widget'),
    auth: { keys, verifier: new AccessTokenVerifier(keys), passwords: new PasswordHasher({ cost: { N: 2 ** 10, r: 8, p: 1 } }) },
    mailer: createMailer({ db: handle.db, logger, smtpUrl: undefined, publicUrl: config.publicUrl }),
  };
  const app = createApp(deps);
  const tenant = await seedTenant(handle.db, 'beschikbaar');
  const customerIds: string[] = [];
  const contactIds: string[] = [];
  for (let index = 0; index < 50; index++) {
    const customerId = await seedCustomer(handle.db, tenant.tenantId, `klant-${index}`);
    customerIds.push(customerId);
    contactIds.push(await seedContact(handle.db, { tenantId: tenant.tenantId, customerId, email: `klant${index}@bench.example` }));
  }
  await saveBookingSettings(
    handle.db,
    tenant.tenantId,
    tenant.portalId,
    bookingSettingsSchema.parse({ enabled: true, workTypes: ['repair'], windows, leadBusinessDays: 1, cutoffHour: 16, horizonWeeks: 12, closedDates: [addDays(amsterdamWallClock(new Date()).date, 10)] }),
  );
  const bookings = await seedYearOfBookings(handle.db, tenant.tenantId, tenant.portalId, customerIds, contactIds);
  const { token } = await signInAs(deps, { tenantId: tenant.tenantId, portalId: tenant.portalId, contactId: contactIds[0]! });
  const from = addDays(amsterdamWallClock(new Date()).date, 1);
  const to = addDays(from, 27);
  const headers = { Authorization: `Bearer ${token}` };
  const availability = async () => {
    const response = await app.request(`/api/v1/portal/beschikbaar/availability?workType=repair&from=${from}&to=${to}`, { headers });
    if (response.status !== 200) throw new Error(`availability answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  const baseline = async () => {
    const response = await app.request('/api/v1/portal/beschikbaar/me', { headers });
    if (response.status !== 200) throw new Error(`/me answered ${response.status}`);
    await response.arrayBuffer();
  };
  const time = async (call: () => Promise<void>) => {
    const started = performance.now();
    await call();
    return performance.now() - started;
  };
  for (let warm = 0; warm < 30; warm++) {
    await availability();
    await baseline();
  }
  const rounds = quick ? 10 : 40;
  const perRound = quick ? 10 : 25;
  const measured: Measured = { availabilityMs: [], baselineMs: [] };
  // Interleaved rounds: whatever the machine does meanwhile falls on both alike.
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < perRound; index++) measured.availabilityMs.push(await time(availability));
    for (let index = 0; index < perRound; index++) measured.baselineMs.push(await time(baseline));
  }
  await deps.mailer.idle();
  return { ...measured, bookings };
}

async function sqliteHandle(): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kp-bench-availability-'));
  const handle = connect(`file:${join(dir, 'bench.db')}`);
  return {
    handle,
    cleanup: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresHandle(url: string): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }> {
  const schema = `bench_availability_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = connect(url, { searchPath: schema });
  return {
    handle,
    cleanup: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop schema ${schema} cascade`);
      await dropper.end();
    },
  };
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

export const benchAvailability: BenchPart = async (options: BenchOptions): Promise<BenchPartResult> => {
  const runs: { database: string; result: Measured & { bookings: number } }[] = [];
  for (const [database, open] of [
    ['SQLite', sqliteHandle] as const,
    ...(options.postgresUrl ? [['PostgreSQL', () => postgresHandle(options.postgresUrl!)] as const] : []),
  ]) {
    const { handle, cleanup } = await open();
    try {
      runs.push({ database, result: await measureOn(handle, options.quick) });
    } finally {
      await cleanup();
    }
  }
  const table = ['| database | bookings | availability p50 | p99 | GET /me p50 (baseline) | ratio |', '|---|---|---|---|---|---|'];
  const targets = [];
  const figures: Record<string, unknown> = { range: '28 days', target: availabilityTargets };
  for (const { database, result } of runs) {
    const p50 = median(result.availabilityMs);
    const baseline = median(result.baselineMs);
    table.push(`| ${database} | ${result.bookings.toLocaleString('en')} | ${ms(p50)} | ${ms(percentile(result.availabilityMs, 0.99))} | ${ms(baseline)} | ${(p50 / baseline).toFixed(2)}× |`);
    if (database === 'SQLite') {
      targets.push({ name: `availability p50 ≤ ${availabilityTargets.p50Ms} ms for four weeks on SQLite`, met: p50 <= availabilityTargets.p50Ms, measured: ms(p50) });
    } else {
      // Every round trip to a PostgreSQL on the same busy machine costs more than the whole answer on SQLite: held to
      // what availability adds to the lightest signed-in route, measured alongside.
      targets.push({ name: `availability p50 ≤ GET /me p50 + ${availabilityTargets.p50Ms} ms on ${database}`, met: p50 - baseline <= availabilityTargets.p50Ms, measured: `${ms(p50)} (+${ms(p50 - baseline)})` });
    }
    figures[database.toLowerCase()] = {
      bookings: result.bookings,
      samples: result.availabilityMs.length,
      availabilityP50Ms: p50,
      availabilityP99Ms: percentile(result.availabilityMs, 0.99),
      baselineP50Ms: baseline,
      ratio: p50 / baseline,
    };
  }
  return { title: 'Booking availability (GET /availability, four weeks, a year of bookings)', table, targets, figures };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchAvailability({ quick: process.argv.includes('--quick'), ...(process.env.BENCH_POSTGRES_URL ? { postgresUrl: process.env.BENCH_POSTGRES_URL } : {}) });
  console.log(`\n${result.title}\n\n${result.table.join('\n')}\n`);
  for (const target of result.targets) console.log(`${target.met ? '✓' : '✗'} ${target.name}: ${target.measured}`);
}
