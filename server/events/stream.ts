// One open text/event-stream: writes framed events and keep-alive comments, and ends itself when its reader falls
// too far behind (it reconnects and resumes from the log instead of holding the process's memory). Under the Node
// server it writes to the HTTP response itself; elsewhere (app.request() in tests) it is a web ReadableStream.
import type { ServerResponse } from 'node:http';
import type { StreamEvent } from './schemas.js';

const encoder = new TextEncoder();

/** How long an EventSource waits before reconnecting after the stream ends. */
const reconnectAfterMs = 3_000;

const opening = encoder.encode(`retry: ${reconnectAfterMs}\n\n`);
/** A comment line: ignored by readers, but it keeps proxies from closing a quiet stream. One copy for every stream. */
const keepAliveFrame = encoder.encode(': keep-alive\n\n');
// No high-water mark: desiredSize is then minus the bytes the reader has not taken yet.
const unbuffered = new ByteLengthQueuingStrategy({ highWaterMark: 0 });

/** An event as its stream frames it, with its id: line; encoded once, written to every stream that may read it. */
export function encodeEvent(event: StreamEvent): Uint8Array {
  return encoder.encode(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
}

export interface EventStreamOptions {
  maxQueuedBytes: number;
  onClose: () => void;
  /**
   * The Node response to write to directly. Piping a ReadableStream through the server adapter keeps a reader, its
   * promises and a Response alive for every open stream; writing to the socket's response keeps none of them.
   */
  response?: ServerResponse | undefined;
}

export class EventStream {
  /** The body to answer with; undefined when the stream writes to a Node response itself. */
  readonly body: ReadableStream<Uint8Array> | undefined;
  #controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  readonly #response: ServerResponse | undefined;
  /** Written before the response's head went out. */
  #pending: Uint8Array[] | null = null;
  #closed = false;
  readonly #onClose: () => void;
  readonly #maxQueuedBytes: number;

  constructor(options: EventStreamOptions) {
    this.#onClose = options.onClose;
    this.#maxQueuedBytes = options.maxQueuedBytes;
    this.#response = options.response;
    if (this.#response) {
      this.#pending = [opening];
      // The client went away, or the response ended.
      this.#response.once('close', () => this.#finish());
      return;
    }
    this.body = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.#controller = controller;
          this.write(opening);
        },
        // The client went away (or the test stopped reading).
        cancel: () => this.#finish(),
      },
      unbuffered,
    );
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Sends the head of a stream that writes to its Node response, and what was written before it. */
  start(headers: Record<string, string>): void {
    const response = this.#response;
    if (!response || !this.#pending) return;
    const pending = this.#pending;
    this.#pending = null;
    if (response.destroyed) return this.#finish();
    response.writeHead(200, headers);
    for (const frame of pending) response.write(frame);
    if (this.#closed) response.end();
    else if (response.writableLength > this.#maxQueuedBytes) this.#cut();
  }

  /** Writes frames as `encodeEvent` makes them; the bytes are shared, never changed. */
  write(frame: Uint8Array): void {
    if (this.#closed) return;
    if (this.#pending) {
      this.#pending.push(frame);
    } else if (this.#response) {
      this.#response.write(frame);
      if (this.#response.writableLength > this.#maxQueuedBytes) this.#cut();
    } else {
      this.#controller!.enqueue(frame);
      if ((this.#controller!.desiredSize ?? 0) < -this.#maxQueuedBytes) this.close();
    }
  }

  keepAlive(): void {
    this.write(keepAliveFrame);
  }

  /** Ends the stream; the reader sees it close and may reconnect. */
  close(): void {
    if (this.#closed) return;
    if (this.#response) {
      // A stream not started yet ends as soon as its head is out.
      if (!this.#pending) this.#response.end();
    } else {
      try {
        this.#controller!.close();
      } catch {
        // already errored or cancelled
      }
    }
    this.#finish();
  }

  /** A reader too far behind: nothing it has not taken is worth keeping, as it resumes from the log. */
  #cut(): void {
    this.#response?.destroy();
    this.#finish();
  }

  #finish(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#onClose();
  }
}
