// Test support for the console: the API answers of a signed-in business by default, a stand-in for EventSource, and
// ways to mount <kp-console> or one of its views the way the shell does.
import { fixture, html } from '@open-wc/testing';
import { jsonResponse, mockApi, type MockApi, type MockHandler } from '../../test-support/mock-api.js';
import { ConsoleClient } from '../api/console-client.js';
import type { StaffSession } from '../api/types.js';
import { LiveUpdates } from '../live/live-updates.js';
import { SeenRequests } from '../live/seen-requests.js';
import type { ConsoleView } from '../views/console-view.js';
import * as fx from './fixtures.js';

export const admin = '/api/v1/admin';
export const auth = '/api/v1/console/auth';

export const unauthorized = () => jsonResponse({ error: { code: 'unauthorized', message: 'Please sign in again.' } }, 401);

/**
 * The API of a business with a signed-in admin; `routes` add to or replace these. Routes are "METHOD /full/path",
 * as mockApi matches them.
 */
export function consoleApi(routes: Record<string, MockHandler> = {}, signedIn: StaffSession | null = fx.session()): MockApi {
  return mockApi({
    [`GET ${auth}/me`]: () => (signedIn ? signedIn : unauthorized()),
    [`POST ${auth}/logout`]: () => new Response(null, { status: 204 }),
    [`GET ${admin}/portals`]: () => ({ items: fx.portals, nextCursor: null }),
    [`GET ${admin}/requests`]: () => ({ items: fx.inbox(), nextCursor: null }),
    [`GET ${admin}/requests/:id`]: () => fx.requestDetail(),
    [`GET ${admin}/requests/:id/messages`]: () => ({ items: fx.messages(), nextCursor: null }),
    [`GET ${admin}/requests/:id/notes`]: () => ({ items: fx.notes(), nextCursor: null }),
    ...routes,
  });
}

/** An EventSource the test drives: it opens, sends events, fails, as the test says. */
export class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];

  readyState = FakeEventSource.CONNECTING;
  readonly withCredentials = false;

  constructor(readonly url: string) {
    super();
    FakeEventSource.instances.push(this);
  }

  open(): void {
    this.readyState = FakeEventSource.OPEN;
    this.dispatchEvent(new Event('open'));
  }

  send(type: string, data: unknown): void {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data) }));
  }

  /** A dropped connection the browser retries (`closed: false`), or a refusal that ends the stream. */
  fail(closed: boolean): void {
    this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
    this.dispatchEvent(new Event('error'));
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }
}

/** A Storage that forgets everything with the test. */
export function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, String(value)),
  };
}

export interface MountedView<T extends ConsoleView> {
  view: T;
  live: LiveUpdates;
  seen: SeenRequests;
  events: FakeEventSource;
}

/** Mounts a view the way the shell does: created, given its properties, then put in the page. */
export async function mountConsoleView<T extends ConsoleView>(tag: string, inputs: Partial<T> = {}, width = 1000): Promise<MountedView<T>> {
  const live = new LiveUpdates('/api/v1/admin/events', { eventSource: FakeEventSource as unknown as typeof EventSource, pollMs: 50 });
  live.start();
  const events = FakeEventSource.instances.at(-1)!;
  const seen = new SeenRequests('seen', memoryStorage());
  const view = document.createElement(tag) as T;
  Object.assign(view, { client: new ConsoleClient(), session: fx.session(), locale: 'nl', live, seen, portals: fx.portals, ...inputs });
  await fixture(html`<div style="width: ${width}px">${view}</div>`);
  await view.updateComplete;
  return { view, live, seen, events };
}
