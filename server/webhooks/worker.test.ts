import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../db/connect.js';
import { silentLogger } from '../http/logger.js';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../test/support/database.js';
import { seedTenant } from '../../test/support/fixtures.js';
import { createWebhook } from './endpoints.js';
import { enqueueWebhookEvent, type WebhookEventBody } from './outbox.js';
import { signatureHeaderName, verifySignature } from './signature.js';
import { Receiver } from './test-receiver.js';
import type { HostResolver } from './addresses.js';
import { WebhookWorker, type WebhookWorkerOptions } from './worker.js';

let database: TestDatabase;
let receiver: Receiver;
let tenantId: string;
let clock: Date;
const workers: WebhookWorker[] = [];

function worker(options: Partial<WebhookWorkerOptions> = {}): WebhookWorker {
  // The receiver listens on 127.0.0.1, an address only a development setup may deliver to.
  const created = new WebhookWorker({ db: database.db, dialect: database.dialect, logger: silentLogger, now: () => clock, allowPrivateAddresses: true, ...options });
  workers.push(created);
  return created;
}

async function deliveries() {
  return database.db.selectFrom('webhook_deliveries').selectAll().orderBy('created_at').execute();
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  receiver = new Receiver();
  await receiver.start();
  clock = new Date('2026-12-01T10:00:00.000Z');
  await database.db.deleteFrom('webhook_deliveries').execute();
  await database.db.deleteFrom('webhooks').execute();
  tenantId = (await seedTenant(database.db, `hooks-${Math.random().toString(36).slice(2, 8)}`)).tenantId;
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((running) => running.stop()));
  await receiver.stop();
});

describe(`webhook delivery on ${dialectUnderTest}`, () => {
  it('posts {id, type, createdAt, data} signed so the receiver can verify it with its secret', async () => {
    const { secret } = await createWebhook(database.db, tenantId, { url: receiver.url, events: ['request.created'] });
    const eventId = await enqueueWebhookEvent(database.db, tenantId, 'request.created', { request: { id: 'req_1', reference: 'KP-ABC234' } }, clock);

    expect(await worker().runOnce()).toBe(1);

    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    expect(delivery!.contentType).toBe('application/json');
    const body = JSON.parse(delivery!.body) as WebhookEventBody;
    expect(body).toEqual({ id: eventId, type: 'request.created', createdAt: clock.toISOString(), data: { request: { id: 'req_1', reference: 'KP-ABC234' } } });
    expect(delivery!.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const nowSeconds = Math.floor(clock.getTime() / 1000);
    expect(verifySignature(secret, delivery!.signature, delivery!.body, { nowSeconds })).toBe(true);
    // What a receiver must refuse: another secret, a changed body, a replay long after the fact.
    expect(verifySignature('whsec_other', delivery!.signature, delivery!.body, { nowSeconds })).toBe(false);
    expect(verifySignature(secret, delivery!.signature, delivery!.body.replace('KP-ABC234', 'KP-ZZZ999'), { nowSeconds })).toBe(false);
    expect(verifySignature(secret, delivery!.signature, delivery!.body, { nowSeconds: nowSeconds + 3600 })).toBe(false);
    expect((await deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 1, last_status_code: 200 });
  });

  it('sends an event only to the endpoints subscribed to its type', async () => {
    await createWebhook(database.db, tenantId, { url: receiver.url, events: ['message.created'] });
    await enqueueWebhookEvent(database.db, tenantId, 'request.created', { request: { id: 'req_1' } }, clock);
    expect(await worker().runOnce()).toBe(0);
    expect(receiver.received).toHaveLength(0);
  });

  it('retries a failing receiver within 10 seconds with the same event id, then with growing delays', async () => {
    await createWebhook(database.db, tenantId, { url: receiver.url, events: ['request.created'] });
    const eventId = await enqueueWebhookEvent(database.db, tenantId, 'request.created', { request: { id: 'req_1' } }, clock);
    let failures = 2;
    receiver.answer = () => (failures-- > 0 ? 500 : 204);
    const delivering = worker();

    await delivering.runOnce();
    const [first] = await deliveries();
    expect(first).toMatchObject({ status: 'pending', attempts: 1, last_status_code: 500, last_error: 'HTTP 500' });
    const firstDelay = Date.parse(first!.next_attempt_at) - clock.getTime();
    expect(firstDelay).toBeGreaterThan(0);
    expect(firstDelay).toBeLessThanOrEqual(10_000);

    // Not due yet: nothing is sent early.
    expect(await delivering.runOnce()).toBe(0);

    clock = new Date(Date.parse(first!.next_attempt_at));
    await delivering.runOnce();
    const [second] = await deliveries();
    expect(second).toMatchObject({ status: 'pending', attempts: 2 });
    expect(Date.parse(second!.next_attempt_at) - clock.getTime()).toBeGreaterThan(firstDelay);

    clock = new Date(Date.parse(second!.next_attempt_at));
    await delivering.runOnce();
    expect((await deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 3, last_error: null });
    expect(receiver.received.map((received) => JSON.parse(received.body).id)).toEqual([eventId, eventId, eventId]);
  });

  it('counts a receiver that does not answer in time as failed without waiting for it', async () => {
    await createWebhook(database.db, tenantId, { url: receiver.url, events: ['request.created'] });
    await enqueueWebhookEvent(database.db, tenantId, 'request.created', { request: { id: 'req_1' } }, clock);
    receiver.answer = () => 'hang';
    const started = Date.now();
    await worker({ attemptTimeoutMs: 300 }).runOnce();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await deliveries())[0]).toMatchObject({ status: 'pending', attempts: 1, last_error: 'no answer within 300 ms' });
  });

  it('gives up once the delivery is a day old', async () => {
    await createWebhook(database.db, tenantId, { url: receiver.url, events: ['request.created'] });
    await enqueueWebhookEvent(database.db, tenantId, 'request.created', { request: { id: 'req_1' } }, clock);
    receiver.answer = () => 503;
    const delivering = worker();
    const enqueuedAt = clock.getTime();
    for (let attempt = 0; attempt < 30; attempt++) {
      const [row] = await deliveries();
      if (row!.status !== 'pending') break;
      clock = new Date(Math.max(clock.getTime(), Date.parse(row!.next_attempt_at)));
      await delivering.runOnce();
    }
    const [row] = await deliveries();
    expect(row!.status).toBe('failed');
    expect(row!.attempts).toBeGreaterThan(5);
    expect(clock.getTime() - enqueuedAt).toBeLessThanOrEqual(24 * 3_600_000);
  });

  it('delivers what was queued before a restart, from a new worker on a new connection to the same database', async () => {
    await createWebhook(database.db, tenantId, { url: receiver.url, events: ['request.created', 'request.cancelled'] });
    const created = await enqueueWebhookEvent(database.db, tenantId, 'request.created', { request: { id: 'req_1' } }, clock);
    const cancelled = await enqueueWebhookEvent(database.db, tenantId, 'request.cancelled', { request: { id: 'req_1' } }, clock);
    // The first process claimed one delivery and died before sending it: its lease still holds.
    const leaseUntil = new Date(clock.getTime() + 60_000).toISOString();
    await database.db.updateTable('webhook_deliveries').set({ lease_until: leaseUntil, lease_owner: 'dead-process' }).where('event_id', '=', cancelled).execute();

    const restarted = connect(database.url, { poolSize: 2 });
    try {
      const after = new WebhookWorker({ db: restarted.db, dialect: restarted.dialect, logger: silentLogger, now: () => clock, allowPrivateAddresses: true });
      expect(await after.runOnce()).toBe(1);
      expect(receiver.received.map((received) => JSON.parse(received.body).id)).toEqual([created]);

      clock = new Date(clock.getTime() + 61_000);
      expect(await after.runOnce()).toBe(1);
      expect(receiver.received.map((received) => JSON.parse(received.body).id)).toEqual([created, cancelled]);
      expect((await deliveries()).every((row) => row.status === 'delivered')).toBe(true);
    } finally {
      await restarted.close();
    }
  });

  it('never sends a delivery twice when two server processes work the same outbox', async () => {
    await createWebhook(database.db, tenantId, { url: receiver.url, events: ['message.created'] });
    const eventIds: string[] = [];
    for (let n = 0; n < 24; n++) eventIds.push(await enqueueWebhookEvent(database.db, tenantId, 'message.created', { message: { n } }, clock));
    const second = connect(database.url, { poolSize: 2 });
    try {
      const a = worker({ batchSize: 5 });
      const b = new WebhookWorker({ db: second.db, dialect: second.dialect, logger: silentLogger, now: () => clock, batchSize: 5, allowPrivateAddresses: true });
      for (let round = 0; round < 6; round++) await Promise.all([a.runOnce(), b.runOnce()]);
    } finally {
      await second.close();
    }
    const sent = receiver.received.map((received) => JSON.parse(received.body).id as string);
    expect(sent.sort()).toEqual([...eventIds].sort());
  });

  it('runs in the background once started and stops cleanly', async () => {
    await createWebhook(database.db, tenantId, { url: receiver.url, events: ['contact.activated'] });
    const background = worker({ pollIntervalMs: 20, now: () => new Date() });
    background.start();
    await enqueueWebhookEvent(database.db, tenantId, 'contact.activated', { contact: { id: 'con_1' } });
    for (let waited = 0; receiver.received.length === 0 && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    await background.stop();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.signature).toBeDefined();
    expect(signatureHeaderName.toLowerCase()).toBe('klantportaal-signature');
  });
});

describe(`webhook destinations on ${dialectUnderTest}`, () => {
  /** A resolver where `hooks.example` has the given addresses, and which counts how often it is asked. */
  function resolving(...answers: string[][]): HostResolver & { calls: number } {
    const resolve = Object.assign(
      async (hostname: string) => {
        const addresses = answers[Math.min(resolve.calls++, answers.length - 1)]!;
        if (hostname !== 'hooks.example') throw new Error(`getaddrinfo ENOTFOUND ${hostname}`);
        return addresses.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) }));
      },
      { calls: 0 },
    );
    return resolve;
  }
  const hooksExampleUrl = () => receiver.url.replace('127.0.0.1', 'hooks.example');

  it('refuses to connect when the name resolves to a loopback address, and retries it like any failure', async () => {
    await createWebhook(database.db, tenantId, { url: hooksExampleUrl(), events: ['request.created'] });
    await enqueueWebhookEvent(database.db, tenantId, 'request.created', { request: { id: 'req_1' } }, clock);
    const resolve = resolving(['127.0.0.1']);

    expect(await worker({ resolve, allowPrivateAddresses: false }).runOnce()).toBe(1);

    expect(receiver.received).toHaveLength(0);
    const [row] = await deliveries();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_status_code: null, last_error: 'refused: hooks.example resolves to 127.0.0.1, an internal address (loopback)' });
    expect(Date.parse(row!.next_attempt_at)).toBeGreaterThan(clock.getTime());
  });

  it('refuses a name with one public and one private address, whichever the connection would pick', async () => {
    await createWebhook(database.db, tenantId, { url: hooksExampleUrl(), events: ['request.created'] });
    await enqueueWebhookEvent(database.db, tenantId, 'request.created', { request: { id: 'req_1' } }, clock);

    await worker({ resolve: resolving(['93.184.216.34', '::ffff:127.0.0.1']), allowPrivateAddresses: false }).runOnce();

    expect(receiver.received).toHaveLength(0);
    expect((await deliveries())[0]!.last_error).toBe('refused: hooks.example resolves to ::ffff:127.0.0.1, an internal address (loopback)');
  });

  it('refuses a stored URL whose host is an internal address, without asking DNS', async () => {
    await createWebhook(database.db, tenantId, { url: receiver.url, events: ['request.created'] });
    await enqueueWebhookEvent(database.db, tenantId, 'request.created', { request: { id: 'req_1' } }, clock);
    const resolve = resolving(['93.184.216.34']);

    await worker({ resolve, allowPrivateAddresses: false }).runOnce();

    expect(receiver.received).toHaveLength(0);
    expect(resolve.calls).toBe(0);
    expect((await deliveries())[0]!.last_error).toBe('refused: 127.0.0.1 is an internal address (loopback)');
  });

  it('connects to the address it checked, sending the name as Host, and resolves again for the next attempt', async () => {
    await createWebhook(database.db, tenantId, { url: hooksExampleUrl(), events: ['request.created'] });
    await enqueueWebhookEvent(database.db, tenantId, 'request.created', { request: { id: 'req_1' } }, clock);
    receiver.answer = () => 503;
    // hooks.example is unknown to the system's resolver: only a connection to the resolver's answer reaches the receiver.
    const resolve = resolving(['127.0.0.1']);
    const delivering = worker({ resolve });

    await delivering.runOnce();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.host).toBe(new URL(hooksExampleUrl()).host);
    expect(resolve.calls).toBe(1);

    receiver.answer = () => 200;
    clock = new Date(Date.parse((await deliveries())[0]!.next_attempt_at));
    await delivering.runOnce();
    expect(resolve.calls).toBe(2);
    expect((await deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('does not follow a redirect: the configured URL must answer itself', async () => {
    await createWebhook(database.db, tenantId, { url: receiver.url, events: ['request.created'] });
    await enqueueWebhookEvent(database.db, tenantId, 'request.created', { request: { id: 'req_1' } }, clock);
    receiver.answer = (request) => (request.url === '/hooks' ? { status: 307, location: '/elsewhere' } : 200);

    await worker().runOnce();

    expect(receiver.received).toHaveLength(1);
    expect((await deliveries())[0]).toMatchObject({ status: 'pending', last_status_code: 307, last_error: 'HTTP 307' });
  });
});
