// Firefox for the journeys: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, behind the `Page` and
// `Locator` the journeys are written against. Elements are found in the page (page-queries.ts), waited for as
// Playwright waits for them, and used with real input: clicks and typing through BiDi's input actions, files through
// BiDi's setFiles; only dates, times and select boxes are set as Playwright sets them, by value with the events.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page as PuppeteerPage } from 'puppeteer-core';
import { firefox, type FilePayload, type Locator, type Page, type Response, type Role } from './browsers.js';
import type { OpenedPage } from './harness.js';
import { queryAll, textMatch, type QueryStep } from './page-queries.js';

/** How long an action waits for its element to be there, visible and enabled: as long as a live update may take. */
const actionTimeout = 20_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface FirefoxBrowser {
  newFirefoxPage(viewport: { width: number; height: number }): Promise<OpenedPage<FirefoxPage>>;
  close(): Promise<void>;
}

export async function launchFirefox(downloadsDir: string): Promise<FirefoxBrowser> {
  const executablePath = firefox();
  if (!executablePath) throw new Error('No Firefox found: install firefox-esr or set FIREFOX_PATH.');
  mkdirSync(downloadsDir, { recursive: true });
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // The browsers' time zone and language, as the Chromium journeys set them for their contexts.
    env: { ...process.env, TZ: 'Europe/Amsterdam' },
    extraPrefsFirefox: {
      'intl.accept_languages': 'nl-NL, nl',
      'intl.locale.requested': 'nl-NL',
      // A file the page hands over is saved at once into the harness's folder, as a person's browser would.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadsDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/pdf',
      'pdfjs.disabled': true,
    },
  });
  const files = mkdtempSync(join(tmpdir(), 'kp-e2e-files-'));
  const front = { page: null as FirefoxPage | null };
  return {
    async newFirefoxPage(viewport) {
      // Each person at a screen of their own: a window, not a background tab.
      const context = await browser.createBrowserContext();
      const page = await context.newPage({ type: 'window' });
      // Firefox 140 sizes the viewport but knows no screen orientation override, which puppeteer sends with it.
      await page.setViewport(viewport).catch((error: unknown) => {
        if (!/setScreenOrientationOverride/.test(String(error))) throw error;
      });
      return { context: { close: () => context.close() }, page: new FirefoxPage(page, files, downloadsDir, front) };
    },
    async close() {
      await browser.close();
      rmSync(files, { recursive: true, force: true });
    },
  };
}

export class FirefoxPage implements Page {
  readonly keyboard: { press(key: string): Promise<void> };

  constructor(
    readonly raw: PuppeteerPage,
    private readonly filesDir: string,
    private readonly downloadsDir: string,
    private readonly front: { page: FirefoxPage | null },
  ) {
    this.keyboard = {
      press: async (key) => {
        await this.toFront();
        await raw.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]);
      },
    };
  }

  /**
   * Input actions wait for the page's animation frames, which a window in the background may not get: the page a
   * person acts on comes to the front first, as they would switch to it.
   */
  async toFront(): Promise<void> {
    if (this.front.page === this) return;
    await this.raw.bringToFront();
    this.front.page = this;
  }

  locator(selector: string): Locator {
    return new FirefoxLocator(this, [{ kind: 'css', selector }]);
  }

  goto(url: string): Promise<unknown> {
    return this.raw.goto(url);
  }

  reload(): Promise<unknown> {
    return this.raw.reload();
  }

  url(): string {
    return this.raw.url();
  }

  title(): Promise<string> {
    return this.raw.title();
  }

  evaluate<R>(callback: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(callback: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R, A>(callback: (arg?: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.raw.evaluate(callback as (arg: unknown) => R, arg) as Promise<R>;
  }

  async screenshot(options: { path?: string; fullPage?: boolean; type?: 'png' | 'jpeg'; quality?: number } = {}): Promise<Buffer> {
    return Buffer.from(await this.raw.screenshot(options));
  }

  on(event: 'response', listener: (response: Response) => void): unknown;
  on(event: 'requestfinished' | 'requestfailed', listener: (request: object) => void): unknown;
  on(event: 'console', listener: (message: { text(): string }) => void): unknown;
  on(event: 'response' | 'requestfinished' | 'requestfailed' | 'console', listener: (value: any) => void): unknown {
    return this.raw.on(event, listener);
  }

  async exposeFunction(name: string, callback: (...args: any[]) => unknown): Promise<unknown> {
    return this.raw.exposeFunction(name, callback);
  }

  async addInitScript(script: () => void): Promise<unknown> {
    return this.raw.evaluateOnNewDocument(script);
  }

  /** Writes a file the page is to be given, under its own name, for BiDi's setFiles. */
  fileFor(file: FilePayload): string {
    const folder = mkdtempSync(join(this.filesDir, 'file-'));
    const path = join(folder, file.name);
    writeFileSync(path, file.buffer);
    return path;
  }

  /** The file the page saves after `start`: Firefox saves it into the downloads folder under the name it was given. */
  async download(start: () => Promise<void>): Promise<{ filename: string; bytes: Buffer }> {
    const before = new Set(readdirSync(this.downloadsDir));
    await start();
    const deadline = Date.now() + actionTimeout;
    let last = '';
    for (;;) {
      const names = readdirSync(this.downloadsDir);
      const saved = names.find((name) => !before.has(name) && !name.endsWith('.part') && !names.includes(`${name}.part`));
      if (saved) {
        const size = statSync(join(this.downloadsDir, saved)).size;
        // Complete once it has stopped growing.
        if (size > 0 && last === `${saved}:${size}`) return { filename: saved, bytes: readFileSync(join(this.downloadsDir, saved)) };
        last = `${saved}:${size}`;
      }
      if (Date.now() > deadline) throw new Error(`Firefox saved no file within ${actionTimeout} ms (in ${this.downloadsDir}: ${names.join(', ') || 'nothing'})`);
      await sleep(200);
    }
  }
}

type Condition = 'attached' | 'actionable';

/** Errors that mean the element changed under the action (a re-render, a navigation): worth finding it again. */
const passing = /detached|not connected|stale|no such (node|element)|context|not attached|no option|covered by another element/i;

class FirefoxLocator implements Locator {
  constructor(
    private readonly page: FirefoxPage,
    private readonly steps: QueryStep[],
  ) {}

  private then(step: QueryStep): FirefoxLocator {
    return new FirefoxLocator(this.page, [...this.steps, step]);
  }

  getByRole(role: Role, options: { name?: string | RegExp; exact?: boolean; level?: number } = {}): Locator {
    return this.then({ kind: 'role', role, name: options.name === undefined ? undefined : textMatch(options.name), exact: options.exact, level: options.level });
  }

  getByLabel(text: string | RegExp, options: { exact?: boolean } = {}): Locator {
    return this.then({ kind: 'label', text: textMatch(text), exact: options.exact });
  }

  getByText(text: string | RegExp, options: { exact?: boolean } = {}): Locator {
    return this.then({ kind: 'text', text: textMatch(text), exact: options.exact });
  }

  locator(selector: string, options: { hasText?: string | RegExp } = {}): Locator {
    return this.then({ kind: 'css', selector, hasText: options.hasText === undefined ? undefined : textMatch(options.hasText) });
  }

  first(): Locator {
    return this.then({ kind: 'first' });
  }

  private describe(): string {
    return this.steps.map((step) => JSON.stringify(step)).join(' → ');
  }

  /** The first element the steps lead to that meets the condition now, if any. */
  private async find(condition: Condition): Promise<ElementHandle<Element> | null> {
    const all = await this.page.raw.evaluateHandle(queryAll, this.steps);
    try {
      const handle = await all.evaluateHandle((elements: Element[], wanted: Condition) => {
        const usable = (element: Element): boolean => {
          if (wanted === 'attached') return true;
          const box = element.getBoundingClientRect();
          if (!element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) || box.width === 0 || box.height === 0) return false;
          return !element.matches(':disabled') && element.getAttribute('aria-disabled') !== 'true';
        };
        return elements.find(usable) ?? null;
      }, condition);
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (!element) await handle.dispose();
      return element;
    } finally {
      await all.dispose();
    }
  }

  /** Waits for the element and does `action` with it; finds it again when it changed under the action. */
  private async with<R>(condition: Condition, action: (element: ElementHandle<Element>) => Promise<R>): Promise<R> {
    const deadline = Date.now() + actionTimeout;
    let lastError: unknown;
    for (;;) {
      let element: ElementHandle<Element> | null = null;
      try {
        element = await this.find(condition);
        if (element) {
          await this.page.toFront();
          return await action(element);
        }
      } catch (error) {
        if (!passing.test(String(error))) throw error;
        lastError = error;
      } finally {
        await element?.dispose().catch(() => undefined);
      }
      if (Date.now() > deadline) {
        const reason = lastError ? `: ${String(lastError)}` : condition === 'actionable' ? ': none visible and enabled' : ': none in the page';
        throw new Error(`Firefox: no element for ${this.describe()} within ${actionTimeout} ms${reason}`);
      }
      await sleep(100);
    }
  }

  async count(): Promise<number> {
    for (let attempt = 0; ; attempt++) {
      try {
        const all = await this.page.raw.evaluateHandle(queryAll, this.steps);
        try {
          return await all.evaluate((elements: Element[]) => elements.length);
        } finally {
          await all.dispose();
        }
      } catch (error) {
        // Between two documents (a navigation) there is nothing to count yet.
        if (attempt > 20 || !passing.test(String(error))) throw error;
        await sleep(100);
      }
    }
  }

  async click(): Promise<void> {
    await this.with('actionable', async (element) => {
      await this.toClickable(element);
      await element.click();
    });
  }

  /**
   * Scrolls the element to the middle of the window and checks that a click at its centre reaches it, as Playwright
   * does: under a sticky header the click would land on the header's link instead.
   */
  private async toClickable(element: ElementHandle<Element>): Promise<void> {
    const reached = await element.evaluate((target) => {
      target.scrollIntoView({ block: 'center', inline: 'center' });
      const box = target.getBoundingClientRect();
      const root = target.getRootNode() as Document | ShadowRoot;
      const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      // A click on a control's own label reaches the control.
      const label = hit?.closest('label');
      if (label && label.control === target) return true;
      for (let at: Node | null = hit; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) if (at === target) return true;
      return false;
    });
    if (!reached) throw new Error('covered by another element');
  }

  async fill(value: string): Promise<void> {
    await this.with('actionable', async (element) => {
      const typed = await element.evaluate((field, text) => {
        const input = field as HTMLInputElement;
        input.focus();
        if (['date', 'time', 'datetime-local', 'month', 'week', 'color', 'range'].includes(input.type)) {
          // As Playwright fills these: the value, and the events a person's choice would send.
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
          return false;
        }
        input.select();
        return true;
      }, value);
      if (!typed) return;
      if (value === '') await this.page.keyboard.press('Backspace');
      else await this.page.raw.keyboard.type(value);
    });
  }

  async check(): Promise<void> {
    await this.with('actionable', async (element) => {
      if (await element.evaluate((box) => (box as HTMLInputElement).checked)) return;
      await this.toClickable(element);
      await element.click();
      if (!(await element.evaluate((box) => (box as HTMLInputElement).checked))) throw new Error(`Firefox: clicking ${this.describe()} did not check it`);
    });
  }

  async selectOption(option: { label: string } | { index: number }): Promise<unknown> {
    return this.with('actionable', (element) =>
      element.evaluate((field, wanted) => {
        const select = field as HTMLSelectElement;
        const options = [...select.options];
        const index = 'index' in wanted ? wanted.index : options.findIndex((each) => each.label.trim() === wanted.label || each.textContent?.trim() === wanted.label);
        if (index < 0 || !options[index]) throw new Error(`no option ${JSON.stringify(wanted)} yet`);
        select.selectedIndex = index;
        select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return [select.value];
      }, option),
    );
  }

  async setInputFiles(file: FilePayload): Promise<void> {
    const path = this.page.fileFor(file);
    await this.with('attached', (element) => (element as ElementHandle<HTMLInputElement>).uploadFile(path));
  }

  textContent(): Promise<string | null> {
    return this.with('attached', (element) => element.evaluate((node) => node.textContent));
  }

  innerText(): Promise<string> {
    return this.with('attached', (element) => element.evaluate((node) => (node as HTMLElement).innerText));
  }

  inputValue(): Promise<string> {
    return this.with('attached', (element) => element.evaluate((node) => (node as HTMLInputElement).value));
  }

  async isVisible(): Promise<boolean> {
    const element = await this.find('attached').catch(() => null);
    if (!element) return false;
    try {
      return await element.evaluate((node) => {
        const box = node.getBoundingClientRect();
        return node.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && box.width > 0 && box.height > 0;
      });
    } finally {
      await element.dispose();
    }
  }

  isDisabled(): Promise<boolean> {
    return this.with('attached', (element) => element.evaluate((node) => node.matches(':disabled') || node.getAttribute('aria-disabled') === 'true'));
  }

  isChecked(): Promise<boolean> {
    return this.with('attached', (element) => element.evaluate((node) => (node as HTMLInputElement).checked === true || node.getAttribute('aria-checked') === 'true'));
  }

  evaluate<R>(callback: (element: any) => R): Promise<R> {
    return this.with('attached', (element) => element.evaluate(callback) as Promise<R>);
  }
}
