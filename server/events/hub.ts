// The live-update streams of one process: one poller reads the event log for all of them (woken early by
// PostgreSQL's NOTIFY or a write in this process), hands each stream what its caller may read, resumes a reconnecting
// stream from the log, keeps quiet streams alive, ends a stream whose session has ended, and bounds how many are open.
import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../db/schema.js';
import { ApiError } from '../http/errors.js';
import type { Deps, Lifecycle } from '../http/env.js';
import type { Logger } from '../http/logger.js';
import { audienceEvents, eventFor, eventsAfter, latestEventId, onEventPublished, type LoggedEvent, type StreamAudience } from './log.js';
import { EventStream } from './stream.js';
import { PostgresWakeUp } from './wake-up.js';

export interface EventHubOptions {
  /** How often the log is read when nothing wakes the poller earlier. */
  pollIntervalMs: number;
  /** A comment line after this long, so proxies do not close a quiet stream. */
  heartbeatMs: number;
  /** How often each stream's caller is asked again whether it may still read. */
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
  /** Resume after this event: what the caller missed is sent first. */
  lastEventId?: number | undefined;
  /** Asked again and again while the stream is open; false ends it (logout, a revoked key, a disabled contact). */
  stillAllowed(): Promise<boolean>;
}

interface Subscription {
  request: StreamRequest;
  stream: EventStream;
  /** The last event id this stream has passed: sent, or not the caller's to read. */
  cursor: number;
  /** While the stream catches up from the log, what the poller hands it waits here. */
  backlog: LoggedEvent[] | null;
  checkedAt: number;
}

interface HubDeps {
  db: Kysely<Database>;
  dialect: Dialect;
  databaseUrl: string;
  logger: Logger;
  lifecycle: Lifecycle;
}

const pageSize = 500;

export class EventHub {
  readonly #deps: HubDeps;
  readonly #options: EventHubOptions;
  readonly #subscriptions = new Set<Subscription>();
  readonly #byTenant = new Map<string, Set<Subscription>>();
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
  #checking = false;
  #lastHeartbeat = 0;
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

  /** Opens a stream for `request`: 429 when the caller or the process is at its bound, 503 while shutting down. */
  async open(request: StreamRequest): Promise<ReadableStream<Uint8Array>> {
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
    const subscription: Subscription = {
      request,
      stream: new EventStream({ maxQueuedBytes: this.#options.maxQueuedBytes, onClose: () => this.#remove(subscription) }),
      cursor: from,
      backlog: from < upTo ? [] : null,
      checkedAt: Date.now(),
    };
    this.#subscriptions.add(subscription);
    const ofTenant = this.#byTenant.get(request.audience.tenantId) ?? new Set();
    ofTenant.add(subscription);
    this.#byTenant.set(request.audience.tenantId, ofTenant);
    if (subscription.backlog) void this.#catchUp(subscription, upTo);
    return subscription.stream.body;
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

  async #start(): Promise<void> {
    if (this.#running) return;
    this.#starting ??= (async () => {
      try {
        this.#cursor = await latestEventId(this.#deps.db);
        this.#running = true;
        this.#lastHeartbeat = Date.now();
        this.#stopLocalWake = onEventPublished(() => this.wake());
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
      for (const subscription of this.#subscriptions) subscription.stream.comment('keep-alive');
    }
    void this.#checkAccess(now);
    if (this.#running) this.#schedule(this.#again ? 0 : this.#options.pollIntervalMs);
    this.#again = false;
  }

  async #poll(): Promise<void> {
    for (;;) {
      const events = await eventsAfter(this.#deps.db, this.#cursor, pageSize);
      if (events.length === 0) return;
      this.#cursor = events[events.length - 1]!.id;
      for (const event of events) {
        for (const subscription of this.#byTenant.get(event.tenantId) ?? []) {
          if (subscription.backlog) subscription.backlog.push(event);
          else this.#deliver(subscription, event);
        }
      }
      if (events.length < pageSize) return;
    }
  }

  async #catchUp(subscription: Subscription, upTo: number): Promise<void> {
    const { audience } = subscription.request;
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
    const readable = eventFor(event, subscription.request.audience);
    if (readable) subscription.stream.send(readable);
  }

  async #checkAccess(now: number): Promise<void> {
    if (this.#checking) return;
    this.#checking = true;
    try {
      const due = [...this.#subscriptions].filter((subscription) => now - subscription.checkedAt >= this.#options.accessCheckMs);
      await Promise.all(
        due.map(async (subscription) => {
          subscription.checkedAt = now;
          let allowed: boolean;
          try {
            allowed = await subscription.request.stillAllowed();
          } catch {
            // The database is away for a moment: ask again next time rather than cut every stream at once.
            allowed = true;
          }
          if (!allowed) subscription.stream.close();
        }),
      );
    } finally {
      this.#checking = false;
    }
  }

  #remove(subscription: Subscription): void {
    if (!this.#subscriptions.delete(subscription)) return;
    const tenantId = subscription.request.audience.tenantId;
    const ofTenant = this.#byTenant.get(tenantId);
    ofTenant?.delete(subscription);
    if (ofTenant?.size === 0) this.#byTenant.delete(tenantId);
    this.#release(subscription.request.caller);
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
