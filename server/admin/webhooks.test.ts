import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, callPortal, seedTenant, seedTwoTenants } from '../../test/support/fixtures.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { submitRequest, validRequest } from '../requests/test-support.js';
import { verifySignature } from '../webhooks/signature.js';
import { Receiver } from '../webhooks/test-receiver.js';
import { WebhookWorker } from '../webhooks/worker.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let receiver: Receiver;
let worker: WebhookWorker;

beforeAll(async () => {
  // The receiver listens on 127.0.0.1, an address only a development setup may deliver to.
  t = await createTestApp({ config: { webhookAllowPrivate: true } });
  world = await seedTwoTenants(t.deps);
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  receiver = new Receiver();
  await receiver.start();
  worker = new WebhookWorker({ db: t.deps.db, dialect: t.deps.dialect, logger: t.deps.logger, allowPrivateAddresses: true });
  await t.deps.db.deleteFrom('webhooks').execute();
});
afterEach(async () => {
  await worker.stop();
  await receiver.stop();
});

async function subscribe(events: string[], apiKey = world.alpha.apiKey): Promise<{ id: string; secret: string }> {
  const response = await callAdmin(t.app, apiKey, 'POST', '/webhooks', { url: receiver.url, events });
  expect(response.status).toBe(201);
  return json(response);
}

const deliveredEvents = () => receiver.received.map((received) => JSON.parse(received.body) as { id: string; type: string; createdAt: string; data: any });

describe(`webhooks from the API on ${dialectUnderTest}`, () => {
  it('tells the back office of a new request, a message and a cancellation, each signed with its secret', async () => {
    const { secret } = await subscribe(['request.created', 'request.cancelled', 'message.created']);
    const alice = world.alpha.customers[0]!;
    const request = await json(await submitRequest(t.app, 'alpha', alice.token, validRequest({ description: 'Webhook: nieuw' })));
    await callPortal(t.app, 'alpha', `/requests/${request.id}/messages`, { token: alice.token, body: { body: 'Webhook: vraag' } });
    await callPortal(t.app, 'alpha', `/requests/${request.id}/cancel`, { token: alice.token, body: {} });
    while ((await worker.runOnce()) > 0);

    const events = deliveredEvents();
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(['request.created', 'message.created', 'request.cancelled']));
    expect(events).toHaveLength(3);
    const created = events.find((event) => event.type === 'request.created')!;
    expect(created.data.request).toMatchObject({
      id: request.id,
      reference: request.reference,
      status: 'submitted',
      description: 'Webhook: nieuw',
      customer: { externalId: alice.externalId },
      contact: { id: alice.contactId },
    });
    expect(events.find((event) => event.type === 'request.cancelled')!.data.request).toMatchObject({ id: request.id, status: 'cancelled' });
    expect(events.find((event) => event.type === 'message.created')!.data).toMatchObject({
      message: { body: 'Webhook: vraag', author: 'contact' },
      request: { id: request.id, reference: request.reference },
      customer: { externalId: alice.externalId },
    });
    for (const received of receiver.received) expect(verifySignature(secret, received.signature, received.body)).toBe(true);
  });

  it("sends a business nothing of another business's requests", async () => {
    await subscribe(['request.created'], world.bravo.apiKey);
    await submitRequest(t.app, 'alpha', world.alpha.customers[0]!.token, validRequest());
    while ((await worker.runOnce()) > 0);
    expect(receiver.received).toHaveLength(0);
  });

  it('answers the customer at once even while the receiver hangs', async () => {
    await subscribe(['request.created']);
    receiver.answer = () => 'hang';
    // The receiver gets three seconds before it counts as failed; the customer must not wait for any of them.
    worker = new WebhookWorker({ db: t.deps.db, dialect: t.deps.dialect, logger: t.deps.logger, attemptTimeoutMs: 3_000, pollIntervalMs: 10, allowPrivateAddresses: true });
    worker.start();
    await submitRequest(t.app, 'alpha', world.alpha.customers[0]!.token, validRequest());
    for (let waited = 0; receiver.received.length === 0 && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    const started = performance.now();
    const response = await submitRequest(t.app, 'alpha', world.alpha.customers[0]!.token, validRequest());
    expect(response.status).toBe(201);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(receiver.received).toHaveLength(1);
  });
});

describe(`a webhook's deliveries, and sending one again, on ${dialectUnderTest}`, () => {
  const deliveriesOf = async (webhookId: string, apiKey = world.alpha.apiKey) => callAdmin(t.app, apiKey, 'GET', `/webhooks/${webhookId}/deliveries`);

  it('lists event, status, attempts, last error and next attempt, newest first; a retried failure is signed and delivered once', async () => {
    const { id: webhookId, secret } = await subscribe(['request.created']);
    // The secret was shown once, on create: no list or delivery shows it again.
    expect(JSON.stringify(await json(await callAdmin(t.app, world.alpha.apiKey, 'GET', '/webhooks')))).not.toContain(secret);
    receiver.answer = () => 500;
    await submitRequest(t.app, 'alpha', world.alpha.customers[0]!.token, validRequest({ description: 'Eerste' }));
    await submitRequest(t.app, 'alpha', world.alpha.customers[0]!.token, validRequest({ description: 'Tweede' }));
    await worker.runOnce();

    const page = await json(await deliveriesOf(webhookId));
    expect(JSON.stringify(page)).not.toContain(secret);
    expect(page.nextCursor).toBeNull();
    expect(page.items).toHaveLength(2);
    const [newest, oldest] = page.items;
    expect(newest.createdAt >= oldest.createdAt).toBe(true);
    expect(JSON.parse(receiver.received.find((received) => JSON.parse(received.body).id === newest.eventId)!.body).data.request.description).toBe('Tweede');
    expect(oldest).toEqual({
      id: expect.stringMatching(/^whd_/),
      eventId: expect.stringMatching(/^evt_/),
      event: 'request.created',
      status: 'pending',
      attempts: 1,
      lastError: 'HTTP 500',
      lastStatusCode: 500,
      nextAttemptAt: expect.any(String),
      deliveredAt: null,
      createdAt: expect.any(String),
    });
    expect(Date.parse(oldest.nextAttemptAt)).toBeGreaterThan(Date.now());
    const limited = await json(await callAdmin(t.app, world.alpha.apiKey, 'GET', `/webhooks/${webhookId}/deliveries?limit=1`));
    expect(limited.items.map((item: { id: string }) => item.id)).toEqual([newest.id]);
    const next = await json(await callAdmin(t.app, world.alpha.apiKey, 'GET', `/webhooks/${webhookId}/deliveries?limit=1&cursor=${limited.nextCursor}`));
    expect(next.items.map((item: { id: string }) => item.id)).toEqual([oldest.id]);

    // Given up after a day of retries: only a retry sends it again.
    await t.deps.db.updateTable('webhook_deliveries').set({ status: 'failed' }).where('id', '=', oldest.id).execute();
    expect((await json(await deliveriesOf(webhookId))).items[1]).toMatchObject({ status: 'failed', nextAttemptAt: null });
    receiver.answer = () => 200;
    receiver.received.length = 0;
    const retried = await callAdmin(t.app, world.alpha.apiKey, 'POST', `/webhooks/${webhookId}/deliveries/${oldest.id}/retry`);
    expect(retried.status).toBe(200);
    expect(await json(retried)).toMatchObject({ id: oldest.id, status: 'pending', attempts: 1 });
    expect(await callAdmin(t.app, world.alpha.apiKey, 'POST', `/webhooks/${webhookId}/deliveries/${oldest.id}/retry`).then((answer) => answer.status)).toBe(200);
    // The other delivery is not yet due again: only the retried one goes out, once, however often retry was pressed.
    while ((await worker.runOnce()) > 0);
    expect(receiver.received).toHaveLength(1);
    const [received] = receiver.received;
    expect(JSON.parse(received!.body).id).toBe(oldest.eventId);
    expect(verifySignature(secret, received!.signature, received!.body)).toBe(true);
    expect((await json(await deliveriesOf(webhookId))).items[1]).toMatchObject({ status: 'delivered', attempts: 2, lastError: null, nextAttemptAt: null, deliveredAt: expect.any(String) });

    const again = await callAdmin(t.app, world.alpha.apiKey, 'POST', `/webhooks/${webhookId}/deliveries/${oldest.id}/retry`);
    expect(again.status).toBe(409);
    expect((await json(again)).error.details[0].reason).toBe('already_delivered');
    expect(
      await t.deps.db.selectFrom('audit_events').select('action').where('action', '=', 'webhook.delivery_retried').where('subject_id', '=', webhookId).execute(),
    ).toHaveLength(2);
  });

  it("another business's webhook or delivery is 404, and role staff gets 403", async () => {
    const { id: webhookId } = await subscribe(['request.created']);
    receiver.answer = () => 500;
    await submitRequest(t.app, 'alpha', world.alpha.customers[0]!.token, validRequest());
    await worker.runOnce();
    const [delivery] = (await json(await deliveriesOf(webhookId))).items;
    const other = await subscribe(['request.created'], world.bravo.apiKey);

    expect((await deliveriesOf(webhookId, world.bravo.apiKey)).status).toBe(404);
    expect((await callAdmin(t.app, world.bravo.apiKey, 'POST', `/webhooks/${webhookId}/deliveries/${delivery.id}/retry`)).status).toBe(404);
    expect((await callAdmin(t.app, world.bravo.apiKey, 'POST', `/webhooks/${other.id}/deliveries/${delivery.id}/retry`)).status).toBe(404);
    expect((await callAdmin(t.app, world.alpha.apiKey, 'POST', `/webhooks/${webhookId}/deliveries/whd_onbekend/retry`)).status).toBe(404);
    expect((await deliveriesOf('whk_onbekend')).status).toBe(404);

    await seedStaff(t.deps, { tenantId: world.alpha.tenantId, email: `monteur-${webhookId}@alpha.example`, role: 'staff' });
    const cookie = await signInStaff(t.app, `monteur-${webhookId}@alpha.example`);
    expect((await callAdminAsStaff(t.app, cookie, 'GET', `/webhooks/${webhookId}/deliveries`)).status).toBe(403);
    expect((await callAdminAsStaff(t.app, cookie, 'POST', `/webhooks/${webhookId}/deliveries/${delivery.id}/retry`)).status).toBe(403);
    const untouched = await t.deps.db.selectFrom('webhook_deliveries').select('next_attempt_at').where('id', '=', delivery.id).executeTakeFirstOrThrow();
    expect(Date.parse(untouched.next_attempt_at)).toBeGreaterThan(Date.now());
  });
});

describe(`webhook URLs into the server's own network on ${dialectUnderTest}`, () => {
  let guarded: TestApp;
  let apiKey: string;
  beforeAll(async () => {
    guarded = await createTestApp();
    apiKey = (await seedTenant(guarded.deps.db, 'bewaakt')).apiKey;
  });
  afterAll(async () => {
    await guarded.close();
  });

  it.each([
    'http://127.0.0.1:8080/hooks',
    'http://10.0.0.5/hooks',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/hooks',
    'http://[fd00::1]/hooks',
    'http://[::ffff:127.0.0.1]/hooks',
    'http://localhost:3000/hooks',
    'http://a.localhost/hooks',
    'https://user:pass@hooks.example/kp',
  ])('refuses %s with 400 on url, and saves nothing', async (url) => {
    const response = await callAdmin(guarded.app, apiKey, 'POST', '/webhooks', { url, events: ['request.created'] });
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details).toEqual([{ path: 'url', message: expect.stringMatching(/^must not (point to|contain a user name)/) }]);
    expect((await json(await callAdmin(guarded.app, apiKey, 'GET', '/webhooks'))).items).toEqual([]);
  });

  it('accepts a public name or address', async () => {
    for (const url of ['https://hooks.example/kp', 'http://93.184.216.34/hooks', 'https://[2606:4700::1111]/hooks']) {
      const response = await callAdmin(guarded.app, apiKey, 'POST', '/webhooks', { url, events: ['request.created'] });
      expect(response.status, url).toBe(201);
    }
  });

  it('accepts a private address when KP_WEBHOOK_ALLOW_PRIVATE is on, but never credentials in the URL', async () => {
    const created = await callAdmin(t.app, world.alpha.apiKey, 'POST', '/webhooks', { url: 'http://10.0.0.5/hooks', events: ['request.created'] });
    expect(created.status).toBe(201);
    const withCredentials = await callAdmin(t.app, world.alpha.apiKey, 'POST', '/webhooks', { url: 'https://user:pass@hooks.example/kp', events: ['request.created'] });
    expect(withCredentials.status).toBe(400);
  });
});
