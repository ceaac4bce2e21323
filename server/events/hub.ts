// The live-update streams of one process: one poller reads the event log for all of them (woken early by
// PostgreSQL's NOTIFY or a write in this process) and hands each event only to the streams of its business and of its
// customer, framed once for all of them; it resumes a reconnecting stream from the log, keeps quiet streams alive with
// one timer, asks in one round for all streams whether their sessions still live, and bounds how many are open.
import type { ServerResponse } from 'node:http';
import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import type { Deps, Lifecycle } from '../http/env.js';
import type { Logger } from '../http/logger.js';
import { readPortalSettings, type PortalSettings } from '../portals/settings.js';
import { liveSessions, portalStreams, sessionKey, storedPortalSettings, type LiveSession, type StreamSession } from './access.js';
import { audienceEvents, eventFor, eventsAfter, latestEventId, onEventPublished, type LoggedEvent, type StreamAudience } from './log.js';
import { encodeEvent, EventStream } from './stream.js';
import { PostgresWakeUp } from './wake-up.js';

export interface EventHubOptions {
  /** How often the log is read when nothing wakes the poller earlier. */
  pollIntervalMs: number;
  /** A comment line after this long, so proxies do not close a quiet stream. */
  heartbeatMs: number;
  /** How often the callers of all streams are asked again, in one round, whether they may still read. */
  accessCheckMs: number;
  /** Streams this process holds open at most. */
  maxStreams: number;
  /** Streams one caller (a contact, a staff member, an API key) holds open at most, in this process. */
  maxStreamsPerCaller: number;
  /** A reader further behind than this is cut off; it reconnects and resumes from the log. */
  maxQueuedBytes: number;
}

export const defaultHubOptions: EventHubOptions = {
  pollIntervalMs: 1_000,
  heartbeatMs: 25_000,
  accessCheckMs: 10_000,
  maxStreams: 10_000,
  maxStreamsPerCaller: 10,
  maxQueuedBytes: 1024 * 1024,
};

export interface StreamRequest {
  audience: StreamAudience;
  /** Who holds the stream, for the per-caller bound: `contact:…`, `staff:…`, `api_key:…`. */
  caller: string;
  /** The session behind the stream: once it has ended (logout, a revoked key, a disabled contact), so does the stream. */
  session: StreamSession;
  /** Resume after this event: what the caller missed is sent first. */
  lastEventId?: number | undefined;
}

/** The streams of one session, checked once a round for all of them. */
interface SessionEntry {
  session: StreamSession;
  subscriptions: Set<Subscription>;
}

/** The streams that read alike (a business's, or one customer's in one portal), each event framed once for all. */
interface AudienceEntry {
  key: string;
  audience: StreamAudience;
  /** A contact audience's portal, whose settings say what it may read. */
  portalId: string | undefined;
  /** A preview session reads with settings of its own, when it has them. */
  previewOf: StreamSession | undefined;
  /** The stored settings the audience's settings were read from; undefined until the first round. */
  storedSettings: string | undefined;
  /** The audience's settings as JSON, to tell whether a newly opened stream brings other ones. */
  settingsJson: string | undefined;
  subscriptions: Set<Subscription>;
}

interface Subscription {
  caller: string;
  audience: AudienceEntry;
  session: SessionEntry;
  stream: EventStream;
  /** The last event id this stream has passed: sent, or not the caller's to read. */
  cursor: number;
  /** While the stream catches up from the log, what the poller hands it waits here. */
  backlog: LoggedEvent[] | null;
}

interface HubDeps {
  db: Kysely<Database>;
  dialect: Dialect;
  databaseUrl: string;
  logger: Logger;
  lifecycle: Lifecycle;
}

const pageSize = 500;

// A write in this process wakes the poller before its transaction has surely committed; when that first read finds
// nothing yet, these reads follow, so the event need not wait for the next regular poll.
const followUpDelaysMs = [25, 50, 100, 200, 400];

const customerKey = (tenantId: string, customerId: string) => `${tenantId}\u0000${customerId}`;

export class EventHub {
  readonly #deps: HubDeps;
  readonly #options: EventHubOptions;
  readonly #subscriptions = new Set<Subscription>();
  readonly #sessions = new Map<string, SessionEntry>();
  readonly #audiences = new Map<string, AudienceEntry>();
  /** Per tenant, its business's audience. */
  readonly #business = new Map<string, AudienceEntry>();
  /** Per tenant and customer, that customer's audiences (one per portal, and one per preview session). */
  readonly #customers = new Map<string, Set<AudienceEntry>>();
  readonly #perCaller = new Map<string, number>();
  /** Slots taken by streams that are still starting. */
  #reserved = 0;
  /** The last event id the poller has read. */
  #cursor = 0;
  #running = false;
  #starting: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #busy = false;
  #again = false;
  #followUps = 0;
  #checking = false;
  #lastHeartbeat = 0;
  #lastAccessRound = 0;
  #wakeUp: PostgresWakeUp | undefined;
  #stopLocalWake: (() => void) | undefined;

  constructor(deps: HubDeps, options: Partial<EventHubOptions> = {}) {
    this.#deps = deps;
    this.#options = { ...defaultHubOptions, ...options };
  }

  /** How many streams are open in this process. */
  get size(): number {
    return this.#subscriptions.size;
  }

  /**
   * Opens a stream for `request`, written to `response` when the Node server's response is at hand: 429 when the
   * caller or the process is at its bound, 503 while shutting down.
   */
  async open(request: StreamRequest, response?: ServerResponse): Promise<EventStream> {
    if (this.#deps.lifecycle.draining) throw new ApiError('unavailable', 'The server is shutting down. Connect again.', undefined, { 'Retry-After': '1' });
    if (this.#subscriptions.size + this.#reserved >= this.#options.maxStreams) {
      throw new ApiError('rate_limited', 'This server has as many live-update streams open as it can take. Try again shortly.', undefined, { 'Retry-After': '10' });
    }
    const held = this.#perCaller.get(request.caller) ?? 0;
    if (held >= this.#options.maxStreamsPerCaller) {
      throw new ApiError('rate_limited', `You have ${held} live-update streams open already: close one first.`, undefined, { 'Retry-After': '30' });
    }
    this.#perCaller.set(request.caller, held + 1);
    this.#reserved += 1;
    try {
      await this.#start();
    } catch (error) {
      this.#release(request.caller);
      throw error;
    } finally {
      this.#reserved -= 1;
    }
    const upTo = this.#cursor;
    const from = request.lastEventId === undefined ? upTo : Math.min(request.lastEventId, upTo);
    const session = this.#sessionOf(request.session);
    const subscription: Subscription = {
      caller: request.caller,
      audience: this.#audienceOf(request.audience, session.session),
      session,
      stream: new EventStream({ maxQueuedBytes: this.#options.maxQueuedBytes, onClose: () => this.#remove(subscription), response }),
      cursor: from,
      backlog: from < upTo ? [] : null,
    };
    this.#subscriptions.add(subscription);
    subscription.audience.subscriptions.add(subscription);
    subscription.session.subscriptions.add(subscription);
    if (subscription.backlog) void this.#catchUp(subscription, upTo);
    return subscription.stream;
  }

  /** Ends every stream: on shutdown, so the server does not wait for them until its deadline. */
  closeAll(): void {
    for (const subscription of [...this.#subscriptions]) subscription.stream.close();
  }

  /** Reads the log now: something was written. */
  wake(): void {
    if (!this.#running) return;
    if (this.#busy) {
      this.#again = true;
      return;
    }
    this.#schedule(0);
  }

  #audienceOf(audience: StreamAudience, session: StreamSession): AudienceEntry {
    const key =
      audience.kind === 'business'
        ? `business:${audience.tenantId}`
        : session.kind === 'contact' && session.preview
          ? `preview:${sessionKey(session)}`
          : `customer:${session.kind === 'contact' ? session.portalId : ''}:${audience.tenantId}:${audience.customerId}`;
    let entry = this.#audiences.get(key);
    if (!entry) {
      entry = {
        key,
        audience: { ...audience },
        portalId: audience.kind === 'customer' && session.kind === 'contact' ? session.portalId : undefined,
        previewOf: audience.kind === 'customer' && session.kind === 'contact' && session.preview ? session : undefined,
        storedSettings: undefined,
        settingsJson: audience.kind === 'customer' ? JSON.stringify(audience.settings) : undefined,
        subscriptions: new Set(),
      };
      this.#audiences.set(key, entry);
      if (audience.kind === 'business') {
        this.#business.set(audience.tenantId, entry);
      } else {
        const ofCustomer = this.#customers.get(customerKey(audience.tenantId, audience.customerId)) ?? new Set();
        ofCustomer.add(entry);
        this.#customers.set(customerKey(audience.tenantId, audience.customerId), ofCustomer);
      }
    } else if (audience.kind === 'customer' && entry.audience.kind === 'customer') {
      // The stream's own request read the portal's settings just now: when they changed since the last round, the
      // streams already open read by them too.
      const json = JSON.stringify(audience.settings);
      if (json !== entry.settingsJson) {
        entry.audience.settings = audience.settings;
        entry.settingsJson = json;
        entry.storedSettings = undefined;
      }
    }
    return entry;
  }

  #sessionOf(session: StreamSession): SessionEntry {
    const key = sessionKey(session);
    let entry = this.#sessions.get(key);
    if (!entry) {
      entry = { session, subscriptions: new Set() };
      this.#sessions.set(key, entry);
    }
    return entry;
  }

  async #start(): Promise<void> {
    if (this.#running) return;
    this.#starting ??= (async () => {
      try {
        this.#cursor = await latestEventId(this.#deps.db);
        this.#running = true;
        this.#lastHeartbeat = Date.now();
        this.#lastAccessRound = Date.now();
        this.#stopLocalWake = onEventPublished(() => {
          this.#followUps = followUpDelaysMs.length;
          this.wake();
        });
        if (this.#deps.dialect === 'postgres' && /^postgres(ql)?:\/\//.test(this.#deps.databaseUrl)) {
          this.#wakeUp = new PostgresWakeUp(this.#deps.databaseUrl, this.#deps.logger, () => this.wake());
          this.#wakeUp.start();
        }
        this.#schedule(this.#options.pollIntervalMs);
      } finally {
        this.#starting = undefined;
      }
    })();
    await this.#starting;
  }

  #stopWhenIdle(): void {
    if (this.#subscriptions.size > 0 || this.#reserved > 0 || !this.#running) return;
    this.#running = false;
    clearTimeout(this.#timer);
    this.#stopLocalWake?.();
    this.#stopLocalWake = undefined;
    void this.#wakeUp?.stop();
    this.#wakeUp = undefined;
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#tick(), delayMs);
    // Open streams keep the process alive through their sockets; the poller alone never does.
    this.#timer.unref();
  }

  async #tick(): Promise<void> {
    if (!this.#running) return;
    if (this.#deps.lifecycle.draining) {
      this.closeAll();
      return;
    }
    this.#busy = true;
    try {
      await this.#poll();
    } catch (error) {
      this.#deps.logger.error('reading the event log failed', { error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.#busy = false;
    }
    const now = Date.now();
    if (now - this.#lastHeartbeat >= this.#options.heartbeatMs) {
      this.#lastHeartbeat = now;
      for (const subscription of this.#subscriptions) subscription.stream.keepAlive();
    }
    if (now - this.#lastAccessRound >= this.#options.accessCheckMs && !this.#checking) {
      this.#lastAccessRound = now;
      void this.#checkAccess();
    }
    if (!this.#running) return;
    if (this.#again) this.#schedule(0);
    else if (this.#followUps > 0) this.#schedule(followUpDelaysMs[followUpDelaysMs.length - this.#followUps--]!);
    else this.#schedule(this.#options.pollIntervalMs);
    this.#again = false;
  }

  async #poll(): Promise<void> {
    for (;;) {
      const events = await eventsAfter(this.#deps.db, this.#cursor, pageSize);
      if (events.length === 0) return;
      this.#cursor = events[events.length - 1]!.id;
      for (const event of events) {
        const business = this.#business.get(event.tenantId);
        if (business) this.#hand(business, event);
        if (event.customerId !== null && event.customer) {
          for (const audience of this.#customers.get(customerKey(event.tenantId, event.customerId)) ?? []) this.#hand(audience, event);
        }
      }
      if (events.length < pageSize) return;
    }
  }

  /** Hands `event` to the audience's streams: framed once, sent to each that has not passed it yet. */
  #hand(entry: AudienceEntry, event: LoggedEvent): void {
    const readable = eventFor(event, entry.audience);
    if (!readable) return;
    let frame: Uint8Array | undefined;
    for (const subscription of entry.subscriptions) {
      if (subscription.backlog) {
        subscription.backlog.push(event);
        continue;
      }
      if (subscription.stream.closed || event.id <= subscription.cursor) continue;
      subscription.cursor = event.id;
      frame ??= encodeEvent(readable);
      subscription.stream.write(frame);
    }
  }

  async #catchUp(subscription: Subscription, upTo: number): Promise<void> {
    const { audience } = subscription.audience;
    try {
      for (;;) {
        const events = await audienceEvents(this.#deps.db, audience, subscription.cursor, upTo, pageSize);
        if (subscription.stream.closed) return;
        for (const event of events) this.#deliver(subscription, event);
        if (events.length < pageSize) break;
      }
    } catch (error) {
      this.#deps.logger.error('resuming an event stream failed', { error: error instanceof Error ? error.message : String(error) });
      subscription.stream.close();
      return;
    }
    const waiting = subscription.backlog ?? [];
    subscription.backlog = null;
    subscription.cursor = Math.max(subscription.cursor, upTo);
    for (const event of waiting) this.#deliver(subscription, event);
  }

  #deliver(subscription: Subscription, event: LoggedEvent): void {
    if (subscription.stream.closed || event.id <= subscription.cursor) return;
    subscription.cursor = event.id;
    const readable = eventFor(event, subscription.audience.audience);
    if (readable) subscription.stream.write(encodeEvent(readable));
  }

  /**
   * One round for all open streams: the sessions behind them asked in batches, the portals' settings read once each.
   * A stream whose session has ended ends; a contact's stream reads by its portal's settings as they are now, and ends
   * once the portal, or every part of it with live updates, is switched off.
   */
  async #checkAccess(): Promise<void> {
    this.#checking = true;
    try {
      const sessions = [...this.#sessions.values()];
      const audiences = [...this.#audiences.values()].filter((entry) => entry.portalId !== undefined);
      let live: Map<StreamSession, LiveSession>;
      let stored: Map<string, string>;
      try {
        live = await liveSessions(this.#deps.db, sessions.map((entry) => entry.session));
        stored = await storedPortalSettings(this.#deps.db, [...new Set(audiences.map((entry) => entry.portalId!))]);
      } catch (error) {
        // The database is away for a moment: ask again next round rather than cut every stream at once.
        this.#deps.logger.warn('checking the event streams’ sessions failed', { error: error instanceof Error ? error.message : String(error) });
        return;
      }
      for (const entry of sessions) {
        if (!live.has(entry.session)) for (const subscription of [...entry.subscriptions]) subscription.stream.close();
      }
      // Audiences of one portal share one copy of its settings.
      const read = new Map<string, PortalSettings>();
      for (const entry of audiences) {
        if (entry.subscriptions.size === 0 || entry.audience.kind !== 'customer') continue;
        const json = (entry.previewOf && live.get(entry.previewOf)?.previewSettings) ?? stored.get(entry.portalId!);
        if (json !== undefined && json === entry.storedSettings) continue;
        let settings = json === undefined ? undefined : read.get(json);
        if (json !== undefined && !settings) {
          settings = readPortalSettings(json);
          read.set(json, settings);
        }
        // The portal is gone, switched off, or shows no part with live updates any more.
        if (!settings || !portalStreams(settings)) {
          for (const subscription of [...entry.subscriptions]) subscription.stream.close();
          continue;
        }
        entry.audience.settings = settings;
        entry.storedSettings = json;
        entry.settingsJson = JSON.stringify(settings);
      }
    } catch (error) {
      this.#deps.logger.error('checking the event streams failed', { error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.#checking = false;
    }
  }

  #remove(subscription: Subscription): void {
    if (!this.#subscriptions.delete(subscription)) return;
    const { audience, session } = subscription;
    audience.subscriptions.delete(subscription);
    if (audience.subscriptions.size === 0 && this.#audiences.get(audience.key) === audience) {
      this.#audiences.delete(audience.key);
      if (audience.audience.kind === 'business') {
        this.#business.delete(audience.audience.tenantId);
      } else {
        const key = customerKey(audience.audience.tenantId, audience.audience.customerId);
        const ofCustomer = this.#customers.get(key);
        ofCustomer?.delete(audience);
        if (ofCustomer?.size === 0) this.#customers.delete(key);
      }
    }
    session.subscriptions.delete(subscription);
    const sessionKeyOf = sessionKey(session.session);
    if (session.subscriptions.size === 0 && this.#sessions.get(sessionKeyOf) === session) this.#sessions.delete(sessionKeyOf);
    this.#release(subscription.caller);
    this.#stopWhenIdle();
  }

  #release(caller: string): void {
    const held = (this.#perCaller.get(caller) ?? 1) - 1;
    if (held > 0) this.#perCaller.set(caller, held);
    else this.#perCaller.delete(caller);
  }
}

// One hub per app's dependencies, which is one per process outside of tests; tests that build two apps get two, as
// two processes would.
const hubs = new WeakMap<Deps, EventHub>();
const hubsOfLifecycle = new WeakMap<Lifecycle, Set<EventHub>>();

/** The hub of these dependencies; `options` apply when it is made (tests make theirs small). */
export function eventHubOf(deps: Deps, options?: Partial<EventHubOptions>): EventHub {
  let hub = hubs.get(deps);
  if (!hub) {
    hub = new EventHub({ db: deps.db, dialect: deps.dialect, databaseUrl: deps.config.databaseUrl, logger: deps.logger, lifecycle: deps.lifecycle }, options);
    hubs.set(deps, hub);
    const ofLifecycle = hubsOfLifecycle.get(deps.lifecycle) ?? new Set();
    ofLifecycle.add(hub);
    hubsOfLifecycle.set(deps.lifecycle, ofLifecycle);
  } else if (options) {
    throw new Error('eventHubOf(): this hub exists already; give its options before its first use');
  }
  return hub;
}

/** Ends the open streams of every app that shares `lifecycle`: called when the server starts draining. */
export function endEventStreams(lifecycle: Lifecycle): void {
  for (const hub of hubsOfLifecycle.get(lifecycle) ?? []) hub.closeAll();
}
