// The console's views and the address bar: one table of views drives the navigation, the lazy loading and the
// titles; the current view lives in the hash (`#/requests/req_1`), so Back, reload and a link in a new tab work.
import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { listenToAddress, viewInHash } from '../shell/address-bar.js';
import type { LoadableView } from '../shell/load-view.js';

export interface ConsoleViewEntry extends LoadableView {
  name:
    | 'dashboard'
    | 'inbox'
    | 'request'
    | 'bookings'
    | 'booking-settings'
    | 'customers'
    | 'import'
    | 'customer'
    | 'record'
    | 'settings'
    | 'staff'
    | 'developers'
    | 'account'
    | 'two-step';
  /** Matches the whole path; its groups fill `params`, in order. */
  pattern: RegExp;
  params?: readonly string[];
  title: () => string;
  /** The navigation entry that is current while this view shows; entries with `nav: true` are the navigation. */
  section?: ConsoleViewEntry['name'];
  nav?: boolean;
  /** Only for staff with role `admin`: hidden from others' navigation, and not found when they open it. */
  adminOnly?: boolean;
}

export const consoleViews: readonly ConsoleViewEntry[] = [
  {
    name: 'dashboard',
    pattern: /^dashboard$/,
    tag: 'kp-dashboard-view',
    load: () => import('./views/dashboard-view.js'),
    title: () => msg('Overzicht', { id: 'console.nav.dashboard' }),
    nav: true,
    adminOnly: true,
  },
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
    name: 'bookings',
    // The day or week of bookings to show, and its date; this week when the path names none.
    pattern: /^bookings(?:\/(day|week))?(?:\/(\d{4}-\d{2}-\d{2}))?$/,
    params: ['scale', 'date'],
    tag: 'kp-bookings-view',
    load: () => import('./views/booking-calendar-view.js'),
    title: () => msg('Afspraken', { id: 'console.nav.bookings' }),
    nav: true,
  },
  {
    name: 'booking-settings',
    pattern: /^bookings\/settings(?:\/([a-z0-9][a-z0-9-]{0,62}))?$/,
    params: ['portalSlug'],
    tag: 'kp-booking-settings-view',
    load: () => import('./views/booking-settings-view.js'),
    title: () => msg('Afspraakinstellingen', { id: 'console.bookings.settings.title' }),
    section: 'bookings',
    adminOnly: true,
  },
  {
    name: 'customers',
    pattern: /^customers$/,
    tag: 'kp-customers-view',
    load: () => import('./views/customers-view.js'),
    title: () => msg('Klanten', { id: 'console.nav.customers' }),
    nav: true,
  },
  {
    name: 'import',
    pattern: /^customers\/import$/,
    tag: 'kp-customer-import-view',
    load: () => import('./views/customer-import-view.js'),
    title: () => msg('Klanten importeren', { id: 'console.title.import' }),
    section: 'customers',
  },
  {
    name: 'customer',
    pattern: /^customers\/([^/]{1,200})$/,
    params: ['customerId'],
    tag: 'kp-customer-view',
    load: () => import('./views/customer-view.js'),
    title: () => msg('Klant', { id: 'console.title.customer' }),
    section: 'customers',
  },
  {
    name: 'record',
    // A record of a customer by its externalId, or `new` for one the console creates.
    pattern: /^customers\/([^/]{1,200})\/(work-orders|quotes|invoices|documents|objects|orders)\/([^/]{1,200})$/,
    params: ['customerId', 'recordKind', 'recordId'],
    tag: 'kp-record-view',
    load: () => import('./views/record-view.js'),
    title: () => msg('Gegevens van de klant', { id: 'console.title.record' }),
    section: 'customers',
  },
  {
    name: 'settings',
    // The portal's settings, the first portal's when the path names none.
    pattern: /^settings(?:\/([a-z0-9][a-z0-9-]{0,62}))?$/,
    params: ['portalSlug'],
    tag: 'kp-settings-view',
    load: () => import('./views/settings-view.js'),
    title: () => msg('Portaalinstellingen', { id: 'console.nav.settings' }),
    nav: true,
    adminOnly: true,
  },
  {
    name: 'staff',
    pattern: /^staff$/,
    tag: 'kp-staff-view',
    load: () => import('./views/staff-view.js'),
    title: () => msg('Medewerkers', { id: 'console.nav.staff' }),
    nav: true,
    adminOnly: true,
  },
  {
    name: 'developers',
    // The developer area's tabs: API keys, webhooks (with one webhook's deliveries) and the audit trail.
    pattern: /^developers(?:\/(api-keys|webhooks|audit))?(?:\/([A-Za-z0-9_-]{1,100}))?$/,
    params: ['developerTab', 'webhookId'],
    tag: 'kp-developers-view',
    load: () => import('./views/developers-view.js'),
    title: () => msg('Ontwikkelaars', { id: 'console.nav.developers' }),
    nav: true,
    adminOnly: true,
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

/** Where a staff member starts when the address names no view: an admin on the dashboard, role staff in the inbox. */
export function homePath(role: 'admin' | 'staff'): string {
  return role === 'admin' ? 'dashboard' : 'inbox';
}

const hashPrefix = '#/';

/** `#/requests/x`, `/requests/x` and `requests/x` all name the same view; '' names none (the home, once the role is known). */
export function normalisePath(path: string): string {
  return path.trim().replace(/^#?\/*/, '');
}

/** The path the address bar names; '' when it names none. */
function addressPath(): string {
  return normalisePath(viewInHash(hashPrefix) ?? '');
}

/** The route for a path, or null when no view has it. */
export function resolvePath(path: string): ConsoleRoute | null {
  for (const view of consoleViews) {
    const match = view.pattern.exec(path);
    if (!match) continue;
    // A group the path leaves out (an optional part) is an empty string, never undefined.
    const params = Object.fromEntries((view.params ?? []).map((name, index) => [name, match[index + 1] ?? '']));
    return { path, view, params };
  }
  return null;
}

/** Keeps the current path and the address bar in step; the host draws `route` and calls `go` to move. */
export class ConsoleRouter {
  path = '';

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
