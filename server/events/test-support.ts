// Reading a text/event-stream in tests as a client would: frame by frame, events parsed, with time limits.
import type { StreamEvent } from './schemas.js';

export interface Frame {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
  retry?: number;
}

export interface ReceivedEvent extends StreamEvent {
  /** The frame's id: and event: lines. */
  lineId: string | undefined;
  lineType: string | undefined;
}

const decoder = new TextDecoder();

export class StreamReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  #buffer = '';
  #frames: Frame[] = [];
  #done = false;
  #reading: Promise<void> | undefined;

  constructor(readonly response: Response) {
    if (!response.body) throw new Error(`no stream: ${response.status}`);
    this.#reader = response.body.getReader();
  }

  /** The next frame, or undefined when the stream ended; throws after `timeoutMs` without one. */
  async frame(timeoutMs = 5_000): Promise<Frame | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (this.#frames.length === 0) {
      if (this.#done) return undefined;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no frame within ${timeoutMs} ms`);
      this.#reading ??= this.#read().finally(() => (this.#reading = undefined));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), left)));
      const outcome = await Promise.race([this.#reading, timedOut]);
      clearTimeout(timer);
      if (outcome === 'timeout') throw new Error(`no frame within ${timeoutMs} ms`);
    }
    return this.#frames.shift();
  }

  /** The next event (comments and retry lines skipped); throws when the stream ends or nothing comes in time. */
  async event(timeoutMs = 5_000): Promise<ReceivedEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const frame = await this.frame(Math.max(1, deadline - Date.now()));
      if (!frame) throw new Error('the stream ended');
      if (frame.data !== undefined) return { ...(JSON.parse(frame.data) as StreamEvent), lineId: frame.id, lineType: frame.event };
    }
  }

  /** Resolves true once the stream has ended; false when it is still open after `timeoutMs`. */
  async ended(timeoutMs = 5_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    try {
      while ((await this.frame(Math.max(1, deadline - Date.now()))) !== undefined) {
        // keep reading until the end
      }
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.#done = true;
    await this.#reader.cancel().catch(() => {});
  }

  async #read(): Promise<void> {
    const { value, done } = await this.#reader.read();
    if (done) {
      this.#done = true;
      return;
    }
    this.#buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = this.#buffer.indexOf('\n\n')) >= 0) {
      const block = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + 2);
      const frame: Frame = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) frame.comment = line.slice(1).trim();
        else if (line.startsWith('id: ')) frame.id = line.slice(4);
        else if (line.startsWith('event: ')) frame.event = line.slice(7);
        else if (line.startsWith('data: ')) frame.data = line.slice(6);
        else if (line.startsWith('retry: ')) frame.retry = Number(line.slice(7));
      }
      this.#frames.push(frame);
    }
  }
}
