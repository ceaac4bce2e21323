// Live updates across real server processes on one database: a change made through one process reaches a stream
// held open by another, and a process that is told to stop ends its streams instead of waiting on them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../test/support/database.js';
import { seedContact, seedCustomer, seedTenant, signInAs, type SeededTenant } from '../../test/support/fixtures.js';
import { startServerProcess, type ServerProcess } from '../../test/support/processes.js';
import { AccessTokenVerifier } from '../auth/access-tokens.js';
import { SigningKeys } from '../auth/signing-keys.js';
import type { Deps } from '../http/env.js';
import { validRequest } from '../requests/test-support.js';
import { StreamReader } from './test-support.js';

let database: TestDatabase;
let tenant: SeededTenant;
let token: string;
const servers: ServerProcess[] = [];

async function serve(env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await startServerProcess({ DATABASE_URL: database.url, ...database.env, KP_LOG: 'silent', KP_DEMO: '0', ...env });
  servers.push(server);
  return server;
}

async function openStream(server: ServerProcess): Promise<StreamReader> {
  const response = await fetch(`${server.url}/api/v1/portal/${tenant.slug}/events`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const reader = new StreamReader(response);
  await reader.frame();
  return reader;
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await seedTenant(database.db, 'twee-processen');
  const customerId = await seedCustomer(database.db, tenant.tenantId, 'TP-1');
  const contactId = await seedContact(database.db, { tenantId: tenant.tenantId, customerId, email: 'tp@twee.example' });
  const keys = new SigningKeys(database.db);
  const deps = { db: database.db, auth: { keys, verifier: new AccessTokenVerifier(keys) } } as unknown as Deps;
  token = (await signInAs(deps, { tenantId: tenant.tenantId, portalId: tenant.portalId, contactId })).token;
});
afterAll(async () => {
  for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await database.close();
});

describe(`live updates across server processes on ${dialectUnderTest}`, () => {
  it('a business answer written through one process reaches the customer’s stream on the other', async () => {
    const [first, second] = [await serve(), await serve()];
    const submitted = await fetch(`${second.url}/api/v1/portal/${tenant.slug}/requests`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(validRequest()),
    });
    expect(submitted.status).toBe(201);
    const requestId = ((await submitted.json()) as { id: string }).id;

    const stream = await openStream(first!);
    // Written to the socket's response directly, the stream still carries what every answer of the API carries.
    const headers = stream.response.headers;
    expect(headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect([headers.get('cache-control'), headers.get('x-accel-buffering'), headers.get('x-content-type-options')]).toEqual(['no-store', 'no', 'nosniff']);
    expect(headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    const answered = await fetch(`${second!.url}/api/v1/admin/requests/${requestId}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tenant.apiKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: 'Wij komen dinsdag langs.' }),
    });
    expect(answered.status).toBe(201);
    const event = await stream.event(10_000);
    expect(event).toMatchObject({ type: 'message.created', data: { message: { requestId, author: 'business', body: 'Wij komen dinsdag langs.' } } });
    await stream.close();
    // Two server processes start in it, which on a busy machine takes a while.
  }, 90_000);

  it('ends its open streams on SIGTERM instead of waiting for them until the deadline', async () => {
    const server = await serve({ KP_SHUTDOWN_TIMEOUT_MS: '30000' });
    const stream = await openStream(server);
    const started = Date.now();
    server.child.kill('SIGTERM');
    expect(await stream.ended(10_000)).toBe(true);
    expect(await server.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
