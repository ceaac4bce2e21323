// One open text/event-stream: frames events with their id, writes keep-alive comments, and ends itself when its
// reader falls too far behind (it reconnects and resumes from the log instead of holding the process's memory).
import type { StreamEvent } from './schemas.js';

const encoder = new TextEncoder();

/** How long an EventSource waits before reconnecting after the stream ends. */
const reconnectAfterMs = 3_000;

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
          this.#write(`retry: ${reconnectAfterMs}\n\n`);
        },
        // The client went away (or the test stopped reading).
        cancel: () => this.#finish(),
      },
      // No high-water mark: desiredSize is then minus the bytes the reader has not taken yet.
      new ByteLengthQueuingStrategy({ highWaterMark: 0 }),
    );
  }

  get closed(): boolean {
    return this.#closed;
  }

  send(event: StreamEvent): void {
    this.#write(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
  }

  /** A comment line: ignored by readers, but it keeps proxies from closing a quiet stream. */
  comment(text: string): void {
    this.#write(`: ${text}\n\n`);
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

  #write(text: string): void {
    if (this.#closed) return;
    this.#controller.enqueue(encoder.encode(text));
    if ((this.#controller.desiredSize ?? 0) < -this.#maxQueuedBytes) this.close();
  }

  #finish(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#onClose();
  }
}
