// Starts the real server in demo mode on a temporary SQLite database and a Chromium to drive it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from '../support/chromium.mjs';
import { freePort, projectRoot, startServerProcess, type ServerProcess } from '../support/processes.js';

export const artifactsDir = join(projectRoot, 'test-artifacts', 'e2e');

export interface Harness {
  server: ServerProcess;
  browser: Browser;
  /** The demo site on the API's own origin. */
  baseUrl: string;
  /** The same site from another origin (localhost on PORT+1), embedding the widget cross-site. */
  otherOrigin: string;
  /** Where the server keeps its data and how it names itself: what the CLI needs to work on the same business. */
  env: { DATABASE_URL: string; KP_PUBLIC_URL: string };
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'kp-e2e-'));
  mkdirSync(artifactsDir, { recursive: true });
  let port = await freePort();
  // The demo serves its second origin on PORT+1: find a pair that is free.
  while (port + 1 !== (await freePortNear(port + 1))) port = await freePort();
  const env = { DATABASE_URL: `file:${join(dir, 'e2e.db')}`, KP_PUBLIC_URL: `http://127.0.0.1:${port}` };
  const server = await startServerProcess({ ...env, KP_DEMO: '1', KP_LOG: 'silent', PORT: String(port) }, 60_000);
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    server,
    browser,
    baseUrl: server.url,
    otherOrigin: `http://localhost:${port + 1}`,
    env,
    async close() {
      await browser.close();
      server.child.kill('SIGTERM');
      await server.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
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

export async function newPage(harness: Harness, viewport: keyof typeof viewports): Promise<{ context: BrowserContext; page: Page }> {
  const context = await harness.browser.newContext({ viewport: viewports[viewport], locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', acceptDownloads: true });
  const page = await context.newPage();
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}
