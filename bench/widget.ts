// The widget's weight and speed: gzip sizes of its entry and chunks against one Lit element built by the same rollup
// config, and the time from navigation to the sign-in form in headless Chromium against the same page without it.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { rollup, type RollupOptions } from 'rollup';
import { findChromium } from '../test/support/chromium.mjs';
import { startDemoServer } from './demo-server.js';
import type { BenchOptions, BenchPart, BenchPartResult } from './part.js';

export interface BuiltFile {
  name: string;
  bytes: number;
  gzip: number;
}

export interface Build {
  directory: string;
  entry: BuiltFile;
  chunks: BuiltFile[];
  totalGzip: number;
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Builds `input` with the project's rollup config into a directory of its own, leaving dist/ alone. */
export async function buildWith(input: Record<string, string>): Promise<Build> {
  // The config builds the widget and the console; the widget's build is the one writing dist/widget.
  const builds = ((await import(new URL('../rollup.config.js', import.meta.url).href)) as { default: RollupOptions | RollupOptions[] }).default;
  const options = [builds].flat().find((build) => [build.output].flat()[0]?.dir === 'dist/widget');
  if (!options) throw new Error('rollup.config.js has no build writing dist/widget');
  const directory = mkdtempSync(join(tmpdir(), 'kp-bench-widget-'));
  const plugins = (options.plugins as { name: string }[]).filter((plugin) => plugin.name !== 'report-sizes');
  const bundle = await rollup({ ...options, input, plugins: plugins as RollupOptions['plugins'], onwarn: () => {} });
  const output = Array.isArray(options.output) ? options.output[0]! : options.output!;
  await bundle.write({ ...output, dir: directory, sourcemap: false });
  await bundle.close();
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.js')) files.push(join(dir, entry.name));
    }
  };
  walk(directory);
  const built = files.map((path) => {
    const bytes = readFileSync(path);
    return { name: relative(directory, path), bytes: bytes.length, gzip: gzipSize(bytes) };
  });
  const entryName = `${Object.keys(input)[0]}.js`;
  return {
    directory,
    entry: built.find((file) => file.name === entryName)!,
    chunks: built.filter((file) => file.name !== entryName).sort((a, b) => b.gzip - a.gzip),
    totalGzip: built.reduce((sum, file) => sum + file.gzip, 0),
  };
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** A business's site: one page with the widget, the same page without it, and the widget's files. */
export class BusinessSite {
  #server: Server | undefined;
  origin = '';

  constructor(private readonly widgetDirectory: () => string | undefined, private readonly page: (withWidget: boolean) => string) {}

  async start(): Promise<void> {
    this.#server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://site').pathname;
      let body: string | Buffer | undefined;
      if (path === '/with-widget.html') body = this.page(true);
      else if (path === '/without-widget.html') body = this.page(false);
      else if (path.startsWith('/widget/') && !path.includes('..') && this.widgetDirectory()) {
        try {
          body = readFileSync(join(this.widgetDirectory()!, path.slice('/widget/'.length)));
        } catch {
          body = undefined;
        }
      }
      if (body === undefined) return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }
}

export function sitePage(withWidget: boolean, portal: string, apiBase: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Installatiebedrijf Jansen: mijn portaal</title>
${withWidget ? '<script type="module" src="/widget/klantportaal.js"></script>' : ''}
<style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; }</style>
</head>
<body>
<header><h1>Installatiebedrijf Jansen</h1><nav><a href="/">Home</a> · <a href="/diensten">Diensten</a> · <a href="/contact">Contact</a></nav></header>
<main>
<h2>Mijn portaal</h2>
<p>Meld een storing, volg uw werkbonnen en bekijk uw facturen.</p>
${withWidget ? `<klant-portaal portal="${portal}" api-base="${apiBase}"></klant-portaal>` : ''}
</main>
</body>
</html>`;
}

export interface PageTimings {
  /** Median over the runs, in ms since navigation started. */
  signInFormMs: number;
  withWidgetLoadMs: number;
  withoutWidgetLoadMs: number;
  runs: number;
}

// Page code as text: functions from this file would carry the TypeScript compiler's helpers, which the page lacks.
const signInFormShown = `(() => {
  const search = (root) => {
    const input = root.querySelector('input[type="email"]');
    if (input && input.getBoundingClientRect().height > 0) return input;
    for (const element of root.querySelectorAll('*')) {
      const found = element.shadowRoot ? search(element.shadowRoot) : null;
      if (found) return found;
    }
    return null;
  };
  return search(document) ? performance.now() : false;
})()`;
const loadEventEnd = `performance.getEntriesByType('navigation')[0].loadEventEnd`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Each run in a fresh browser context (a cold cache, as a first visit). */
export async function timePages(site: BusinessSite, runs = 7): Promise<PageTimings> {
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const signIn: number[] = [];
  const withLoad: number[] = [];
  const withoutLoad: number[] = [];
  try {
    for (let run = 0; run < runs + 1; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.origin}/with-widget.html`, { waitUntil: 'commit' });
      const shown = await page.waitForFunction(signInFormShown, undefined, { polling: 'raf', timeout: 30_000 });
      const signInAt = (await shown.jsonValue()) as number;
      await page.waitForLoadState('load');
      const withWidget = (await page.evaluate(loadEventEnd)) as number;
      const other = await context.newPage();
      await other.goto(`${site.origin}/without-widget.html`, { waitUntil: 'load' });
      const withoutWidget = (await other.evaluate(loadEventEnd)) as number;
      await context.close();
      // The first run warms Chromium itself up (its processes, its code caches): not what a visitor waits for.
      if (run === 0) continue;
      signIn.push(signInAt);
      withLoad.push(withWidget);
      withoutLoad.push(withoutWidget);
    }
  } finally {
    await browser.close();
  }
  return { signInFormMs: median(signIn), withWidgetLoadMs: median(withLoad), withoutWidgetLoadMs: median(withoutLoad), runs };
}

export interface LayoutShift {
  /** Median cumulative layout shift over the runs, from navigation until one second after the sign-in form shows. */
  cls: number;
  runs: number[];
}

export interface LayoutShifts {
  url: string;
  /** The target: at most 0.02 at every width. */
  target: number;
  phone: LayoutShift;
  desktop: LayoutShift;
}

// Registered before the page's own scripts run; buffered, so shifts before the observer was made count too.
const observeLayoutShift = `(() => {
  window.__kpLayoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__kpLayoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
})()`;

/**
 * The cumulative layout shift of `url` (a page embedding the widget, such as the demo's /mijn-portaal) at 390 px and
 * on a desktop, each run in a fresh context: what a first visit sees while the widget draws its sign-in form.
 */
export async function measureLayoutShift(url: string, runs = 5): Promise<LayoutShifts> {
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const measure = async (viewport: { width: number; height: number }): Promise<LayoutShift> => {
    const values: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      // The demo page runs a strict CSP; the measuring scripts are the bench's, not the page's.
      const context = await browser.newContext({ viewport, bypassCSP: true });
      await context.addInitScript(observeLayoutShift);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(signInFormShown, undefined, { polling: 'raf', timeout: 30_000 });
      await page.waitForTimeout(1000);
      values.push(Math.round(((await page.evaluate('window.__kpLayoutShift')) as number) * 10_000) / 10_000);
      await context.close();
    }
    return { cls: median(values), runs: values };
  };
  try {
    return { url, target: 0.02, phone: await measure({ width: 390, height: 844 }), desktop: await measure({ width: 1280, height: 800 }) };
  } finally {
    await browser.close();
  }
}

/** The demo page's layout shift at 390 px and on a desktop, each ≤ 0.02: the bench's part for it. */
export const benchLayoutShift: BenchPart = async (options: BenchOptions): Promise<BenchPartResult> => {
  const demo = await startDemoServer();
  try {
    const shifts = await measureLayoutShift(`${demo.url}/mijn-portaal`, options.quick ? 2 : 5);
    const runs = shifts.phone.runs.length;
    const row = (width: string, shift: LayoutShift) => `| ${width} | ${shift.cls} | ${shift.runs.join(', ')} | ≤ ${shifts.target}: ${shift.cls <= shifts.target ? 'met' : 'MISSED'} |`;
    return {
      title: 'Layout shift (demo page /mijn-portaal, first visit)',
      table: [
        `| width | CLS (median of ${runs}) | runs | target |`,
        '|---|---|---|---|',
        row('390 px', shifts.phone),
        row('1280 px', shifts.desktop),
      ],
      targets: [
        { name: `CLS at 390 px ≤ ${shifts.target}`, met: shifts.phone.cls <= shifts.target, measured: String(shifts.phone.cls) },
        { name: `CLS at 1280 px ≤ ${shifts.target}`, met: shifts.desktop.cls <= shifts.target, measured: String(shifts.desktop.cls) },
      ],
      figures: { measuredAt: new Date().toISOString(), ...shifts, url: '/mijn-portaal' },
    };
  } finally {
    await demo.stop();
  }
};

// `npx tsx bench/widget.ts <page url>`: measures the layout shift alone and adds it to bench/results.json.
if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2] ?? 'http://localhost:3000/mijn-portaal';
  const shifts = await measureLayoutShift(url);
  const file = new URL('./results.json', import.meta.url);
  const results = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, `${JSON.stringify({ ...results, layoutShift: { measuredAt: new Date().toISOString(), ...shifts } }, null, 2)}\n`);
  console.log(`layout shift on ${url}: ${shifts.phone.cls} at 390 px, ${shifts.desktop.cls} at 1280 px (target ≤ ${shifts.target})`);
}
