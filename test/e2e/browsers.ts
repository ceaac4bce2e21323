// The browsers the journeys run in: Chromium through playwright-core, and Firefox through puppeteer-core over WebDriver
// BiDi when one is installed. A journey is written once against `Page` and `Locator`, the part of Playwright's page it
// needs: a Playwright page is one as it is, a Firefox page (firefox-page.ts) provides the same.
import type { Page as PlaywrightPage } from 'playwright-core';
import { describe } from 'vitest';
import { firefoxCandidates, findFirefox } from '../support/firefox.mjs';

export type BrowserName = 'chromium' | 'firefox';

export const browserLabels: Record<BrowserName, string> = { chromium: 'Chromium', firefox: 'Firefox' };

export type Role = 'button' | 'checkbox' | 'dialog' | 'form' | 'heading' | 'img' | 'link' | 'navigation' | 'radio' | 'textbox' | 'combobox' | 'list' | 'listitem' | 'region';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface Locator {
  getByRole(role: Role, options?: { name?: string | RegExp; exact?: boolean; level?: number }): Locator;
  getByLabel(text: string | RegExp, options?: { exact?: boolean }): Locator;
  getByText(text: string | RegExp, options?: { exact?: boolean }): Locator;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  first(): Locator;
  count(): Promise<number>;
  click(): Promise<void>;
  fill(value: string): Promise<void>;
  check(): Promise<void>;
  selectOption(option: { label: string } | { index: number }): Promise<unknown>;
  setInputFiles(file: FilePayload): Promise<void>;
  textContent(): Promise<string | null>;
  innerText(): Promise<string>;
  inputValue(): Promise<string>;
  isVisible(): Promise<boolean>;
  isDisabled(): Promise<boolean>;
  isChecked(): Promise<boolean>;
  evaluate<R>(callback: (element: any) => R): Promise<R>;
}

export interface Response {
  url(): string;
  status(): number;
  request(): object;
}

export interface Page {
  locator(selector: string): Locator;
  goto(url: string): Promise<unknown>;
  reload(): Promise<unknown>;
  url(): string;
  title(): Promise<string>;
  evaluate<R>(callback: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(callback: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  keyboard: { press(key: string): Promise<void> };
  screenshot(options?: { path?: string; fullPage?: boolean; type?: 'png' | 'jpeg'; quality?: number }): Promise<Buffer>;
  on(event: 'response', listener: (response: Response) => void): unknown;
  on(event: 'requestfinished' | 'requestfailed', listener: (request: object) => void): unknown;
  on(event: 'console', listener: (message: { text(): string }) => void): unknown;
  exposeFunction(name: string, callback: (...args: any[]) => unknown): Promise<unknown>;
  addInitScript(script: () => void): Promise<unknown>;
}

/** Checks, once, that a Playwright page is a `Page`: the journeys written for both take Chromium's as it is. */
const _playwrightPageIsAPage = (page: PlaywrightPage): Page => page;
void _playwrightPageIsAPage;

let firefoxPath: string | undefined | null = null;

/** The Firefox the journeys run in, or undefined when there is none (looked for once). */
export function firefox(): string | undefined {
  if (firefoxPath === null) firefoxPath = findFirefox();
  return firefoxPath;
}

let skipNoted = false;

/**
 * Declares the journeys in `body` once per browser, each in a `describe` of its own ("in Chromium", "in Firefox").
 * Without Firefox its journeys are declared skipped, and the run says so.
 */
export function inEachBrowser(body: (browser: BrowserName) => void): void {
  describe('in Chromium', () => body('chromium'));
  if (firefox()) {
    describe('in Firefox', () => body('firefox'));
    return;
  }
  if (!skipNoted) {
    skipNoted = true;
    console.warn(`Firefox journeys skipped: no Firefox found (looked at ${firefoxCandidates.join(', ')}). Install firefox-esr or set FIREFOX_PATH.`);
  }
  describe.skip('in Firefox (skipped: no Firefox found)', () => body('firefox'));
}
