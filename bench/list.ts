// The customer's list and the back office's lists, against their floor (design §5's checks cost what they cost):
// the floor ladder for GET /work-orders (20 of 100,000) — bare Hono answering the same bytes; + jose verifying the
// token on every request; + the same checks written by hand with prepared statements (bench/floor-server.ts); the
// route — at 50 and at 10 connections, interleaved rounds, medians. Then every list route and its filter and cursor
// variants against bare Hono answering each one's own body, the list at 10k and 1M work orders, and the list while
// wrong passwords flood in. SQLite, and PostgreSQL when the run has one.
import { isDeepStrictEqual } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { connect } from '../server/db/connect.js';
import { migrateToLatest } from '../server/db/migrations/index.js';
import type { Dialect } from '../server/db/schema.js';
import {
  load,
  mainThreadProfile,
  markdownTable,
  median,
  medianOf,
  ms,
  packageShares,
  percent,
  perSecond,
  root,
  startProcess,
  topFunctions,
  type Process,
  type Stats,
} from './measure.js';
import type { BenchOptions, BenchPartResult, BenchTarget } from './part.js';
import { renewTokens, seedBusiness, seedWorkOrders, type BenchBusiness } from './seed.js';

export const listTargets = {
  sqliteVersusBare: 0.1,
  postgresVersusBare: 0.06,
  p99At50Ms: 20,
  p99At10Ms: 5,
  scaleP50Ratio: 1.5,
  floodP99Ms: 20,
};

export interface ListOptions extends BenchOptions {
  /** Measure SQLite too (the run's --postgres-only leaves it out). */
  sqlite: boolean;
  /** CPU profile of the route's server, in bench/profiles/<dialect>/, summarised in the figures. */
  profile: boolean;
}

const steps = ['bare', 'jwt', 'checks', 'route'] as const;
type Step = (typeof steps)[number];
const stepNames: Record<Step, string> = {
  bare: 'bare Hono, same body',
  jwt: '+ jose verify per request',
  checks: '+ the same checks by hand, prepared statements',
  route: 'the route',
};
const connectionLevels = [50, 10] as const;
const floodConnections = 10;
const loginsPerSecond = 100;

interface Settings {
  ladderRounds: number;
  ladderSeconds: number;
  variantSeconds: number;
  scaleSeconds: number;
  rows: { api: number; small: number; large: number; others: number };
  contacts: number;
}

const settingsFor = (quick: boolean): Settings =>
  quick
    ? { ladderRounds: 1, ladderSeconds: 1, variantSeconds: 1, scaleSeconds: 1, rows: { api: 10_000, small: 1_000, large: 20_000, others: 30 }, contacts: 20 }
    : { ladderRounds: 3, ladderSeconds: 3, variantSeconds: 2, scaleSeconds: 4, rows: { api: 100_000, small: 10_000, large: 1_000_000, others: 60 }, contacts: 50 };

export interface Variant {
  name: string;
  path: string;
  bare: Stats;
  route: Stats;
  versusBare: number;
  at10: Stats;
}

export interface ListDialect {
  dialect: Dialect;
  seedSeconds: number;
  /** The hand-written checks answer what the route answers (same JSON). */
  sameAnswer: boolean;
  ladder: Record<`at${(typeof connectionLevels)[number]}`, Record<Step, Stats> & { rounds: Record<Step, Stats[]>; routeVersusBare: number }>;
  variants: Variant[];
  scale: { small: Stats; large: Stats; smallRows: number; largeRows: number; p50Ratio: number };
  flood: { quiet: Stats; flooded: Stats; logins: { sent: number; perSecond: number; answers: Record<string, number> } };
  profile?: { file: string; packages: { name: string; selfPercent: number }[]; top: { function: string; where: string; selfPercent: number }[] };
}

// ── Load ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** Each request with the next contact's token, as many customers reading their lists would. */
function rotating(url: string, tokens: () => string[]): autocannon.Options {
  let next = 0;
  return {
    url,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const all = tokens();
          return { ...request, headers: { ...request.headers, Authorization: `Bearer ${all[next++ % all.length]}` } };
        },
      },
    ],
  };
}

interface Flood {
  stop(): Promise<{ sent: number; perSecond: number; answers: Record<string, number> }>;
}

/** Wrong passwords for real accounts, each from another address (behind a proxy), at `perSecond`. */
function loginFlood(url: string, slug: string, emails: string[], perSecond: number): Flood {
  const answers: Record<string, number> = {};
  const pending = new Set<Promise<void>>();
  const started = Date.now();
  let sent = 0;
  const fire = () => {
    sent += 1;
    const ip = `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`;
    const attempt = fetch(`${url}/api/v1/portal/${slug}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
      body: JSON.stringify({ email: emails[sent % emails.length], password: `niet het wachtwoord ${sent}` }),
      signal: AbortSignal.timeout(10_000),
    })
      .then(async (response) => {
        answers[response.status] = (answers[response.status] ?? 0) + 1;
        await response.body?.cancel();
      })
      .catch((error: unknown) => {
        const kind = error instanceof Error && error.name === 'TimeoutError' ? 'no answer in 10 s' : 'error';
        answers[kind] = (answers[kind] ?? 0) + 1;
      })
      .finally(() => pending.delete(attempt));
    pending.add(attempt);
  };
  // Catch up on ticks the timer missed, so the rate holds while the process also drives the other load.
  const timer = setInterval(() => {
    const due = Math.floor(((Date.now() - started) / 1000) * perSecond);
    while (sent < due) fire();
  }, 10);
  return {
    async stop() {
      clearInterval(timer);
      const elapsed = (Date.now() - started) / 1000;
      await Promise.all(pending);
      return { sent, perSecond: Math.round(sent / elapsed), answers };
    },
  };
}

// ── Records for the other lists ─────────────────────────────────────────────────────────────────────────────────

/** `count` of each other kind of record, and as many customers, through the back office's own API. */
async function seedOtherRecords(url: string, business: BenchBusiness, count: number): Promise<void> {
  const customer = `${business.tenant.slug}-klant`;
  const bodies: [string, unknown][] = [];
  for (let index = 0; index < count; index += 1) {
    const n = String(index).padStart(5, '0');
    bodies.push([`objects/OBJ-${n}`, { customerExternalId: customer, name: `Cv-ketel ${n}`, type: 'cv-ketel', brand: 'Remeha', model: 'Tzerra Ace', serialNumber: `SN${n}`, installedAt: '2019-04-01' }]);
    bodies.push([`quotes/Q-${n}`, { customerExternalId: customer, number: `Q-${n}`, title: 'Vervangen cv-ketel', lines: [], totalCents: 245_000, currency: 'EUR', validUntil: '2030-01-31', status: 'open' }]);
    bodies.push([`invoices/F-${n}`, { customerExternalId: customer, number: `F-${n}`, issueDate: '2026-11-01', dueDate: '2030-11-15', totalCents: 18_150, totalExclVatCents: 15_000, currency: 'EUR', status: 'open' }]);
    bodies.push([`orders/O-${n}`, { customerExternalId: customer, number: `O-${n}`, orderedAt: '2026-10-12', status: 'delivered', lines: [], totalCents: 4_995, currency: 'EUR' }]);
    bodies.push([`documents/D-${n}`, { customerExternalId: customer, title: `Onderhoudsrapport ${n}`, category: 'rapport' }]);
    bodies.push([`customers/K-${n}`, { name: `Klant ${n}`, email: `klant${n}@example.com` }]);
  }
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const [path, body] = bodies[next++]!;
      const response = await fetch(`${url}/api/v1/admin/${path}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${business.tenant.apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`PUT ${path}: ${response.status} ${await response.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

// ── One database ────────────────────────────────────────────────────────────────────────────────────────────────

async function benchDialect(dialect: Dialect, databaseUrl: string, options: ListOptions, log: (line: string) => void): Promise<ListDialect> {
  const settings = settingsFor(options.quick);
  const seedStarted = Date.now();
  const handle = connect(databaseUrl);
  await migrateToLatest(handle.db, handle.dialect, handle.schema);
  const features = { workOrders: true, quotes: true, invoices: true, objects: true, documents: true, orders: true };
  const api = await seedBusiness(handle.db, 'bench-list', settings.contacts, [], { features });
  await seedWorkOrders(handle.db, dialect, api, settings.rows.api);
  const small = await seedBusiness(handle.db, 'bench-list-small', 1);
  await seedWorkOrders(handle.db, dialect, small, settings.rows.small);
  const large = await seedBusiness(handle.db, 'bench-list-large', 1);
  await seedWorkOrders(handle.db, dialect, large, settings.rows.large);

  const profileDir = join(root, 'bench/profiles', dialect);
  if (options.profile) {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  }
  const started: Process[] = [];
  const bodies = mkdtempSync(join(tmpdir(), 'kp-bench-list-'));
  try {
    const server = await startProcess(
      'server/main.ts',
      { DATABASE_URL: databaseUrl, KP_LOG: 'silent', KP_DEMO: '0', KP_TRUST_PROXY: '1' },
      options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    );
    started.push(server);
    await seedOtherRecords(server.url, api, settings.rows.others);
    const seedSeconds = Math.round((Date.now() - seedStarted) / 100) / 10;
    log(`  ${dialect}: seeded ${(settings.rows.api + settings.rows.small + settings.rows.large).toLocaleString('en')} work orders and ${settings.rows.others} of each other record in ${seedSeconds} s`);

    const portal = `/api/v1/portal/${api.tenant.slug}`;
    const get = async (path: string, token: string) => {
      const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${text}`);
      return text;
    };
    const portalGet = (path: string) => get(`${portal}${path}`, api.tokens[0]!);
    const adminGet = (path: string) => get(`/api/v1/admin${path}`, api.tenant.apiKey);
    const cursorOf = (body: string) => encodeURIComponent((JSON.parse(body) as { nextCursor: string }).nextCursor);

    // Every list, a filter on each that has one, and a page behind a cursor.
    const paths: { name: string; path: string; admin: boolean }[] = [];
    const add = async (name: string, path: string, admin = false) => {
      paths.push({ name, path, admin });
      return admin ? adminGet(path) : portalGet(path);
    };
    const firstPage = await add('work orders, first page', '/work-orders');
    if ((JSON.parse(firstPage) as { items: unknown[] }).items.length !== 20) throw new Error('the work-order list does not answer a page of 20');
    await add('work orders, after a cursor', `/work-orders?cursor=${cursorOf(firstPage)}`);
    const planned = await add('work orders, ?status=planned', '/work-orders?status=planned');
    await add('work orders, ?status=planned after a cursor', `/work-orders?status=planned&cursor=${cursorOf(planned)}`);
    await add('work orders, ?limit=100', '/work-orders?limit=100');
    await add('work orders, ?objectId= (none)', '/work-orders?objectId=obj_none');
    for (const list of ['quotes', 'invoices', 'objects', 'documents', 'orders']) {
      const page = await add(`${list}, first page`, `/${list}`);
      if (list === 'quotes' || list === 'invoices') await add(`${list}, after a cursor`, `/${list}?cursor=${cursorOf(page)}`);
    }
    await add('quotes, ?status=open', '/quotes?status=open');
    await add('invoices, ?status=open', '/invoices?status=open');
    for (const list of ['work-orders', 'quotes', 'invoices', 'objects', 'documents', 'orders', 'customers']) {
      const page = await add(`admin ${list}`, `/${list}`, true);
      if (list === 'work-orders' || list === 'customers') await add(`admin ${list}, after a cursor`, `/${list}?cursor=${cursorOf(page)}`, true);
    }
    await add('admin work-orders, ?customerExternalId=', `/work-orders?customerExternalId=${api.tenant.slug}-klant`, true);
    for (const [index, { path, admin }] of paths.entries()) writeFileSync(join(bodies, `v${index}.json`), admin ? await adminGet(path) : await portalGet(path));
    writeFileSync(join(bodies, 'ladder.json'), firstPage);

    const bare = await startProcess('bench/bare-server.ts', { BENCH_BODIES: bodies });
    started.push(bare);
    const floorEnv = { DATABASE_URL: databaseUrl, BENCH_BODY: join(bodies, 'ladder.json') };
    const jwt = await startProcess('bench/floor-server.ts', { ...floorEnv, BENCH_FLOOR: 'jwt' });
    started.push(jwt);
    const checks = await startProcess('bench/floor-server.ts', { ...floorEnv, BENCH_FLOOR: 'checks' });
    started.push(checks);
    const handWritten = await (await fetch(`${checks.url}${portal}/work-orders`, { headers: { Authorization: `Bearer ${api.tokens[0]}` } })).text();
    const sameAnswer = isDeepStrictEqual(JSON.parse(handWritten), JSON.parse(firstPage));
    if (!sameAnswer) log(`  ${dialect}: the hand-written checks answer differently from the route:\n${handWritten.slice(0, 300)}`);

    const tokens = () => api.tokens;
    const ladderUrl: Record<Step, autocannon.Options> = {
      bare: { url: `${bare.url}/body/ladder` },
      jwt: rotating(`${jwt.url}${portal}/work-orders`, tokens),
      checks: rotating(`${checks.url}${portal}/work-orders`, tokens),
      route: rotating(`${server.url}${portal}/work-orders`, tokens),
    };
    // Warm every process up (JIT, caches, connection pools) before anything counts.
    for (const step of steps) await load({ ...ladderUrl[step], connections: 50, duration: 1 });

    log(`  ${dialect}: the floor ladder, ${settings.ladderRounds} interleaved rounds at ${connectionLevels.join(' and ')} connections`);
    const ladder = {} as ListDialect['ladder'];
    for (const connections of connectionLevels) {
      const rounds = Object.fromEntries(steps.map((step) => [step, [] as Stats[]])) as Record<Step, Stats[]>;
      for (let round = 0; round < settings.ladderRounds; round += 1) {
        await renewTokens(handle.db, api);
        // Each round starts at another step, so no step always follows the same one.
        for (const [offset] of steps.entries()) {
          const step = steps[(offset + round) % steps.length]!;
          rounds[step].push(await load({ ...ladderUrl[step], connections, duration: settings.ladderSeconds }));
        }
      }
      const medians = Object.fromEntries(steps.map((step) => [step, medianOf(rounds[step])])) as Record<Step, Stats>;
      const ratios = rounds.route.map((route, index) => route.requestsPerSecond / rounds.bare[index]!.requestsPerSecond);
      ladder[`at${connections}`] = { ...medians, rounds, routeVersusBare: median(ratios) };
    }

    log(`  ${dialect}: ${paths.length} list routes and variants against bare Hono answering each one's body`);
    const variants: Variant[] = [];
    for (const [index, { name, path, admin }] of paths.entries()) {
      await renewTokens(handle.db, api);
      const url = admin ? `${server.url}/api/v1/admin${path}` : `${server.url}${portal}${path}`;
      const route: autocannon.Options = admin ? { url, headers: { Authorization: `Bearer ${api.tenant.apiKey}` } } : rotating(url, tokens);
      const bareStats = await load({ url: `${bare.url}/body/v${index}`, connections: 50, duration: settings.variantSeconds });
      const routeStats = await load({ ...route, connections: 50, duration: settings.variantSeconds });
      const at10 = await load({ ...route, connections: 10, duration: settings.variantSeconds });
      variants.push({ name, path, bare: bareStats, route: routeStats, versusBare: routeStats.requestsPerSecond / bareStats.requestsPerSecond, at10 });
    }

    log(`  ${dialect}: the list at ${settings.rows.small.toLocaleString('en')} and ${settings.rows.large.toLocaleString('en')} work orders`);
    await renewTokens(handle.db, small);
    await renewTokens(handle.db, large);
    const listOf = (business: BenchBusiness) => ({ url: `${server.url}/api/v1/portal/${business.tenant.slug}/work-orders`, headers: { Authorization: `Bearer ${business.tokens[0]}` } });
    await load({ ...listOf(large), connections: 50, duration: 1 });
    const smallList = await load({ ...listOf(small), connections: 50, duration: settings.scaleSeconds });
    const largeList = await load({ ...listOf(large), connections: 50, duration: settings.scaleSeconds });

    log(`  ${dialect}: the list while ${loginsPerSecond} wrong passwords a second arrive`);
    await renewTokens(handle.db, api);
    const quiet = await load({ ...rotating(`${server.url}${portal}/work-orders`, tokens), connections: floodConnections, duration: settings.scaleSeconds });
    const flood = loginFlood(server.url, api.tenant.slug, api.emails, loginsPerSecond);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const flooded = await load({ ...rotating(`${server.url}${portal}/work-orders`, tokens), connections: floodConnections, duration: settings.scaleSeconds });
    const logins = await flood.stop();

    for (const process of started.splice(0).reverse()) await process.stop();
    let profile: ListDialect['profile'];
    if (options.profile) {
      // One profile per thread (tsx's loader runs in one of its own): the main thread's is the one that worked most.
      const main = mainThreadProfile(profileDir);
      if (main) profile = { file: main.slice(root.length), packages: packageShares(main), top: topFunctions(main) };
    }
    return {
      dialect,
      seedSeconds,
      sameAnswer,
      ladder,
      variants,
      scale: { small: smallList, large: largeList, smallRows: settings.rows.small, largeRows: settings.rows.large, p50Ratio: largeList.p50 / smallList.p50 },
      flood: { quiet, flooded, logins },
      ...(profile ? { profile } : {}),
    };
  } finally {
    for (const process of started.reverse()) await process.stop();
    await handle.close();
    rmSync(bodies, { recursive: true, force: true });
  }
}

// ── The tables ──────────────────────────────────────────────────────────────────────────────────────────────────

const shareTarget = (dialect: Dialect) => (dialect === 'sqlite' ? listTargets.sqliteVersusBare : listTargets.postgresVersusBare);

function ladderTable(results: ListDialect[], rows: number): string[] {
  const header = [`GET /work-orders (20 of ${rows.toLocaleString('en')})`];
  for (const db of results) header.push(`${db.dialect}: 50 conn., share of bare`, 'p99', '10 conn.: p99');
  const lines = [header];
  for (const step of steps) {
    const line = [stepNames[step]];
    for (const db of results) {
      const at50 = db.ladder.at50;
      line.push(`${perSecond(at50[step])} (${percent(at50[step].requestsPerSecond / at50.bare.requestsPerSecond)})`, ms(at50[step].p99), ms(db.ladder.at10[step].p99));
    }
    lines.push(line);
  }
  return markdownTable(lines);
}

function variantsTable(results: ListDialect[]): string[] {
  const header = ['list route'];
  for (const db of results) header.push(`${db.dialect}: share of bare`, 'p99 at 50', 'p99 at 10');
  const lines = [header];
  for (const [index, variant] of results[0]!.variants.entries()) {
    const line = [variant.name];
    for (const db of results) {
      const measured = db.variants[index]!;
      line.push(`${percent(measured.versusBare)} (${perSecond(measured.route)})`, ms(measured.route.p99), ms(measured.at10.p99));
    }
    lines.push(line);
  }
  return markdownTable(lines);
}

function scaleTable(results: ListDialect[]): string[] {
  const lines = [['measurement', ...results.map((db) => db.dialect)]];
  const row = (name: string, value: (db: ListDialect) => string) => lines.push([name, ...results.map(value)]);
  row(`list, ${results[0]!.scale.smallRows.toLocaleString('en')} work orders: p50 / p99`, (db) => `${ms(db.scale.small.p50)} / ${ms(db.scale.small.p99)}`);
  row(`list, ${results[0]!.scale.largeRows.toLocaleString('en')} work orders: p50 / p99`, (db) => `${ms(db.scale.large.p50)} / ${ms(db.scale.large.p99)}`);
  row('  p50 ratio', (db) => db.scale.p50Ratio.toFixed(2));
  row(`list, ${floodConnections} connections: p50 / p99`, (db) => `${ms(db.flood.quiet.p50)} / ${ms(db.flood.quiet.p99)}`);
  row(`  with ${loginsPerSecond} wrong logins/s: p50 / p99`, (db) => `${ms(db.flood.flooded.p50)} / ${ms(db.flood.flooded.p99)}`);
  row('  logins sent; answers', (db) => `${db.flood.logins.perSecond}/s; ${Object.entries(db.flood.logins.answers).map(([status, n]) => `${n}× ${status}`).join(', ')}`);
  return markdownTable(lines);
}

function targetsOf(results: ListDialect[]): BenchTarget[] {
  const targets: BenchTarget[] = [];
  for (const db of results) {
    const share = shareTarget(db.dialect);
    const worst = db.variants.reduce((low, variant) => (variant.versusBare < low.versusBare ? variant : low), db.variants[0]!);
    const worstP99At50 = Math.max(db.ladder.at50.route.p99, ...db.variants.map((variant) => variant.route.p99));
    const worstP99At10 = Math.max(db.ladder.at10.route.p99, ...db.variants.map((variant) => variant.at10.p99));
    const failed = db.variants.reduce((sum, variant) => sum + variant.route.non2xx + variant.route.errors + variant.at10.non2xx + variant.at10.errors, 0) + db.ladder.at50.route.non2xx + db.ladder.at50.route.errors;
    targets.push(
      { name: `${db.dialect}: GET /work-orders ≥ ${percent(share)} of bare Hono (50 connections)`, met: db.ladder.at50.routeVersusBare >= share, measured: percent(db.ladder.at50.routeVersusBare) },
      { name: `${db.dialect}: every list route and variant ≥ ${percent(share)} of bare Hono`, met: worst.versusBare >= share, measured: `${percent(worst.versusBare)} (${worst.name})` },
      { name: `${db.dialect}: list p99 ≤ ${listTargets.p99At50Ms} ms at 50 connections (every variant)`, met: worstP99At50 <= listTargets.p99At50Ms, measured: ms(worstP99At50) },
      { name: `${db.dialect}: list p99 ≤ ${listTargets.p99At10Ms} ms at 10 connections (every variant)`, met: worstP99At10 <= listTargets.p99At10Ms, measured: ms(worstP99At10) },
      { name: `${db.dialect}: no failed list request`, met: failed === 0, measured: String(failed) },
      { name: `${db.dialect}: list p50 at ${db.scale.largeRows.toLocaleString('en')} / at ${db.scale.smallRows.toLocaleString('en')} ≤ ${listTargets.scaleP50Ratio}`, met: db.scale.p50Ratio <= listTargets.scaleP50Ratio, measured: db.scale.p50Ratio.toFixed(2) },
      { name: `${db.dialect}: list p99 ≤ ${listTargets.floodP99Ms} ms during ${loginsPerSecond} wrong logins/s`, met: db.flood.flooded.p99 <= listTargets.floodP99Ms, measured: ms(db.flood.flooded.p99) },
    );
  }
  return targets;
}

/** The list part: three tables (the ladder, every route, scale and flood) with their targets. */
export async function benchList(options: ListOptions, log: (line: string) => void = console.log): Promise<BenchPartResult[]> {
  const settings = settingsFor(options.quick);
  const results: ListDialect[] = [];
  const sqliteDirectory = mkdtempSync(join(tmpdir(), 'kp-bench-list-sqlite-'));
  try {
    if (options.sqlite) results.push(await benchDialect('sqlite', `file:${join(sqliteDirectory, 'bench.db')}`, options, log));
    if (options.postgresUrl) results.push(await benchDialect('postgres', options.postgresUrl, options, log));
  } finally {
    rmSync(sqliteDirectory, { recursive: true, force: true });
  }
  if (results.length === 0) return [];
  const targets = targetsOf(results);
  const figures = { settings, targets: listTargets, databases: results };
  return [
    { title: 'The list against its floor (GET /work-orders, medians of interleaved rounds)', table: ladderTable(results, settings.rows.api), targets: targets.filter((target) => /GET \/work-orders/.test(target.name)), figures },
    { title: 'Every list route, filter and cursor against bare Hono answering its body', table: variantsTable(results), targets: targets.filter((target) => /every|failed/.test(target.name)), figures: {} },
    { title: 'The list at scale and during a login flood', table: scaleTable(results), targets: targets.filter((target) => /p50 at|wrong logins/.test(target.name)), figures: {} },
  ];
}
