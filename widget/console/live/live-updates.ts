// Live updates for the console (design §9): the server's event stream through EventSource with the staff cookie, and
// polling in its place while the stream is closed or refused, so nothing depends on it.
import type { BusinessEvent } from '../api/types.js';

/**
 * Something may have changed: an event from the stream (with the request it concerns, when it names one), a tick of
 * the polling that stands in for a stream that failed, or the stream back after a gap. A listener reloads what it
 * shows when the signal may concern it.
 */
export type LiveSignal = { kind: 'event'; type: string; requestId: string | null } | { kind: 'poll' } | { kind: 'resumed' };

export type LiveMode = 'off' | 'stream' | 'polling';

/**
 * The types of the business's events, exactly those of the generated API types: a type the document adds or drops is
 * a compile error here until the stream is listened to for it.
 */
const liveEventTypes = Object.keys({
  'request.created': true,
  'request.updated': true,
  'message.created': true,
  'work_order.updated': true,
  'quote.updated': true,
  'invoice.updated': true,
} satisfies Record<BusinessEvent['type'], true>);

/** Whether a signal may concern requests: a request or message event, or a poll or resume that may hide one. */
export function aboutRequests(signal: LiveSignal): boolean {
  return signal.kind !== 'event' || signal.type.startsWith('request.') || signal.type === 'message.created';
}

export interface LiveOptions {
  /** How often to poll while the stream is down. */
  pollMs?: number;
  /** How long to wait before opening the stream again once it was closed. */
  reopenMs?: number;
  /** The EventSource to use: the browser's, or a test's. */
  eventSource?: typeof EventSource;
}

/** An event of the stream as a signal: its type (from the event itself), and the request it concerns, if any. */
function signalOf(message: MessageEvent<string>): LiveSignal {
  try {
    const event = JSON.parse(message.data) as Partial<BusinessEvent>;
    const data = event.data;
    const requestId = data && 'request' in data ? data.request.id : data && 'message' in data ? data.message.requestId : null;
    return { kind: 'event', type: event.type ?? message.type, requestId };
  } catch {
    // Not an event as documented: still a reason to look again.
    return { kind: 'event', type: message.type, requestId: null };
  }
}

/**
 * @fires modechange - The stream opened, or polling took its place: views that say how they are kept current redraw.
 */
export class LiveUpdates extends EventTarget {
  #mode: LiveMode = 'off';

  /** How changes arrive now: the stream, polling, or not at all (signed out). */
  get mode(): LiveMode {
    return this.#mode;
  }

  private set mode(mode: LiveMode) {
    if (mode === this.#mode) return;
    this.#mode = mode;
    this.dispatchEvent(new Event('modechange'));
  }

  private source: EventSource | null = null;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private reopenTimer: ReturnType<typeof setTimeout> | null = null;
  private interrupted = false;
  private readonly listeners = new Set<(signal: LiveSignal) => void>();
  private readonly pollMs: number;
  private readonly reopenMs: number;
  private readonly EventSourceImpl: typeof EventSource | undefined;

  constructor(
    private readonly url: string,
    options: LiveOptions = {},
  ) {
    super();
    this.pollMs = options.pollMs ?? 20_000;
    this.reopenMs = options.reopenMs ?? 120_000;
    this.EventSourceImpl = options.eventSource ?? globalThis.EventSource;
  }

  /** Calls `listener` on every signal; answers a function that stops it. */
  subscribe(listener: (signal: LiveSignal) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.mode !== 'off') return;
    this.open();
  }

  stop(): void {
    this.source?.close();
    this.source = null;
    this.stopPolling();
    if (this.reopenTimer) clearTimeout(this.reopenTimer);
    this.reopenTimer = null;
    this.mode = 'off';
  }

  private emit(signal: LiveSignal): void {
    for (const listener of this.listeners) listener(signal);
  }

  private open(): void {
    if (!this.EventSourceImpl) {
      this.poll();
      return;
    }
    const source = new this.EventSourceImpl(this.url);
    this.source = source;
    if (!this.pollTimer) this.mode = 'stream';
    // A stream that names its events (event: lines) reaches only the listeners of those names; one that does not, onmessage.
    const onEvent = (event: MessageEvent<string>) => this.emit(signalOf(event));
    for (const type of liveEventTypes) source.addEventListener(type, onEvent);
    source.addEventListener('message', onEvent);
    source.addEventListener('open', () => {
      this.stopPolling();
      this.mode = 'stream';
      // What happened while the stream was away is fetched once; Last-Event-ID covers the rest.
      if (this.interrupted) this.emit({ kind: 'resumed' });
      this.interrupted = false;
    });
    source.addEventListener('error', () => {
      this.interrupted = true;
      // The browser reconnects by itself while CONNECTING; CLOSED means refused (an error status): poll, retry later.
      if (source.readyState === this.EventSourceImpl!.CLOSED) {
        source.close();
        if (this.source === source) this.source = null;
        this.reopenTimer = setTimeout(() => {
          this.reopenTimer = null;
          if (this.mode === 'polling') this.open();
        }, this.reopenMs);
      }
      this.poll();
    });
  }

  private poll(): void {
    this.mode = 'polling';
    if (this.pollTimer) return;
    this.pollTimer = setInterval(() => this.emit({ kind: 'poll' }), this.pollMs);
  }

  private stopPolling(): void {
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
  }
}
