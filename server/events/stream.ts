// One open text/event-stream: writes framed events and keep-alive comments, and ends itself when its reader falls
// too far behind (it reconnects and resumes from the log instead of holding the process's memory).
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

export class EventStream {
  readonly body: ReadableStream<Uint8Array>;
  #controller!: ReadableStreamDefaultController<Uint8Array>;
  #closed = false;
  readonly #onClose: () => void;
  readonly #maxQueuedBytes: number;

  constructor(options: { maxQueuedBytes: number; onClose: () => void }) {
    this.#onClose = options.onClose;
    this.#maxQueuedBytes = options.maxQueuedBytes;
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

  /** Writes frames as `encodeEvent` makes them; the bytes are shared, never changed. */
  write(frame: Uint8Array): void {
    if (this.#closed) return;
    this.#controller.enqueue(frame);
    if ((this.#controller.desiredSize ?? 0) < -this.#maxQueuedBytes) this.close();
  }

  keepAlive(): void {
    this.write(keepAliveFrame);
  }

  /** Ends the stream; the reader sees it close and may reconnect. */
  close(): void {
    if (this.#closed) return;
    try {
      this.#controller.close();
    } catch {
      // already errored or cancelled
    }
    this.#finish();
  }

  #finish(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#onClose();
  }
}
