// Live-update streams at scale (design §9): one server process holds N open portal event streams (default 10,000;
// BENCH_STREAMS=500 for a quick run). Measured in that process: memory per stream (RSS and heap after a full
// collection), how fast a new request of one customer reaches that customer's open streams while all N are open, and
// CPU time over one heartbeat period (25 s: one keep-alive to every stream, two or three access rounds) with every
// stream open, against the same period with none before and after (the baseline, same run, same process).
// Run alone with `tsx bench/streams.ts` (adds `streams` to bench/results.json) or as part of `npm run bench`.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { AccessTokenVerifier } from '../server/auth/access-tokens.js';
import { SigningKeys } from '../server/auth/signing-keys.js';
import { connect } from '../server/db/connect.js';
import { migrateToLatest } from '../server/db/migrations/index.js';
import type { Database } from '../server/db/schema.js';
import type { Deps } from '../server/http/env.js';
import { freePort } from '../test/support/processes.js';
import { seedContact, seedCustomer, seedTenant, signInAs } from '../test/support/fixtures.js';
import type { BenchPart, BenchTarget } from './part.js';

const root = fileURLToPath(new URL('../', import.meta.url));

export const streamTargets = { bytesPerStream: 20 * 1024, deliveryP99Ms: 1000, idleExtraPercentOfCore: 1 };

/** The hub allows 10 streams per contact: each contact holds that many, as a customer with many tabs open would. */
const streamsPerContact = 10;
const contactsPerCustomer = 10;
const openAtOnce = 100;
/** One heartbeat period and a poll: every stream gets exactly one keep-alive in a window. */
const idleMs = 26_000;
const quickIdleMs = 5_000;
const settleMs = 3_000;
const publishes = 20;
const publishGapMs = 250;

export interface StreamResults {
  streams: number;
  opened: number;
  refused: Record<string, number>;
  customers: number;
  streamsOfTheCustomer: number;
  openSeconds: number;
  gcExposed: boolean;
  memory: { rssBefore: number; rssAfter: number; heapBefore: number; heapAfter: number; rssPerStream: number; heapPerStream: number; externalPerStream: number };
  delivery: { events: number; deliveries: number; expected: number; p50: number; p99: number; max: number };
  idle: {
    seconds: number;
    /** The windows with no stream open, before the streams open and after they close; the baseline is their mean. */
    baselineCpuMs: number[];
    withStreamsCpuMs: number;
    baselinePercentOfCore: number;
    withStreamsPercentOfCore: number;
    /** What the open streams cost at rest: with them, less the baseline. */
    extraPercentOfCore: number;
  };
  /** Streams still open when the run ended them: the server cut none of them off on its own. */
  stillOpen: number;
}

interface Measured {
  collected: boolean;
  rss: number;
  heapUsed: number;
  external: number;
  cpuMicros: number;
}

interface CpuTime {
  cpuMicros: number;
}

interface ProbedServer {
  child: ChildProcess;
  url: string;
  measure(): Promise<Measured>;
  cpu(): Promise<CpuTime>;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** This process's open-files limit, which Node has raised at start-up to the hard limit (ulimit -Hn). */
function openFilesLimit(): number | undefined {
  const line = readFileSync('/proc/self/limits', 'utf8').split('\n').find((row) => row.startsWith('Max open files'));
  const soft = line?.split(/\s{2,}/)[1];
  return soft === undefined || soft === 'unlimited' ? undefined : Number(soft);
}

/** The server as the other benches start it, with the probe loaded. Node raises its own open-files limit to the hard one. */
async function startProbedServer(env: Record<string, string>): Promise<ProbedServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--import', './bench/stream-probe.ts', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server/main.ts exited during start-up:\n${errors}`);
    if (await fetch(`${url}/healthz`).then((response) => response.ok, () => false)) break;
    if (Date.now() - started > 60_000) throw new Error(`server/main.ts did not start:\n${errors}`);
    await sleep(100);
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ask = <Answer>(type: 'measure' | 'cpu') =>
    new Promise<Answer>((resolve) => {
      const onMessage = (message: Answer & { type?: string }) => {
        if (message.type !== 'measured') return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      child.send({ type });
    });
  return {
    child,
    url,
    measure: () => ask<Measured>('measure'),
    cpu: () => ask<CpuTime>('cpu'),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

interface SeededStreams {
  slug: string;
  /** Per customer, its contacts' access tokens; the first customer is the one whose events are timed. */
  customers: string[][];
}

async function seed(db: Kysely<Database>, streams: number): Promise<SeededStreams> {
  const tenant = await seedTenant(db, 'bench-streams');
  const keys = new SigningKeys(db);
  const deps = { db, auth: { keys, verifier: new AccessTokenVerifier(keys) } } as unknown as Deps;
  const customerCount = Math.max(1, Math.ceil(streams / (streamsPerContact * contactsPerCustomer)));
  const customers: string[][] = [];
  for (let index = 0; index < customerCount; index += 1) {
    const customerId = await seedCustomer(db, tenant.tenantId, `streams-${index}`, `Klant ${index}`);
    const tokens: string[] = [];
    for (let contact = 0; contact < contactsPerCustomer; contact += 1) {
      const contactId = await seedContact(db, { tenantId: tenant.tenantId, customerId, email: `c${index}-${contact}@streams.example`, role: contact === 0 ? 'admin' : 'member' });
      tokens.push((await signInAs(deps, { tenantId: tenant.tenantId, portalId: tenant.portalId, contactId })).token);
    }
    customers.push(tokens);
  }
  return { slug: tenant.slug, customers };
}

interface OpenStream {
  request: ClientRequest;
  customer: number;
  closed: boolean;
}

/** Opens one stream; resolves once its first bytes (the retry: line) arrive, or with the refusal's status. */
function openStream(url: string, path: string, token: string, customer: number, onEvent: (data: string) => void): Promise<OpenStream | string> {
  return new Promise((resolve) => {
    const request = httpRequest(`${url}${path}`, { agent: false, headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' } });
    const stream: OpenStream = { request, customer, closed: false };
    request.once('error', (error) => {
      stream.closed = true;
      resolve(`error ${(error as NodeJS.ErrnoException).code ?? error.message}`);
    });
    request.once('response', (response) => {
      if (response.statusCode !== 200) {
        resolve(String(response.statusCode));
        response.resume();
        return;
      }
      let pending = '';
      let first = true;
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (first) {
          first = false;
          resolve(stream);
        }
        pending += chunk;
        let end: number;
        while ((end = pending.indexOf('\n\n')) >= 0) {
          const frame = pending.slice(0, end);
          pending = pending.slice(end + 2);
          const data = frame.split('\n').find((line) => line.startsWith('data: '));
          if (data) onEvent(data.slice(6));
        }
      });
      response.once('close', () => (stream.closed = true));
    });
    request.end();
  });
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function benchStreams(streams = Number(process.env.BENCH_STREAMS ?? 10_000), options: { idleMs?: number } = {}): Promise<StreamResults> {
  const idleWindowMs = options.idleMs ?? (streams <= 500 ? quickIdleMs : idleMs);
  const limit = openFilesLimit();
  if (limit !== undefined && limit < streams + 500) {
    throw new Error(`${streams} streams need about ${streams + 500} open files in this process; the limit is ${limit}. Raise the hard limit (ulimit -Hn, LimitNOFILE) or set BENCH_STREAMS lower.`);
  }
  const directory = mkdtempSync(join(tmpdir(), 'kp-bench-streams-'));
  const databaseUrl = `file:${join(directory, 'streams.db')}`;
  const handle = connect(databaseUrl);
  await migrateToLatest(handle.db, handle.dialect, handle.schema);
  const seeded = await seed(handle.db, streams);
  await handle.close();
  console.log(`  streams: ${seeded.customers.length} customers, ${seeded.customers.length * contactsPerCustomer} signed-in contacts`);

  const server = await startProbedServer({ DATABASE_URL: databaseUrl, KP_LOG: 'silent', KP_DEMO: '0' });
  const open: OpenStream[] = [];
  try {
    const path = `/api/v1/portal/${seeded.slug}/events`;
    const apiPath = `/api/v1/portal/${seeded.slug}/requests`;
    const sentAt = new Map<string, number>();
    // Kept as they come and matched afterwards: an event may arrive before the answer that names its request.
    const arrivals: { requestId: string; receivedAt: number }[] = [];
    const onEvent = (customer: number) => (data: string) => {
      const receivedAt = performance.now();
      const event = JSON.parse(data) as { type: string; data: { request?: { id: string } } };
      if (customer === 0 && event.type === 'request.created' && event.data.request) arrivals.push({ requestId: event.data.request.id, receivedAt });
    };

    // Warm the server up, and let its poller start and stop once, before the baseline counts.
    const warm = await openStream(server.url, path, seeded.customers[0]![0]!, 0, () => {});
    if (typeof warm === 'string') throw new Error(`the event stream does not open: ${warm}`);
    warm.request.destroy();
    await sleep(settleMs);
    const before = await server.measure();
    const baselineStart = await server.cpu();
    await sleep(idleWindowMs);
    const baselineEnd = await server.cpu();

    console.log(`  streams: opening ${streams}`);
    const refused: Record<string, number> = {};
    const openStarted = Date.now();
    const slots: { customer: number; token: string }[] = [];
    for (let index = 0; index < streams; index += 1) {
      const customer = Math.floor(index / (streamsPerContact * contactsPerCustomer));
      const contact = Math.floor(index / streamsPerContact) % contactsPerCustomer;
      slots.push({ customer, token: seeded.customers[customer]![contact]! });
    }
    let next = 0;
    await Promise.all(
      Array.from({ length: openAtOnce }, async () => {
        while (next < slots.length) {
          const slot = slots[next++]!;
          const result = await openStream(server.url, path, slot.token, slot.customer, onEvent(slot.customer));
          if (typeof result === 'string') refused[result] = (refused[result] ?? 0) + 1;
          else open.push(result);
        }
      }),
    );
    const openSeconds = round((Date.now() - openStarted) / 1000);
    console.log(`  streams: ${open.length} open in ${openSeconds} s${Object.keys(refused).length ? `, refused: ${JSON.stringify(refused)}` : ''}`);

    await sleep(settleMs);
    const after = await server.measure();
    console.log(`  streams: ${idleWindowMs / 1000} s idle with ${open.length} open`);
    const idleStart = await server.cpu();
    await sleep(idleWindowMs);
    const idleEnd = await server.cpu();

    console.log(`  streams: ${publishes} new requests of one customer while all are open`);
    const ofTheCustomer = open.filter((stream) => stream.customer === 0).length;
    const tokens = seeded.customers[0]!;
    for (let index = 0; index < publishes; index += 1) {
      const started = performance.now();
      const response = await fetch(`${server.url}${apiPath}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${tokens[index % tokens.length]}`, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ workType: 'repair', description: `Storing E10 op de cv-ketel, melding ${index + 1}.` }),
      });
      const body = (await response.json()) as { id?: string };
      if (response.status !== 201 || !body.id) throw new Error(`POST /requests answered ${response.status}: ${JSON.stringify(body)}`);
      sentAt.set(body.id, started);
      await sleep(publishGapMs);
    }
    await sleep(2_000);
    const latencies = arrivals.flatMap(({ requestId, receivedAt }) => {
      const started = sentAt.get(requestId);
      return started === undefined ? [] : [receivedAt - started];
    });
    const sorted = [...latencies].sort((a, b) => a - b);
    const stillOpen = open.filter((stream) => !stream.closed).length;

    // The same idle window again with every stream closed: the machine is shared, so the baseline brackets the run.
    for (const stream of open) stream.request.destroy();
    await sleep(settleMs);
    const closedStart = await server.cpu();
    await sleep(idleWindowMs);
    const closedEnd = await server.cpu();

    const delta = (end: CpuTime, start: CpuTime) => (end.cpuMicros - start.cpuMicros) / 1000;
    const baselines = [delta(baselineEnd, baselineStart), delta(closedEnd, closedStart)];
    const baseline = (baselines[0]! + baselines[1]!) / 2;
    const withStreams = delta(idleEnd, idleStart);
    const percentOfCore = (ms: number) => round((ms / idleWindowMs) * 100, 2);
    const perStream = (end: number, start: number) => Math.round((end - start) / Math.max(1, open.length));
    return {
      streams,
      opened: open.length,
      refused,
      customers: seeded.customers.length,
      streamsOfTheCustomer: ofTheCustomer,
      openSeconds,
      gcExposed: after.collected,
      memory: {
        rssBefore: before.rss,
        rssAfter: after.rss,
        heapBefore: before.heapUsed,
        heapAfter: after.heapUsed,
        rssPerStream: perStream(after.rss, before.rss),
        heapPerStream: perStream(after.heapUsed, before.heapUsed),
        externalPerStream: perStream(after.external, before.external),
      },
      delivery: {
        events: publishes,
        deliveries: latencies.length,
        expected: publishes * ofTheCustomer,
        p50: round(percentile(sorted, 0.5)),
        p99: round(percentile(sorted, 0.99)),
        max: round(sorted[sorted.length - 1] ?? Number.NaN),
      },
      idle: {
        seconds: idleWindowMs / 1000,
        baselineCpuMs: baselines.map((ms) => round(ms)),
        withStreamsCpuMs: round(withStreams),
        baselinePercentOfCore: percentOfCore(baseline),
        withStreamsPercentOfCore: percentOfCore(withStreams),
        extraPercentOfCore: percentOfCore(withStreams - baseline),
      },
      stillOpen,
    };
  } finally {
    for (const stream of open) stream.request.destroy();
    await server.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** What the run was held to, each with its measured figure. */
export function streamTargetsMet(results: StreamResults): BenchTarget[] {
  return [
    { name: `${results.streams.toLocaleString('en')} streams open in one process`, met: results.opened === results.streams && results.stillOpen === results.opened, measured: `${results.opened.toLocaleString('en')}` },
    { name: `memory per stream ≤ ${kb(streamTargets.bytesPerStream)} (RSS)`, met: results.memory.rssPerStream <= streamTargets.bytesPerStream, measured: kb(results.memory.rssPerStream) },
    {
      name: `one customer's event reaches its streams within ${streamTargets.deliveryP99Ms} ms at p99 while all are open`,
      met: results.delivery.p99 <= streamTargets.deliveryP99Ms && results.delivery.deliveries === results.delivery.expected,
      measured: `${results.delivery.p99} ms (${results.delivery.deliveries} of ${results.delivery.expected})`,
    },
    {
      name: `heartbeats and access rounds at rest ≤ ${streamTargets.idleExtraPercentOfCore} % of a core over the baseline`,
      met: results.idle.extraPercentOfCore <= streamTargets.idleExtraPercentOfCore,
      measured: `${results.idle.extraPercentOfCore} % of a core`,
    },
  ];
}

export function streamsTable(results: StreamResults): string {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const [opened, memory, delivery, idle] = streamTargetsMet(results).map((target) => verdict(target.met));
  const failed = Object.entries(results.refused).map(([status, count]) => `${count}× ${status}`).join(', ');
  const lines: string[][] = [
    ['live streams (sqlite, one process)', 'value', 'target'],
    ['streams open', `${results.opened.toLocaleString('en')} of ${results.streams.toLocaleString('en')}${failed ? ` (refused: ${failed})` : ''} in ${results.openSeconds} s`, `${results.streams.toLocaleString('en')}: ${opened}`],
    [`  memory per stream, RSS${results.gcExposed ? '' : ' (no --expose-gc)'}`, `${kb(results.memory.rssPerStream)} (${mb(results.memory.rssBefore)} → ${mb(results.memory.rssAfter)})`, `≤ ${kb(streamTargets.bytesPerStream)}: ${memory}`],
    ['  memory per stream, heap after GC', `${kb(results.memory.heapPerStream)} (${mb(results.memory.heapBefore)} → ${mb(results.memory.heapAfter)}); external ${kb(results.memory.externalPerStream)}`, ''],
    [
      `  one customer's event → its ${results.streamsOfTheCustomer} streams: p50 / p99`,
      `${results.delivery.p50} ms / ${results.delivery.p99} ms (max ${results.delivery.max} ms; ${results.delivery.deliveries} of ${results.delivery.expected} delivered)`,
      `p99 ≤ ${streamTargets.deliveryP99Ms} ms: ${delivery}`,
    ],
    [`  CPU over ${results.idle.seconds} s idle: no streams (before; after)`, `${results.idle.baselineCpuMs.join(' ms; ')} ms (${results.idle.baselinePercentOfCore} % of a core)`, ''],
    [`  CPU over ${results.idle.seconds} s idle: all streams open`, `${results.idle.withStreamsCpuMs} ms (${results.idle.withStreamsPercentOfCore} % of a core)`, ''],
    ['  of which the open streams', `${results.idle.extraPercentOfCore} % of a core`, `≤ ${streamTargets.idleExtraPercentOfCore} %: ${idle}`],
    ['  streams still open at the end', `${results.stillOpen.toLocaleString('en')}`, ''],
  ];
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const format = (line: string[]) => `| ${line.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [format(lines[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.slice(1).map(format)].join('\n');
}

/** The streams as one part of `npm run bench`: 10,000 streams (500 and short idle windows when quick). */
export const benchStreamsPart: BenchPart = async (options) => {
  const results = await benchStreams(options.quick ? 500 : undefined);
  return {
    title: 'Live streams (SQLite, one process)',
    table: streamsTable(results).split('\n'),
    targets: streamTargetsMet(results),
    figures: { ...results },
  };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Klantportaal streams bench: ${process.env.BENCH_STREAMS ?? 10_000} streams`);
  const results = await benchStreams();
  const file = join(root, 'bench/results.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, `${JSON.stringify({ ...previous, streams: { ranAt: new Date().toISOString(), ...results } }, null, 2)}\n`);
  console.log(`\n${streamsTable(results)}\n\nWritten to bench/results.json`);
}
