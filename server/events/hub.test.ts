// One process's streams: kept alive, bounded, ended on shutdown, woken by PostgreSQL's NOTIFY, and the log pruned.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callPortal, seedTwoTenants } from '../../test/support/fixtures.js';
import { nowIso } from '../db/ids.js';
import { eventHubOf, type EventHubOptions } from './hub.js';
import { eventChannel, latestEventId, publishEvent, pruneEvents } from './log.js';
import { StreamReader } from './test-support.js';

let t: TestApp | undefined;
const readers: StreamReader[] = [];
afterEach(async () => {
  for (const reader of readers.splice(0)) await reader.close();
  await t?.close();
  t = undefined;
});

async function setUp(options: Partial<EventHubOptions>) {
  t = await createTestApp();
  // The hub's own LISTEN connection reaches this test's schema through the database's URL.
  t.deps.config = { ...t.deps.config, databaseUrl: t.database.url };
  eventHubOf(t.deps, options);
  return { t, world: await seedTwoTenants(t.deps) };
}

async function open(app: TestApp, token: string): Promise<StreamReader> {
  const response = await callPortal(app.app, 'alpha', '/events', { token });
  expect(response.status).toBe(200);
  const reader = new StreamReader(response);
  readers.push(reader);
  await reader.frame();
  return reader;
}

const aMessage = (tenantId: string, customerId: string, body: string) => ({
  tenantId,
  type: 'message.created' as const,
  business: { message: { id: 'msg_x', requestId: 'req_x', workOrderId: null, author: 'business' as const, authorName: 'Alpha', body, files: [], createdAt: nowIso() } },
  customer: {
    customerId,
    data: { message: { id: 'msg_x', requestId: 'req_x', workOrderId: null, author: 'business' as const, authorName: 'Alpha', body, files: [], createdAt: nowIso() } },
    requires: { features: ['messages' as const, 'requests' as const] },
  },
});

describe(`the event hub on ${dialectUnderTest}`, () => {
  it('writes a comment line on a quiet stream, so proxies keep it open', async () => {
    const { t, world } = await setUp({ pollIntervalMs: 20, heartbeatMs: 50 });
    const stream = await open(t, world.alpha.customers[0]!.token);
    expect((await stream.frame(2_000))?.comment).toBe('keep-alive');
  });

  it('refuses streams over the process’s bound with 429, whoever asks', async () => {
    const { t, world } = await setUp({ maxStreams: 1 });
    await open(t, world.alpha.customers[0]!.token);
    const refused = await callPortal(t.app, 'alpha', '/events', { token: world.alpha.customers[1]!.token });
    expect(refused.status).toBe(429);
    expect((await json(refused)).error.code).toBe('rate_limited');
    expect(refused.headers.get('retry-after')).not.toBeNull();
  });

  it('ends its streams when the server drains, and opens no new ones', async () => {
    const { t, world } = await setUp({ pollIntervalMs: 20 });
    const stream = await open(t, world.alpha.customers[0]!.token);
    t.deps.lifecycle.draining = true;
    expect(await stream.ended(2_000)).toBe(true);
    const refused = await callPortal(t.app, 'alpha', '/events', { token: world.alpha.customers[0]!.token });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).not.toBeNull();
  });

  it('cuts a reader that falls too far behind, and lets go of its stream', async () => {
    const { t, world } = await setUp({ pollIntervalMs: 20, maxQueuedBytes: 2_000 });
    const contact = world.alpha.customers[0]!;
    const response = await callPortal(t.app, 'alpha', '/events', { token: contact.token });
    const stream = new StreamReader(response);
    readers.push(stream);
    for (let n = 0; n < 20; n += 1) await publishEvent(t.deps.db, aMessage(world.alpha.tenantId, contact.customerId, `Bericht ${n} ${'x'.repeat(500)}`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await stream.ended(2_000)).toBe(true);
    expect(eventHubOf(t.deps).size).toBe(0);
  });

  it('keeps a day of events and prunes what is older', async () => {
    const { t, world } = await setUp({});
    const contact = world.alpha.customers[0]!;
    const longAgo = new Date(Date.now() - 25 * 3_600_000);
    await publishEvent(t.deps.db, aMessage(world.alpha.tenantId, contact.customerId, 'Oud'), longAgo);
    await publishEvent(t.deps.db, aMessage(world.alpha.tenantId, contact.customerId, 'Nieuw'));
    const latest = await latestEventId(t.deps.db);
    expect(await pruneEvents(t.deps.db, new Date(Date.now() - 24 * 3_600_000))).toBe(1);
    const left = await t.deps.db.selectFrom('events').select(['id', 'customer_data']).execute();
    expect(left.map((row) => Number(row.id))).toEqual([latest]);
    expect(left[0]!.customer_data).toContain('Nieuw');
  });

  it.runIf(dialectUnderTest === 'postgres')('is woken by a commit on another connection long before its next poll', async () => {
    const { t, world } = await setUp({ pollIntervalMs: 60_000 });
    const contact = world.alpha.customers[0]!;
    const stream = await open(t, contact.token);
    // Another process's write, as PostgreSQL sees it: a row and a NOTIFY in one transaction of another connection.
    const other = new pg.Client({ connectionString: t.database.url });
    await other.connect();
    try {
      // The hub's LISTEN connection is set up beside the first stream; give it a moment to be there.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const data = aMessage(world.alpha.tenantId, contact.customerId, 'Van een ander proces');
      await other.query('begin');
      await other.query(
        `insert into events (tenant_id, customer_id, type, business_data, customer_data, customer_requires, created_at) values ($1, $2, $3, $4, $5, $6, $7)`,
        [data.tenantId, contact.customerId, data.type, JSON.stringify(data.business), JSON.stringify(data.customer.data), JSON.stringify(data.customer.requires), nowIso()],
      );
      await other.query(`select pg_notify('${eventChannel}', '')`);
      await other.query('commit');
      const started = Date.now();
      const event = await stream.event(5_000);
      expect(event.data).toMatchObject({ message: { body: 'Van een ander proces' } });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await other.end();
    }
  });
});
