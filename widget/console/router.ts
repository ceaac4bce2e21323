// The console's views and the address bar: one table of views drives the navigation, the lazy loading and the
// titles; the current view lives in the hash (`#/requests/req_1`), so Back, reload and a link in a new tab work.
import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { listenToAddress, viewInHash } from '../shell/address-bar.js';
import type { LoadableView } from '../shell/load-view.js';

export interface ConsoleViewEntry extends LoadableView {
  name: 'inbox' | 'request' | 'account' | 'two-step';
  /** Matches the whole path; its groups fill `params`, in order. */
  pattern: RegExp;
  params?: readonly string[];
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

const hashPrefix = '#/';

/** `#/requests/x`, `/requests/x` and `requests/x` all name the same view; nothing names the inbox. */
export function normalisePath(path: string): string {
  return path.trim().replace(/^#?\/*/, '') || defaultPath;
}

/** The path the address bar names; the inbox when it names none. */
function addressPath(): string {
  return normalisePath(viewInHash(hashPrefix) ?? '');
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

/** Keeps the current path and the address bar in step; the host draws `route` and calls `go` to move. */
export class ConsoleRouter {
  path: string = defaultPath;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** `claimAddress`: true when the console took a change of the address as its own (a staff link). */
    options: { claimAddress(): boolean },
  ) {
    listenToAddress(host, options.claimAddress, () => {
      const next = addressPath();
      if (next === this.path) return;
      this.path = next;
      this.host.requestUpdate();
    });
  }

  get route(): ConsoleRoute | null {
    return resolvePath(this.path);
  }

  /** The path in the address bar when the console opens. */
  start(): void {
    this.path = addressPath();
  }

  /** Shows a path; a new history entry unless `replace` (a redirect, such as to the two-step setup). */
  go(path: string, mode: 'push' | 'replace' = 'push'): void {
    const next = normalisePath(path);
    const hash = `${hashPrefix}${encodeURI(next)}`;
    if (location.hash !== hash) {
      const url = location.pathname + location.search + hash;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    this.path = next;
    this.host.requestUpdate();
  }
}
