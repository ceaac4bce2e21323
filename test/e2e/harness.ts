// Starts the real server in demo mode on a temporary SQLite database and a browser to drive it: Chromium, or Firefox
// for the journeys that run in both (see browsers.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page as PlaywrightPage } from 'playwright-core';
import { findChromium } from '../support/chromium.mjs';
import { freePort, projectRoot, startServerProcess, type ServerProcess } from '../support/processes.js';
import type { BrowserName, Page } from './browsers.js';
import { FirefoxPage, launchFirefox, type FirefoxBrowser } from './firefox-page.js';

export const artifactsDir = join(projectRoot, 'test-artifacts', 'e2e');

/** A page in a browser context of its own (its own cookies and storage), closed with the context. */
export interface OpenedPage<P extends Page> {
  context: { close(): Promise<void> };
  page: P;
}

/** A harness drives Chromium's Playwright pages, or (started for a browser by name) pages of either browser. */
export interface Harness<P extends Page = PlaywrightPage> {
  server: ServerProcess;
  browserName: BrowserName;
  /** Where the Firefox of this harness saves downloads. */
  downloadsDir: string;
  /** The demo site on the API's own origin. */
  baseUrl: string;
  /** The same site from another origin (localhost on PORT+1), embedding the widget cross-site. */
  otherOrigin: string;
  /** Where the server keeps its data and how it names itself: what the CLI needs to work on the same business. */
  env: { DATABASE_URL: string; KP_PUBLIC_URL: string };
  open(viewport: keyof typeof viewports): Promise<OpenedPage<P>>;
  close(): Promise<void>;
}

export function startHarness(): Promise<Harness>;
export function startHarness(browserName: BrowserName): Promise<Harness<Page>>;
export async function startHarness(browserName: BrowserName = 'chromium'): Promise<Harness<any>> {
  const dir = mkdtempSync(join(tmpdir(), 'kp-e2e-'));
  mkdirSync(artifactsDir, { recursive: true });
  let port = await freePort();
  // The demo serves its second origin on PORT+1: find a pair that is free.
  while (port + 1 !== (await freePortNear(port + 1))) port = await freePort();
  const env = { DATABASE_URL: `file:${join(dir, 'e2e.db')}`, KP_PUBLIC_URL: `http://127.0.0.1:${port}` };
  const server = await startServerProcess({ ...env, KP_DEMO: '1', KP_LOG: 'silent', PORT: String(port) }, 60_000);
  const downloadsDir = join(dir, 'downloads');
  let browser: Browser | FirefoxBrowser;
  try {
    browser = browserName === 'firefox' ? await launchFirefox(downloadsDir) : await launchChromium();
  } catch (error) {
    server.child.kill('SIGTERM');
    throw error;
  }
  return {
    server,
    browserName,
    downloadsDir,
    baseUrl: server.url,
    otherOrigin: `http://localhost:${port + 1}`,
    env,
    async open(viewport) {
      if ('newFirefoxPage' in browser) return browser.newFirefoxPage(viewports[viewport]);
      const context = await browser.newContext({ viewport: viewports[viewport], locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', acceptDownloads: true });
      return { context, page: await context.newPage() };
    },
    async close() {
      await browser.close();
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function launchChromium(): Promise<Browser> {
  return findChromium().then((executablePath) =>
    chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }),
  );
}

async function freePortNear(port: number): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(-1));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(port)));
  });
}

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

export function newPage<P extends Page>(harness: Harness<P>, viewport: keyof typeof viewports): Promise<OpenedPage<P>> {
  return harness.open(viewport);
}

/** A screenshot in test-artifacts/e2e/ (Firefox's in its firefox/ folder). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = page instanceof FirefoxPage ? join(artifactsDir, 'firefox') : artifactsDir;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

/** The file the page hands over for saving after `start` (a click), with the name it suggests. */
export async function download(page: Page, start: () => Promise<void>): Promise<{ filename: string; bytes: Buffer }> {
  if (page instanceof FirefoxPage) return page.download(start);
  const [saved] = await Promise.all([(page as PlaywrightPage).waitForEvent('download'), start()]);
  return { filename: saved.suggestedFilename(), bytes: readFileSync(await saved.path()) };
}
