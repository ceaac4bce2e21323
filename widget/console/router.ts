// The console's views and the address bar: one table of views drives the navigation, the lazy loading and the
// titles; the current view lives in the hash (`#/requests/req_1`), so Back, reload and a link in a new tab work.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';

export interface ConsoleViewEntry {
  name: 'inbox' | 'request' | 'account' | 'two-step';
  /** Matches the whole path; its groups fill `params`, in order. */
  pattern: RegExp;
  params?: readonly string[];
  tag: string;
  /** A literal import(), so rollup puts each view in a chunk of its own, fetched on first use. */
  load: () => Promise<unknown>;
  title: () => string;
  /** The navigation entry that is current while this view shows; entries with `nav: true` are the navigation. */
  section?: ConsoleViewEntry['name'];
  nav?: boolean;
}

export const consoleViews: readonly ConsoleViewEntry[] = [
  {
    name: 'inbox',
    pattern: /^inbox$/,
    tag: 'kp-inbox-view',
    load: () => import('./views/inbox-view.js'),
    title: () => msg('Inbox', { id: 'console.nav.inbox' }),
    nav: true,
  },
  {
    name: 'request',
    pattern: /^requests\/([A-Za-z0-9_-]{1,100})$/,
    params: ['requestId'],
    tag: 'kp-request-view',
    load: () => import('./views/request-view.js'),
    title: () => msg('Aanvraag', { id: 'console.title.request' }),
    section: 'inbox',
  },
  {
    name: 'account',
    pattern: /^account$/,
    tag: 'kp-console-account-view',
    load: () => import('./views/account-view.js'),
    title: () => msg('Mijn account', { id: 'console.nav.account' }),
  },
  {
    name: 'two-step',
    pattern: /^two-step$/,
    tag: 'kp-two-step-view',
    load: () => import('./views/two-step-view.js'),
    title: () => msg('Inloggen in twee stappen', { id: 'console.title.twoStep' }),
  },
];

export interface ConsoleRoute {
  path: string;
  view: ConsoleViewEntry;
  params: Record<string, string>;
}

export const defaultPath = 'inbox';

/** `#/requests/x`, `/requests/x` and `requests/x` all name the same view; nothing names the inbox. */
export function normalisePath(path: string): string {
  let plain = path.trim().replace(/^#?\/*/, '');
  try {
    plain = decodeURI(plain);
  } catch {
    // A mangled address names no view.
  }
  return plain || defaultPath;
}

/** The route for a path, or null when no view has it. */
export function resolvePath(path: string): ConsoleRoute | null {
  for (const view of consoleViews) {
    const match = view.pattern.exec(path);
    if (!match) continue;
    const params = Object.fromEntries((view.params ?? []).map((name, index) => [name, match[index + 1]!]));
    return { path, view, params };
  }
  return null;
}

export interface RouterOptions {
  /** Asked first on every change of the address: true when the host took it as its own (a staff link). */
  claimAddress(): boolean;
}

/** Keeps the current path and the address bar in step; the host draws `route` and calls `go` to move. */
export class ConsoleRouter implements ReactiveController {
  path: string = defaultPath;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RouterOptions,
  ) {
    host.addController(this);
  }

  get route(): ConsoleRoute | null {
    return resolvePath(this.path);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onAddressChange);
    window.addEventListener('hashchange', this.onAddressChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onAddressChange);
    window.removeEventListener('hashchange', this.onAddressChange);
  }

  /** The path in the address bar when the console opens. */
  start(): void {
    this.path = window.location.hash.startsWith('#/') ? normalisePath(window.location.hash) : defaultPath;
  }

  /** Shows a path; a new history entry unless `replace` (a redirect, such as to the two-step setup). */
  go(path: string, mode: 'push' | 'replace' = 'push'): void {
    const next = normalisePath(path);
    const url = `${window.location.pathname}${window.location.search}#/${encodeURI(next)}`;
    if (window.location.hash !== `#/${encodeURI(next)}`) {
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    this.path = next;
    this.host.requestUpdate();
  }

  private readonly onAddressChange = () => {
    if (this.options.claimAddress()) return;
    const next = window.location.hash.startsWith('#/') ? normalisePath(window.location.hash) : defaultPath;
    if (next === this.path) return;
    this.path = next;
    this.host.requestUpdate();
  };
}
