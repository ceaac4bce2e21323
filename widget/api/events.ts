// Live updates for the widget (design §9): the portal's event stream, read with fetch and a ReadableStream because
// EventSource cannot send the Bearer token. One stream per client, shared by every view that listens; it reconnects
// with backoff and resumes after the last event it got, and while the server refuses it, listeners are asked to load
// again now and then instead, so nothing depends on the stream.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PortalApiError, type PortalClient } from './client.js';
import type { components } from './schema.js';

/** One event the signed-in contact may read: `{id, type, createdAt, data}`. */
export type PortalEvent = components['schemas']['PortalEvent'];

export interface LiveListener {
  /** An event of the customer's records. */
  event?(event: PortalEvent): void;
  /** Something may have changed unseen (the stream opened, or a polling tick while it is refused): load again. */
  resync?(): void;
}

export interface LiveOptions {
  /** How often listeners reload while the stream is refused. */
  pollMs: number;
  /** The first wait before reconnecting; it doubles with every failed attempt, up to maxBackoffMs. */
  minBackoffMs: number;
  maxBackoffMs: number;
  /** How long to poll before asking for the stream again after a refusal without Retry-After. */
  refusedRetryMs: number;
  /** How long the stream stays open after the last listener left, for the next view to take over. */
  lingerMs: number;
}

const defaults: LiveOptions = { pollMs: 30_000, minBackoffMs: 1_000, maxBackoffMs: 30_000, refusedRetryMs: 120_000, lingerMs: 2_000 };

export type LiveMode = 'off' | 'connecting' | 'stream' | 'polling';

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** The stream of one client. Get it with liveEvents(client); it runs only while someone listens and a contact is signed in. */
export class LiveEvents {
  mode: LiveMode = 'off';
  readonly #client: PortalClient;
  readonly #options: LiveOptions;
  readonly #listeners = new Set<LiveListener>();
  #running: AbortController | null = null;
  #linger: ReturnType<typeof setTimeout> | null = null;
  #poll: ReturnType<typeof setInterval> | null = null;
  #lastEventId: string | null = null;
  #stopWatchingSession: (() => void) | null = null;

  constructor(client: PortalClient, options: Partial<LiveOptions> = {}) {
    this.#client = client;
    this.#options = { ...defaults, ...options };
  }

  /** Listens until the answered function is called. */
  subscribe(listener: LiveListener): () => void {
    this.#listeners.add(listener);
    if (this.#linger) clearTimeout(this.#linger);
    this.#linger = null;
    this.#stopWatchingSession ??= this.#client.onSessionChange((event) => (event.detail.user ? this.#start() : this.#stop()));
    this.#start();
    return () => {
      if (!this.#listeners.delete(listener) || this.#listeners.size > 0) return;
      this.#linger = setTimeout(() => {
        this.#linger = null;
        if (this.#listeners.size === 0) this.#stop();
      }, this.#options.lingerMs);
    };
  }

  #start(): void {
    // The stream is the signed-in contact's: without one there is nothing to open.
    if (this.#running || this.#listeners.size === 0 || !this.#client.user) return;
    const running = new AbortController();
    this.#running = running;
    void this.#run(running.signal);
  }

  #stop(): void {
    this.#running?.abort();
    this.#running = null;
    this.#stopPolling();
    this.mode = 'off';
    if (this.#listeners.size === 0) {
      this.#stopWatchingSession?.();
      this.#stopWatchingSession = null;
    }
  }

  async #run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      this.mode = this.#poll ? 'polling' : 'connecting';
      let waitMs: number;
      try {
        const resuming = this.#lastEventId !== null;
        const response = await this.#client.stream('/events', {
          signal,
          headers: { Accept: 'text/event-stream', ...(resuming ? { 'Last-Event-ID': this.#lastEventId! } : {}) },
        });
        this.#stopPolling();
        this.mode = 'stream';
        failures = 0;
        // A stream that resumes gets what it missed from the server; a first one starts now, after the views loaded.
        if (!resuming) this.#emit((listener) => listener.resync?.());
        await this.#read(response, signal);
        waitMs = this.#options.minBackoffMs;
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof PortalApiError && error.status === 401) {
          // The session is over; the client has told the shell, which shows the sign-in.
          this.#stop();
          return;
        }
        if (error instanceof PortalApiError && error.status >= 400 && error.status < 500) {
          this.#startPolling();
          waitMs = error.retryAfter !== null ? error.retryAfter * 1000 : this.#options.refusedRetryMs;
        } else {
          failures += 1;
          waitMs = Math.min(this.#options.maxBackoffMs, this.#options.minBackoffMs * 2 ** (failures - 1));
        }
      }
      // Jitter: a server that restarts is not met by every widget at the same instant.
      await sleep(waitMs * (0.75 + Math.random() * 0.5), signal);
    }
  }

  async #read(response: Response, signal: AbortSignal): Promise<void> {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const cancel = () => void reader.cancel().catch(() => {});
    signal.addEventListener('abort', cancel, { once: true });
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.#frame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // The connection broke: reconnect.
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }

  #frame(block: string): void {
    let id: string | null = null;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('id:')) id = line.slice(3).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (id !== null) this.#lastEventId = id;
    if (data.length === 0) return;
    let event: PortalEvent;
    try {
      event = JSON.parse(data.join('\n')) as PortalEvent;
    } catch {
      return;
    }
    this.#emit((listener) => listener.event?.(event));
  }

  #emit(call: (listener: LiveListener) => void): void {
    for (const listener of [...this.#listeners]) {
      try {
        call(listener);
      } catch (error) {
        console.error(error);
      }
    }
  }

  #startPolling(): void {
    this.mode = 'polling';
    this.#poll ??= setInterval(() => this.#emit((listener) => listener.resync?.()), this.#options.pollMs);
  }

  #stopPolling(): void {
    if (this.#poll) clearInterval(this.#poll);
    this.#poll = null;
  }
}

const streams = new WeakMap<PortalClient, LiveEvents>();

/** The live updates of `client`, shared by every view of the widget that uses it. */
export function liveEvents(client: PortalClient, options?: Partial<LiveOptions>): LiveEvents {
  let live = streams.get(client);
  if (!live) {
    live = new LiveEvents(client, options);
    streams.set(client, live);
  }
  return live;
}

/** Whether `client` has a portal stream: a component shared with the console may hold the console's client instead. */
function isPortalClient(client: object | undefined): client is PortalClient {
  return client !== undefined && 'stream' in client && 'onSessionChange' in client;
}

/**
 * Listens to the live updates of the host's `client` while the host is connected: a view or component gets events
 * without starting or stopping anything in the shell around it.
 */
export class LiveController implements ReactiveController {
  #client: PortalClient | undefined;
  #unsubscribe: (() => void) | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & { client?: object | undefined },
    private readonly listener: LiveListener,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#follow();
  }

  /** The shell may hand the host another client (another portal, a new sign-in). */
  hostUpdated(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#client = undefined;
  }

  #follow(): void {
    const client = isPortalClient(this.host.client) ? this.host.client : undefined;
    if (client === this.#client) return;
    this.#unsubscribe?.();
    this.#client = client;
    this.#unsubscribe = client ? liveEvents(client).subscribe(this.listener) : null;
  }
}
