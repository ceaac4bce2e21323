// Delivers the webhook outbox: claims due rows with a lease (so two server processes never send the same row at the
// same time), POSTs them signed, and retries failures with growing delays for a day. All state is in the database,
// so deliveries survive a restart. Runs beside the HTTP server; an API request never waits for a receiver.
import { randomBytes } from 'node:crypto';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../db/schema.js';
import { nowIso } from '../db/ids.js';
import type { Logger } from '../http/logger.js';
import { BackgroundLoop } from '../jobs/background-loop.js';
import { deliverableAddresses, systemResolver, type HostResolver, type ResolvedAddress } from './addresses.js';
import { signatureFor, signatureHeaderName } from './signature.js';

/** Wait after the 1st, 2nd, … failed attempt; the last value repeats until the delivery is a day old. */
export const retryDelaysMs = [5_000, 30_000, 2 * 60_000, 10 * 60_000, 30 * 60_000, 60 * 60_000, 2 * 3_600_000, 4 * 3_600_000, 8 * 3_600_000];
export const giveUpAfterMs = 24 * 3_600_000;

const deliveredRetentionMs = 7 * 24 * 3_600_000;
const failedRetentionMs = 30 * 24 * 3_600_000;
const housekeepingEveryMs = 3_600_000;

export interface WebhookWorkerOptions {
  db: Kysely<Database>;
  dialect: Dialect;
  logger: Logger;
  /** How often to look for due deliveries when the last look found none. */
  pollIntervalMs?: number;
  /** A receiver that has not answered within this time counts as failed. */
  attemptTimeoutMs?: number;
  batchSize?: number;
  /** How long a claim holds; longer than an attempt can take, so a live worker never loses its rows. */
  leaseMs?: number;
  now?: () => Date;
  /** How a receiver's host name becomes addresses; the system resolver unless a test decides. */
  resolve?: HostResolver;
  /** Deliver to loopback, private and other internal addresses too: for local development and tests only. */
  allowPrivateAddresses?: boolean;
}

interface ClaimedDelivery {
  id: string;
  eventId: string;
  payload: string;
  attempts: number;
  createdAt: string;
  leaseOwner: string;
  url: string;
  secret: string;
}

type Outcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

export class WebhookWorker {
  readonly #db: Kysely<Database>;
  readonly #dialect: Dialect;
  readonly #logger: Logger;
  readonly #attemptTimeoutMs: number;
  readonly #batchSize: number;
  readonly #leaseMs: number;
  readonly #now: () => Date;
  readonly #resolve: HostResolver;
  readonly #allowPrivateAddresses: boolean;
  readonly #workerId = randomBytes(6).toString('hex');
  readonly #loop: BackgroundLoop;
  #lastHousekeeping = 0;

  constructor(options: WebhookWorkerOptions) {
    this.#db = options.db;
    this.#dialect = options.dialect;
    this.#logger = options.logger;
    this.#attemptTimeoutMs = options.attemptTimeoutMs ?? 5_000;
    this.#batchSize = options.batchSize ?? 10;
    this.#leaseMs = options.leaseMs ?? Math.max(60_000, this.#attemptTimeoutMs * 4);
    this.#now = options.now ?? (() => new Date());
    this.#resolve = options.resolve ?? systemResolver;
    this.#allowPrivateAddresses = options.allowPrivateAddresses ?? false;
    this.#loop = new BackgroundLoop('webhook worker', async () => (await this.runOnce()) >= this.#batchSize, options.pollIntervalMs ?? 1_000, this.#logger);
  }

  start(): void {
    this.#loop.start();
  }

  /** Stops looking for work and waits for the attempts in flight (each bounded by the attempt timeout). */
  stop(): Promise<void> {
    return this.#loop.stop();
  }

  /** Claims one batch of due deliveries and attempts each; answers how many were attempted. */
  async runOnce(): Promise<number> {
    const claimed = await this.#claim();
    await Promise.all(claimed.map(async (delivery) => this.#record(delivery, await this.#attempt(delivery))));
    await this.#housekeeping();
    return claimed.length;
  }

  async #claim(): Promise<ClaimedDelivery[]> {
    const now = this.#now();
    const nowText = nowIso(now);
    const owner = `${this.#workerId}.${randomBytes(6).toString('hex')}`;
    let due = this.#db
      .selectFrom('webhook_deliveries')
      .select('id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', nowText)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowText)]))
      .orderBy('next_attempt_at')
      .limit(this.#batchSize);
    if (this.#dialect === 'postgres') due = due.forUpdate().skipLocked();
    // The conditions are repeated on the update itself: a row another worker claimed in the meantime no longer
    // matches them, so it is skipped instead of claimed twice.
    const claimed = await this.#db
      .updateTable('webhook_deliveries')
      .set({ lease_until: nowIso(new Date(now.getTime() + this.#leaseMs)), lease_owner: owner })
      .where('id', 'in', due)
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowText)]))
      .returning('id')
      .execute();
    if (claimed.length === 0) return [];
    const rows = await this.#db
      .selectFrom('webhook_deliveries')
      .innerJoin('webhooks', 'webhooks.id', 'webhook_deliveries.webhook_id')
      .select([
        'webhook_deliveries.id as id',
        'webhook_deliveries.event_id as eventId',
        'webhook_deliveries.payload as payload',
        'webhook_deliveries.attempts as attempts',
        'webhook_deliveries.created_at as createdAt',
        'webhooks.url as url',
        'webhooks.secret as secret',
      ])
      .where('webhook_deliveries.lease_owner', '=', owner)
      .execute();
    return rows.map((row) => ({ ...row, leaseOwner: owner }));
  }

  async #attempt(delivery: ClaimedDelivery): Promise<Outcome> {
    const timestamp = Math.floor(this.#now().getTime() / 1000);
    const signal = AbortSignal.timeout(this.#attemptTimeoutMs);
    try {
      const url = new URL(delivery.url);
      // Resolved and checked for every attempt, and the connection goes to exactly these addresses: a name that
      // resolved to a public address when the endpoint was saved may point into the server's own network today.
      const addresses = await untilAborted(deliverableAddresses(url, this.#resolve, this.#allowPrivateAddresses), signal);
      const statusCode = await post(url, addresses, {
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Klantportaal-Webhooks/1',
          [signatureHeaderName]: signatureFor(delivery.secret, delivery.payload, timestamp),
        },
        body: delivery.payload,
        signal,
      });
      if (statusCode >= 200 && statusCode < 300) return { ok: true, statusCode };
      return { ok: false, statusCode, error: `HTTP ${statusCode}` };
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      const message = timedOut
        ? `no answer within ${this.#attemptTimeoutMs} ms`
        : error instanceof Error
          ? String((error.cause as Error | undefined)?.message ?? error.message)
          : String(error);
      return { ok: false, statusCode: null, error: message.slice(0, 500) };
    }
  }

  async #record(delivery: ClaimedDelivery, outcome: Outcome): Promise<void> {
    const now = this.#now();
    const attempts = delivery.attempts + 1;
    // Guarded by the lease: had it run out and another worker taken the row over, that worker records the outcome.
    const update = this.#db.updateTable('webhook_deliveries').where('id', '=', delivery.id).where('lease_owner', '=', delivery.leaseOwner);
    if (outcome.ok) {
      await update
        .set({ status: 'delivered', attempts, delivered_at: nowIso(now), last_status_code: outcome.statusCode, last_error: null, lease_until: null, lease_owner: null })
        .execute();
      return;
    }
    const delay = retryDelaysMs[Math.min(attempts - 1, retryDelaysMs.length - 1)]!;
    const nextAttempt = new Date(now.getTime() + delay);
    const givingUp = nextAttempt.getTime() - Date.parse(delivery.createdAt) > giveUpAfterMs;
    await update
      .set({
        status: givingUp ? 'failed' : 'pending',
        attempts,
        next_attempt_at: nowIso(nextAttempt),
        last_status_code: outcome.statusCode,
        last_error: outcome.error,
        lease_until: null,
        lease_owner: null,
      })
      .execute();
    this.#logger.warn(givingUp ? 'webhook delivery given up' : 'webhook delivery failed', {
      deliveryId: delivery.id,
      eventId: delivery.eventId,
      attempts,
      error: outcome.error,
    });
  }

  async #housekeeping(): Promise<void> {
    const now = this.#now().getTime();
    if (now - this.#lastHousekeeping < housekeepingEveryMs) return;
    this.#lastHousekeeping = now;
    await this.#db
      .deleteFrom('webhook_deliveries')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'delivered'), eb('created_at', '<', nowIso(new Date(now - deliveredRetentionMs)))]),
          eb.and([eb('status', '=', 'failed'), eb('created_at', '<', nowIso(new Date(now - failedRetentionMs)))]),
        ]),
      )
      .execute();
  }
}

/** The promise's outcome, or the signal's reason once it aborts first (a DNS lookup cannot be cancelled itself). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * POSTs to `url` over a connection to one of `addresses` (the name is still sent as Host and for TLS), and answers
 * the status code. Redirects are not followed: the receiver's configured URL must answer itself.
 */
function post(url: URL, addresses: ResolvedAddress[], message: { headers: OutgoingHttpHeaders; body: string; signal: AbortSignal }): Promise<number> {
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...message.headers, 'Content-Length': Buffer.byteLength(message.body) },
        // A fresh connection each time: a pooled one may lead to an address checked for another attempt.
        agent: false,
        lookup,
        signal: message.signal,
      },
      (response) => {
        resolve(response.statusCode ?? 0);
        // Only the status counts; whatever body the receiver sends is not read.
        response.destroy();
      },
    );
    request.on('error', reject);
    request.end(message.body);
  });
}

export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const worker = new WebhookWorker(options);
  worker.start();
  return worker;
}
