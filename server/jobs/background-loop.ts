// A job that runs beside the HTTP server: again and again, one run at a time, until stopped. Its state lives in the
// database, so stopping (or crashing) loses nothing: the next process picks up where this one left off.
import type { Logger } from '../http/logger.js';

export class BackgroundLoop {
  #running = false;
  #timer: NodeJS.Timeout | undefined;
  #current: Promise<void> | undefined;

  /** `run` answers true when more work is waiting, to run again at once instead of after the interval. */
  constructor(
    readonly name: string,
    private readonly run: () => Promise<boolean>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#schedule(0);
  }

  /** Stops scheduling and waits for the run in progress. */
  async stop(): Promise<void> {
    this.#running = false;
    clearTimeout(this.#timer);
    await this.#current;
  }

  #schedule(delayMs: number): void {
    if (!this.#running) return;
    this.#timer = setTimeout(() => {
      this.#current = this.run()
        .then((more) => this.#schedule(more ? 0 : this.intervalMs))
        .catch((error: unknown) => {
          this.logger.error(`${this.name} failed`, { error: error instanceof Error ? error.message : String(error) });
          // A database that is briefly away should not be hammered.
          this.#schedule(this.intervalMs * 5);
        });
    }, delayMs);
    // The loop alone never keeps the process alive.
    this.#timer.unref();
  }
}
