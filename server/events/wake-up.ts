// PostgreSQL's LISTEN on the event channel: a commit on any process wakes this process's poller at once instead of
// at its next tick. Only a shortcut: when the connection is down, polling alone still delivers everything.
import pg from 'pg';
import type { Logger } from '../http/logger.js';
import { eventChannel } from './log.js';

const reconnectAfterMs = 5_000;

export class PostgresWakeUp {
  #client: pg.Client | undefined;
  #retry: NodeJS.Timeout | undefined;
  #stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
    private readonly onNotify: () => void,
  ) {}

  start(): void {
    this.#stopped = false;
    void this.#connect();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => {});
  }

  async #connect(): Promise<void> {
    if (this.#stopped || this.#client) return;
    const client = new pg.Client({ connectionString: this.databaseUrl });
    this.#client = client;
    client.on('notification', () => this.onNotify());
    client.on('error', (error) => this.#lost(client, error));
    try {
      await client.connect();
      await client.query(`listen ${eventChannel}`);
    } catch (error) {
      this.#lost(client, error);
    }
  }

  #lost(client: pg.Client, error: unknown): void {
    if (this.#client !== client) return;
    this.#client = undefined;
    void client.end().catch(() => {});
    if (this.#stopped) return;
    this.logger.warn('event wake-up connection lost; polling meanwhile', { error: error instanceof Error ? error.message : String(error) });
    this.#retry = setTimeout(() => void this.#connect(), reconnectAfterMs);
    this.#retry.unref();
  }
}
