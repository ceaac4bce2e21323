// The Dutch texts of the widget, read from the modules the browser has fetched, as the dev server serves them: what the
// translation tests hold the English texts against. Test support; nothing in the widget imports it.
import { sections } from '../shell/views.js';

// A test page fetches more files than the browser's default of 250 timing entries keeps.
performance.setResourceTimingBufferSize(10_000);

export interface DutchText {
  id: string;
  /** The source text as written: `'Aanvragen'`, or `str\`… ${a} …\``. */
  dutch: string;
  module: string;
}

/** `msg('…', { id: 'x.y' })` and `msg(str\`…${a}…\`, { id: 'x.y' })`. */
const message = /msg\(\s*(str`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*\{\s*id:\s*["']([^"']+)["']/g;

/** Every view of the table of views, and so every module a view imports: its components and shared parts. */
export async function loadEveryView(): Promise<void> {
  for (const section of sections.values()) {
    for (const view of [section.list, section.detail, section.create]) await view?.load();
  }
}

/** The widget's own modules this page has fetched so far; tests and their support aside. */
export function fetchedModules(): string[] {
  const modules = new Set<string>();
  for (const entry of performance.getEntriesByType('resource')) {
    const { origin, pathname } = new URL(entry.name);
    if (origin === location.origin && pathname.startsWith('/widget/') && !/\.test\.|-fixtures\.|\/test-support\/|\/i18n\/source-texts\./.test(pathname)) modules.add(pathname);
  }
  return [...modules].sort();
}

export async function dutchTexts(modules: string[]): Promise<DutchText[]> {
  const found: DutchText[] = [];
  for (const module of modules) {
    const response = await fetch(module);
    if (!response.ok) throw new Error(`${module}: ${response.status}`);
    for (const [, dutch, id] of (await response.text()).matchAll(message)) found.push({ id: id!, dutch: dutch!, module });
  }
  return found;
}

/** How many values a Dutch text interpolates. */
export const placeholders = (dutch: string): number => (dutch.match(/\$\{/g) ?? []).length;

/** How many values an English text takes; -1 when it is not a text at all. */
export function englishPlaceholders(english: unknown): number {
  if (typeof english === 'string') return 0;
  return english && typeof english === 'object' && 'strTag' in english && 'values' in english && Array.isArray(english.values) ? english.values.length : -1;
}
