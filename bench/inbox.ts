// The console's inbox (GET /api/v1/admin/requests) at 100,000 requests: one business with two portals, 2,000
// customers with a contact each, and guests, its requests spread over statuses, work types and both portals. Each of
// the inbox's typical queries is asked in turn (interleaved, one at a time, as one person at the console would), and
// its p50 and p99 reported; on SQLite, and on PostgreSQL when the run gives one.
// Run alone with `npx tsx bench/inbox.ts [--quick] [--postgres]`.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { connect } from '../server/db/connect.js';
import { newId, nowIso } from '../server/db/ids.js';
import { migrateToLatest } from '../server/db/migrations/index.js';
import type { Database, Dialect } from '../server/db/schema.js';
import type { RequestStatus } from '../server/db/tables/requests.js';
import { randomReference } from '../server/requests/reference.js';
import { seedContact, seedCustomer, seedTenant } from '../test/support/fixtures.js';
import type { BenchOptions, BenchPart, BenchPartResult } from './part.js';
import { markdownTable, median, ms } from './measure.js';
import { startBenchProcess } from './submissions.js';

export const inboxTargets = { p50Ms: 15 };

const firstNames = ['Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Fleur', 'Gijs', 'Hanna', 'Joost', 'Karin', 'Lars', 'Mila', 'Noah', 'Olga', 'Pieter', 'Roos', 'Sem', 'Tess', 'Wim', 'Yara'];
const lastNames = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos',
  'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen',
  'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas',
  'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman',
];
const statuses: { status: RequestStatus; share: number }[] = [
  { status: 'submitted', share: 0.08 },
  { status: 'in_review', share: 0.07 },
  { status: 'accepted', share: 0.55 },
  { status: 'rejected', share: 0.15 },
  { status: 'cancelled', share: 0.15 },
];
const workTypes = [
  { id: 'repair', share: 0.5 },
  { id: 'maintenance', share: 0.35 },
  { id: 'installation', share: 0.15 },
];
const guestShare = 0.15;
const secondPortalShare = 0.3;

/** The n-th of a spread by shares, deterministic: every filter has the same rows in every run. */
function pick<T extends { share: number }>(spread: T[], fraction: number): T {
  let sum = 0;
  for (const item of spread) {
    sum += item.share;
    if (fraction < sum) return item;
  }
  return spread.at(-1)!;
}

/** A fraction in [0, 1) for each request and property, independent across properties and the same every run (a hash). */
function spreadAt(index: number, salt: number): number {
  let x = Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca77);
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  x ^= x >>> 12;
  x = Math.imul(x, 0x297a2d39);
  x ^= x >>> 15;
  return (x >>> 0) / 2 ** 32;
}

export interface InboxSeed {
  apiKey: string;
  portals: [string, string];
  requests: number;
  /** A reference, a customer's name and a guest's name that are in the data, for the searches. */
  reference: string;
  customerName: string;
  guestName: string;
  /** When the newest request came in: the console asks for what changed since a moment like this one. */
  newest: string;
}

/** One business with `count` requests, oldest first, in multi-row inserts within one transaction. */
export async function seedInbox(db: Kysely<Database>, dialect: Dialect, count: number, slug = 'bench-inbox'): Promise<InboxSeed> {
  const tenant = await seedTenant(db, slug);
  const second = `${slug}-zuid`;
  const portal = await db.selectFrom('portals').select('settings').where('id', '=', tenant.portalId).executeTakeFirstOrThrow();
  const now = nowIso();
  const secondPortalId = newId('por');
  await db.insertInto('portals').values({ id: secondPortalId, tenant_id: tenant.tenantId, slug: second, settings: portal.settings, sso_secret: null, created_at: now, updated_at: now }).execute();

  const customerCount = Math.max(10, Math.round(count / 50));
  const customers: { id: string; contactId: string; name: string }[] = [];
  for (let index = 0; index < customerCount; index += 1) {
    const last = lastNames[index % lastNames.length]!;
    const first = firstNames[Math.floor(index / lastNames.length) % firstNames.length]!;
    const name = index % 3 === 0 ? `${last} Installaties ${index}` : `Familie ${last} ${index}`;
    const id = await seedCustomer(db, tenant.tenantId, `inbox-${index}`, name);
    const contactId = await seedContact(db, { tenantId: tenant.tenantId, customerId: id, email: `contact${index}@${slug}.example`, name: `${first} ${last}` });
    customers.push({ id, contactId, name });
  }

  const batch = 500;
  const start = Date.parse('2022-01-01T00:00:00.000Z');
  const references = new Set<string>();
  let reference = '';
  let guestName = '';
  await db.transaction().execute(async (trx) => {
    for (let offset = 0; offset < count; offset += batch) {
      const rows = [];
      for (let index = offset; index < Math.min(count, offset + batch); index += 1) {
        const created = new Date(start + index * 60_000).toISOString();
        const guest = spreadAt(index, 1) < guestShare;
        const customer = customers[Math.floor(spreadAt(index, 2) * customers.length)]!;
        const status = pick(statuses, spreadAt(index, 3)).status;
        let code = randomReference();
        while (references.has(code)) code = randomReference();
        references.add(code);
        const name = `${firstNames[index % firstNames.length]} ${lastNames[Math.floor(index / firstNames.length) % lastNames.length]}`;
        if (index === Math.floor(count / 2)) reference = code;
        if (guest && guestName === '' && index > count / 3) guestName = `${name} ${index}`;
        rows.push({
          id: newId('req'),
          tenant_id: tenant.tenantId,
          portal_id: spreadAt(index, 4) < secondPortalShare ? secondPortalId : tenant.portalId,
          customer_id: guest ? null : customer.id,
          contact_id: guest ? null : customer.contactId,
          reference: code,
          guest_name: guest ? `${name} ${index}` : null,
          guest_email: guest ? `gast${index}@example.test` : null,
          guest_phone: guest ? '0612345678' : null,
          guest_address: guest ? JSON.stringify({ street: 'Dorpsstraat', houseNumber: String(index % 200), postalCode: '3511 AB', city: 'Utrecht', country: 'NL' }) : null,
          location_id: null,
          object_id: null,
          work_type: pick(workTypes, spreadAt(index, 5)).id,
          description: 'De cv-ketel geeft storing E10 en het water wordt niet warm.',
          preferred_date: null,
          preferred_part_of_day: null,
          phone: null,
          checklist: '[]',
          terms_accepted_at: null,
          locale: 'nl' as const,
          status,
          work_order_external_id: status === 'accepted' ? `WO-${index}` : null,
          business_notified_at: created,
          guest_upload_token_hash: null,
          guest_upload_expires_at: null,
          created_at: created,
          updated_at: created,
        });
      }
      await trx.insertInto('requests').values(rows).execute();
    }
  });
  // PostgreSQL's autovacuum would vacuum and analyse a table this size within a minute of the load (and so mark its
  // pages all-visible, which the index-only scans rely on); the bench does not wait.
  if (dialect === 'postgres') await sql`vacuum analyze`.execute(db);
  const customerName = customers[Math.floor(customers.length / 3)]!.name;
  const newest = new Date(start + (count - 1) * 60_000).toISOString();
  return { apiKey: tenant.apiKey, portals: [slug, second], requests: count, reference, customerName, guestName, newest };
}

export interface InboxQueryFigures {
  name: string;
  path: string;
  /** Items on the page it answered: a query that finds nothing measures nothing. */
  items: number;
  p50: number;
  p99: number;
  samples: number;
}

/** The inbox's typical queries: what the console asks when it opens, filters, searches and pages. */
function inboxQueries(seed: InboxSeed): { name: string; path: string }[] {
  const q = (text: string) => encodeURIComponent(text);
  return [
    { name: 'first page', path: 'limit=25' },
    { name: 'changed in the last 5 minutes (live updates)', path: `limit=100&updatedSince=${q(new Date(Date.parse(seed.newest) - 5 * 60_000).toISOString())}` },
    { name: 'status: submitted, in review', path: 'limit=25&status=submitted,in_review' },
    { name: 'status: cancelled', path: 'limit=25&status=cancelled' },
    { name: 'portal: the second', path: `limit=25&portal=${seed.portals[1]}` },
    { name: 'work type: installation', path: 'limit=25&workType=installation' },
    { name: 'guests only', path: 'limit=25&source=guest' },
    { name: 'open guest installs, second portal', path: `limit=25&status=submitted,in_review&workType=installation&source=guest&portal=${seed.portals[1]}` },
    { name: 'search: a reference', path: `limit=25&q=${q(seed.reference)}` },
    { name: 'search: part of a reference, lower case', path: `limit=25&q=${q(seed.reference.slice(3, 8).toLowerCase())}` },
    { name: 'search: a customer’s name', path: `limit=25&q=${q(seed.customerName)}` },
    { name: 'search: a guest’s name', path: `limit=25&q=${q(seed.guestName)}` },
    { name: 'search: a common surname', path: `limit=25&q=${q('jansen')}` },
    { name: 'search: nothing matches', path: `limit=25&q=${q('Zzyzx Onbekend')}` },
  ];
}

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;

export interface InboxDialectFigures {
  dialect: 'sqlite' | 'postgres';
  requests: number;
  seedSeconds: number;
  queries: InboxQueryFigures[];
}

async function benchDialect(dialect: 'sqlite' | 'postgres', databaseUrl: string, options: BenchOptions): Promise<InboxDialectFigures> {
  const count = options.quick ? 20_000 : 100_000;
  const seedStarted = Date.now();
  const handle = connect(databaseUrl);
  await migrateToLatest(handle.db, handle.dialect, handle.schema);
  const seed = await seedInbox(handle.db, handle.dialect, count, `bench-inbox-${randomUUID().slice(0, 6)}`);
  await handle.close();
  const seedSeconds = Math.round((Date.now() - seedStarted) / 100) / 10;
  console.log(`  inbox, ${dialect}: seeded ${count.toLocaleString('en')} requests in ${seedSeconds} s`);

  const server = await startBenchProcess('server/main.ts', { DATABASE_URL: databaseUrl });
  try {
    const ask = async (path: string) => {
      const started = performance.now();
      const response = await fetch(`${server.url}/api/v1/admin/requests?${path}`, { headers: { Authorization: `Bearer ${seed.apiKey}` } });
      const body = (await response.json()) as { items?: unknown[]; nextCursor?: string | null };
      const elapsed = performance.now() - started;
      if (response.status !== 200) throw new Error(`GET /admin/requests?${path} answered ${response.status}: ${JSON.stringify(body)}`);
      return { elapsed, body };
    };
    const queries = inboxQueries(seed);
    // The second page of the unfiltered inbox and of the busiest filter, by the cursor their first pages gave.
    for (const base of [queries[0]!, queries[1]!]) {
      const cursor = (await ask(base.path)).body.nextCursor;
      if (cursor) queries.push({ name: `${base.name}, second page`, path: `${base.path}&cursor=${encodeURIComponent(cursor)}` });
    }
    const items = new Map<string, number>();
    for (const query of queries) items.set(query.name, (await ask(query.path)).body.items?.length ?? 0);
    const rounds = options.quick ? 10 : 60;
    const timings = new Map<string, number[]>(queries.map((query) => [query.name, []]));
    // Warm-up, then rounds in which every query is asked once, in turn.
    for (let round = 0; round < 5; round += 1) for (const query of queries) await ask(query.path);
    for (let round = 0; round < rounds; round += 1) {
      for (const query of queries) timings.get(query.name)!.push((await ask(query.path)).elapsed);
    }
    return {
      dialect,
      requests: count,
      seedSeconds,
      queries: queries.map((query) => {
        const sorted = [...timings.get(query.name)!].sort((a, b) => a - b);
        return { name: query.name, path: query.path, items: items.get(query.name) ?? 0, p50: median(sorted), p99: percentile(sorted, 0.99), samples: sorted.length };
      }),
    };
  } finally {
    await server.stop();
  }
}

export const benchInbox: BenchPart = async (options) => {
  const results: InboxDialectFigures[] = [];
  const directory = mkdtempSync(join(tmpdir(), 'kp-bench-inbox-'));
  try {
    results.push(await benchDialect('sqlite', `file:${join(directory, 'inbox.db')}`, options));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  if (options.postgresUrl) results.push(await benchDialect('postgres', options.postgresUrl, options));
  return inboxResult(results);
};

function inboxResult(results: InboxDialectFigures[]): BenchPartResult {
  const names = results[0]!.queries.map((query) => query.name);
  const lines: string[][] = [['query (p50 / p99, items)', ...results.map((result) => result.dialect), 'target']];
  for (const name of names) {
    lines.push([
      name,
      ...results.map((result) => {
        const query = result.queries.find((item) => item.name === name);
        return query ? `${ms(query.p50)} / ${ms(query.p99)} (${query.items})` : '';
      }),
      `p50 ≤ ${inboxTargets.p50Ms} ms`,
    ]);
  }
  const targets = results.map((result) => {
    const worst = result.queries.reduce((slowest, query) => (query.p50 > slowest.p50 ? query : slowest));
    return {
      name: `inbox at ${result.requests.toLocaleString('en')} requests: every query's p50 ≤ ${inboxTargets.p50Ms} ms on ${result.dialect}`,
      met: worst.p50 <= inboxTargets.p50Ms,
      measured: `slowest p50 ${ms(worst.p50)} (${worst.name})`,
    };
  });
  return { title: `The console's inbox (GET /admin/requests) at ${results[0]!.requests.toLocaleString('en')} requests`, table: markdownTable(lines), targets, figures: { dialects: results } };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  const { startPostgres } = await import('../test/support/postgres.mjs');
  const postgres = args.has('--postgres') ? await startPostgres() : undefined;
  try {
    const result = await benchInbox({ quick: args.has('--quick'), ...(postgres ? { postgresUrl: postgres.url } : {}) });
    console.log(`\n${result.title}\n${result.table.join('\n')}\n`);
    for (const target of result.targets) console.log(`  ${target.met ? 'met' : 'MISSED'}: ${target.name}: ${target.measured}`);
  } finally {
    await postgres?.stop();
  }
}
