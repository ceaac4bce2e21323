// Lighthouse on the demo business's portal page (/mijn-portaal), served by the real server in demo mode: mobile and
// desktop, a few runs each, medians. What a business's web developer sees when they audit a page with the widget.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { findChromium } from '../test/support/chromium.mjs';
import { startDemoServer } from './demo-server.js';
import type { BenchOptions, BenchPart, BenchPartResult, BenchTarget } from './part.js';

export type FormFactor = 'mobile' | 'desktop';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];

export interface FailingAudit {
  id: string;
  category: Category;
  title: string;
  /** Lighthouse's figure for it, such as "Est savings of 31 KiB" or "0.21". */
  displayValue?: string;
  /** How many of the runs it failed in. */
  failedIn: number;
}

export interface LighthouseRun {
  /** Category scores, 0–100. */
  scores: Record<Category, number>;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  failing: Omit<FailingAudit, 'failedIn'>[];
  /** Lighthouse's measure of the machine's speed at the time (a busy machine scores lower, and its pages slower). */
  benchmarkIndex: number;
  /** The longest main-thread tasks and the script each is charged to: where the blocking time comes from. */
  longTasks: { url: string; ms: number }[];
}

export interface LighthouseFigures {
  formFactor: FormFactor;
  url: string;
  /** The medians over the runs, each figure on its own. */
  scores: Record<Category, number>;
  cls: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  benchmarkIndex: number;
  /** Audits that failed in at least half of the runs. */
  failing: FailingAudit[];
  runs: LighthouseRun[];
  /** The same page in the same rounds with the widget's script blocked: what the page costs without it. */
  withoutWidget: Baseline;
}

export interface Baseline {
  performance: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  cls: number;
  runs: number[];
}

/** What the issue asks of the demo page, on a phone. */
export const lighthouseTargets = { mobilePerformance: 95, mobileBestPractices: 100, mobileCls: 0.02 };

// As the browser tests launch Chromium; without the background-networking flags it keeps dialing out.
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--no-first-run'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

// Scores Lighthouse shows as passed (green) are 0.9 and up; the rest it lists under the category.
const countsAsFailing = (audit: Result['audits'][string]) =>
  audit.score !== null && audit.score < 0.9 && !['informative', 'manual', 'notApplicable', 'error'].includes(audit.scoreDisplayMode);

/** The path alone: the bench's port changes every run. */
const shortUrl = (url: string) => (URL.canParse(url) ? new URL(url).pathname : url);

function readRun(result: Result): LighthouseRun {
  const scores = Object.fromEntries(categories.map((id) => [id, Math.round((result.categories[id]?.score ?? 0) * 100)])) as Record<Category, number>;
  const failing: Omit<FailingAudit, 'failedIn'>[] = [];
  const seen = new Set<string>();
  for (const category of categories) {
    for (const ref of result.categories[category]?.auditRefs ?? []) {
      const audit = result.audits[ref.id];
      if (!audit || seen.has(ref.id) || !countsAsFailing(audit)) continue;
      seen.add(ref.id);
      failing.push({ id: ref.id, category, title: audit.title, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) });
    }
  }
  const metric = (id: string) => result.audits[id]?.numericValue ?? Number.NaN;
  const longTasks = ((result.audits['long-tasks']?.details as { items?: { url?: string; duration?: number }[] } | undefined)?.items ?? [])
    .slice(0, 3)
    .map((task) => ({ url: shortUrl(task.url ?? ''), ms: Math.round(task.duration ?? 0) }));
  return {
    scores,
    cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    fcpMs: Math.round(metric('first-contentful-paint')),
    failing,
    benchmarkIndex: Math.round(result.environment.benchmarkIndex),
    longTasks,
  };
}

function summarise(formFactor: FormFactor, url: string, runs: LighthouseRun[], baseline: LighthouseRun[]): LighthouseFigures {
  const failedIn = new Map<string, FailingAudit>();
  for (const run of runs) {
    for (const audit of run.failing) {
      const known = failedIn.get(audit.id);
      failedIn.set(audit.id, { ...audit, failedIn: (known?.failedIn ?? 0) + 1 });
    }
  }
  return {
    formFactor,
    url,
    scores: Object.fromEntries(categories.map((id) => [id, median(runs.map((run) => run.scores[id]))])) as Record<Category, number>,
    cls: median(runs.map((run) => run.cls)),
    lcpMs: median(runs.map((run) => run.lcpMs)),
    tbtMs: median(runs.map((run) => run.tbtMs)),
    fcpMs: median(runs.map((run) => run.fcpMs)),
    benchmarkIndex: median(runs.map((run) => run.benchmarkIndex)),
    failing: [...failedIn.values()].filter((audit) => audit.failedIn * 2 >= runs.length),
    runs,
    withoutWidget: {
      performance: median(baseline.map((run) => run.scores.performance)),
      lcpMs: median(baseline.map((run) => run.lcpMs)),
      tbtMs: median(baseline.map((run) => run.tbtMs)),
      fcpMs: median(baseline.map((run) => run.fcpMs)),
      cls: median(baseline.map((run) => run.cls)),
      runs: baseline.map((run) => run.scores.performance),
    },
  };
}

/**
 * Lighthouse's default run is a phone (Moto G power, slow 4G, 4× CPU slowdown, simulated); desktop is its own config.
 * Without the widget, its script is blocked: the element stays undefined and the page holds its room, as before it loads.
 */
async function audit(chrome: LaunchedChrome, url: string, formFactor: FormFactor, withWidget = true): Promise<LighthouseRun> {
  const config: Config | undefined = formFactor === 'desktop' ? desktopConfig : undefined;
  const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: [...categories], ...(withWidget ? {} : { blockedUrlPatterns: ['*/widget/*'] }) };
  const answer = await lighthouse(url, flags, config);
  if (!answer) throw new Error(`Lighthouse gave no result for ${url}`);
  if (answer.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${answer.lhr.runtimeError.message}`);
  return readRun(answer.lhr);
}

/**
 * Rounds of four audits (each form factor with and without the widget), so a busy moment of the machine falls on the
 * page and its baseline alike: Lighthouse's simulated phone multiplies the CPU time it observes.
 */
export async function auditDemoPage(url: string, runs: number): Promise<Record<FormFactor, LighthouseFigures>> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kp-bench-lighthouse-'));
  const chrome = await launch({ chromePath: await findChromium(), chromeFlags, userDataDir, logLevel: 'silent' });
  const measured: Record<FormFactor, LighthouseRun[]> = { mobile: [], desktop: [] };
  const baseline: Record<FormFactor, LighthouseRun[]> = { mobile: [], desktop: [] };
  try {
    // The first audit warms Chromium and the server up (code caches, the portal's first queries): not what a visitor meets.
    await audit(chrome, url, 'mobile');
    for (let run = 0; run < runs; run += 1) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        measured[formFactor].push(await audit(chrome, url, formFactor));
        baseline[formFactor].push(await audit(chrome, url, formFactor, false));
      }
    }
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return { mobile: summarise('mobile', url, measured.mobile, baseline.mobile), desktop: summarise('desktop', url, measured.desktop, baseline.desktop) };
}

const categoryNames: Record<Category, string> = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices', seo: 'SEO' };

export function lighthouseTable(figures: Record<FormFactor, LighthouseFigures>): string[] {
  const { mobile, desktop } = figures;
  const rows: string[][] = [
    [`Lighthouse on /mijn-portaal (median of ${mobile.runs.length})`, 'mobile', 'desktop', 'target (mobile)'],
    ...categories.map((id) => [
      categoryNames[id],
      String(mobile.scores[id]),
      String(desktop.scores[id]),
      id === 'performance' ? `≥ ${lighthouseTargets.mobilePerformance}` : id === 'best-practices' ? `${lighthouseTargets.mobileBestPractices}` : '',
    ]),
    ['cumulative layout shift', String(mobile.cls), String(desktop.cls), `≤ ${lighthouseTargets.mobileCls}`],
    ['largest contentful paint', `${mobile.lcpMs} ms`, `${desktop.lcpMs} ms`, ''],
    ['total blocking time', `${mobile.tbtMs} ms`, `${desktop.tbtMs} ms`, ''],
    ['first contentful paint', `${mobile.fcpMs} ms`, `${desktop.fcpMs} ms`, ''],
    ['performance, each run', mobile.runs.map((run) => run.scores.performance).join(', '), desktop.runs.map((run) => run.scores.performance).join(', '), ''],
    ['without the widget: performance, each run', mobile.withoutWidget.runs.join(', '), desktop.withoutWidget.runs.join(', '), ''],
    ['without the widget: performance / TBT / LCP', baselineCell(mobile.withoutWidget), baselineCell(desktop.withoutWidget), ''],
    ['CPU benchmark index (busy machine: lower)', String(mobile.benchmarkIndex), String(desktop.benchmarkIndex), ''],
    ...failingRows(figures),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const format = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [format(rows[0]!), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(format)];
}

const baselineCell = (baseline: Baseline) => `${baseline.performance} / ${baseline.tbtMs} ms / ${baseline.lcpMs} ms`;

/** One row per audit that fails in either form factor: its figure where it fails, "passes" where it does not. */
function failingRows(figures: Record<FormFactor, LighthouseFigures>): string[][] {
  const ids = [...new Set([...figures.mobile.failing, ...figures.desktop.failing].map((audit) => audit.id))];
  if (!ids.length) return [['failing audits', 'none', 'none', '']];
  const cell = (formFactor: FormFactor, id: string) => {
    const audit = figures[formFactor].failing.find((failing) => failing.id === id);
    return audit ? `fails${audit.displayValue ? `: ${audit.displayValue}` : ''}` : 'passes';
  };
  return ids.map((id) => {
    const category = [...figures.mobile.failing, ...figures.desktop.failing].find((audit) => audit.id === id)!.category;
    return [`failing (${categoryNames[category]}): ${id}`, cell('mobile', id), cell('desktop', id), ''];
  });
}

export function lighthouseTargetsMet(figures: Record<FormFactor, LighthouseFigures>): BenchTarget[] {
  const { mobile } = figures;
  return [
    { name: `Lighthouse performance (mobile) ≥ ${lighthouseTargets.mobilePerformance}`, met: mobile.scores.performance >= lighthouseTargets.mobilePerformance, measured: String(mobile.scores.performance) },
    { name: `Lighthouse best practices (mobile) = ${lighthouseTargets.mobileBestPractices}`, met: mobile.scores['best-practices'] >= lighthouseTargets.mobileBestPractices, measured: String(mobile.scores['best-practices']) },
    { name: `Lighthouse CLS (mobile) ≤ ${lighthouseTargets.mobileCls}`, met: mobile.cls <= lighthouseTargets.mobileCls, measured: String(mobile.cls) },
  ];
}

export const benchLighthouse: BenchPart = async (options: BenchOptions): Promise<BenchPartResult> => {
  const demo = await startDemoServer();
  try {
    const figures = await auditDemoPage(`${demo.url}/mijn-portaal`, options.quick ? 1 : 5);
    return {
      title: 'Lighthouse (demo page /mijn-portaal, mobile and desktop)',
      table: lighthouseTable(figures),
      targets: lighthouseTargetsMet(figures),
      figures: { measuredAt: new Date().toISOString(), ...figures },
    };
  } finally {
    await demo.stop();
  }
};

// `npx tsx bench/lighthouse.ts [runs]`: audits the demo page and prints the table (the widget is served from dist/:
// build it first).
if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('usage: npx tsx bench/lighthouse.ts [runs, default 5]');
  const demo = await startDemoServer();
  try {
    const figures = await auditDemoPage(`${demo.url}/mijn-portaal`, runs);
    console.log(lighthouseTable(figures).join('\n'));
    for (const target of lighthouseTargetsMet(figures)) console.log(`${target.met ? 'met' : 'MISSED'}: ${target.name} (${target.measured})`);
    if (process.env.BENCH_LIGHTHOUSE_JSON) console.log(JSON.stringify(figures, null, 2));
  } finally {
    await demo.stop();
  }
}
