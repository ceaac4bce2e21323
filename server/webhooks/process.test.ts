// The webhook worker as it runs in the server process: started by `serve`, stopped on SIGTERM, and a delivery that
// failed before a restart is made by the next process.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessTokenVerifier } from '../auth/access-tokens.js';
import { SigningKeys } from '../auth/signing-keys.js';
import type { Deps } from '../http/env.js';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../test/support/database.js';
import { seedContact, seedCustomer, seedTenant, signInAs } from '../../test/support/fixtures.js';
import { startServerProcess, type ServerProcess } from '../../test/support/processes.js';
import { until } from '../../test/support/until.js';
import { validRequest } from '../requests/test-support.js';
import { createWebhook } from './endpoints.js';
import { verifySignature } from './signature.js';
import { Receiver } from './test-receiver.js';

let database: TestDatabase;
let receiver: Receiver;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  receiver = new Receiver();
  await receiver.start();
});
afterAll(async () => {
  for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await receiver.stop();
  await database.close();
});

async function serve(): Promise<ServerProcess> {
  const server = await startServerProcess({ DATABASE_URL: database.url, ...database.env, KP_LOG: 'silent', KP_DEMO: '0', KP_WEBHOOK_ALLOW_PRIVATE: '1' });
  servers.push(server);
  return server;
}

describe(`webhooks from the running server on ${dialectUnderTest}`, () => {
  it('delivers a new request signed, and after a restart delivers what the last process could not', async () => {
    const tenant = await seedTenant(database.db, 'proces');
    const customerId = await seedCustomer(database.db, tenant.tenantId, 'P-1');
    const contactId = await seedContact(database.db, { tenantId: tenant.tenantId, customerId, email: 'p1@proces.example' });
    const keys = new SigningKeys(database.db);
    const deps = { db: database.db, auth: { keys, verifier: new AccessTokenVerifier(keys) } } as unknown as Deps;
    const { token } = await signInAs(deps, { tenantId: tenant.tenantId, portalId: tenant.portalId, contactId });
    const { secret } = await createWebhook(database.db, tenant.tenantId, { url: receiver.url, events: ['request.created'] });
    const submit = (server: ServerProcess, description: string) =>
      fetch(`${server.url}/api/v1/portal/proces/requests`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify(validRequest({ description })),
      });

    const first = await serve();
    expect((await submit(first, 'Proces: eerste')).status).toBe(201);
    await until(() => receiver.received.length === 1, 10_000, 'the first delivery');
    const delivered = receiver.received[0]!;
    expect(JSON.parse(delivered.body).data.request.description).toBe('Proces: eerste');
    expect(verifySignature(secret, delivered.signature, delivered.body)).toBe(true);

    // The receiver is down: the attempt fails and is due again seconds later, when this process is gone.
    receiver.answer = () => 503;
    expect((await submit(first, 'Proces: tweede')).status).toBe(201);
    await until(() => receiver.received.length === 2, 10_000, 'the second delivery');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const failedEventId = JSON.parse(receiver.received[1]!.body).id as string;

    receiver.answer = () => 200;
    await serve();
    await until(() => receiver.received.length === 3, 20_000, 'the retried delivery');
    const retried = JSON.parse(receiver.received[2]!.body);
    expect(retried.id).toBe(failedEventId);
    expect(retried.data.request.description).toBe('Proces: tweede');
    // The receiver has it; the worker records the answer a moment later.
    const delivery = () => database.db.selectFrom('webhook_deliveries').select(['status', 'attempts']).where('event_id', '=', failedEventId).executeTakeFirstOrThrow();
    await until(async () => (await delivery()).status !== 'pending', 5_000, 'the delivery recorded');
    expect(await delivery()).toEqual({ status: 'delivered', attempts: 2 });
  });
});
