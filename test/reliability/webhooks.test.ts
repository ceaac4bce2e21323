// Webhook deliveries pending when the server is killed -9 (the receiver was down, so none had gone out) are made by
// the next process, each event once, signed, with the id it had from the start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhook } from '../../server/webhooks/endpoints.js';
import { verifySignature } from '../../server/webhooks/signature.js';
import { Receiver } from '../../server/webhooks/test-receiver.js';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../support/database.js';
import { businessWithContacts, killServers, newSubmission, serve, submit, until } from './support.js';

let database: TestDatabase;
let receiver: Receiver;
beforeAll(async () => {
  database = await createTestDatabase();
  receiver = new Receiver();
  await receiver.start();
});
afterAll(async () => {
  killServers();
  await receiver.stop();
  await database.close();
});

describe(`webhook deliveries pending at a crash, on ${dialectUnderTest}`, () => {
  it('are delivered after the restart, one per event, signed', async () => {
    const slug = 'haken';
    const { tenant, contacts } = await businessWithContacts(database, slug, 5);
    const { secret } = await createWebhook(database.db, tenant.tenantId, { url: receiver.url, events: ['request.created'] });
    receiver.answer = () => 503;

    // The receiver listens on 127.0.0.1, an address only a development setup may deliver to.
    const first = await serve(database, { KP_WEBHOOK_ALLOW_PRIVATE: '1' });
    const created: string[] = [];
    for (const [index, contact] of contacts.entries()) {
      for (let round = 0; round < 4; round += 1) {
        const response = await submit(first, slug, newSubmission(contact, `Melding ${index}-${round}`));
        expect(response.status).toBe(201);
        created.push(((await response.json()) as { id: string }).id);
      }
    }
    // Every event has had its first attempt refused and waits for its retry; none is held by an attempt in flight.
    const pendingAndIdle = async () => {
      const rows = await database.db.selectFrom('webhook_deliveries').select(['status', 'attempts', 'lease_owner']).execute();
      return rows.length === created.length && rows.every((row) => row.status === 'pending' && row.attempts >= 1 && row.lease_owner === null);
    };
    await until(pendingAndIdle, 20_000, 'every delivery attempted once and waiting');
    first.child.kill('SIGKILL');
    await first.exited;
    const refused = receiver.received.length;

    receiver.answer = () => 200;
    await serve(database, { KP_WEBHOOK_ALLOW_PRIVATE: '1' });
    await until(async () => {
      const delivered = await database.db.selectFrom('webhook_deliveries').select('id').where('status', '=', 'delivered').execute();
      return delivered.length === created.length;
    }, 30_000, 'every pending delivery made after the restart');

    const afterRestart = receiver.received.slice(refused).filter((delivery) => delivery.body.length > 0);
    const events = afterRestart.map((delivery) => JSON.parse(delivery.body) as { id: string; type: string; data: { request: { id: string } } });
    expect(events.map((event) => event.data.request.id).sort()).toEqual([...created].sort());
    expect(new Set(events.map((event) => event.id)).size).toBe(created.length);
    for (const delivery of afterRestart) expect(verifySignature(secret, delivery.signature, delivery.body)).toBe(true);
    // The same event ids the refused first attempts carried: the receiver can drop what it has seen.
    const firstIds = new Set(receiver.received.slice(0, refused).map((delivery) => (JSON.parse(delivery.body) as { id: string }).id));
    for (const event of events) expect(firstIds.has(event.id)).toBe(true);
  }, 60_000);
});
