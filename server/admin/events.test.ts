// The business's live updates: everything of its own business as the back office reads it, nothing of another's,
// for an API key and for a staff session alike, ended when the key is revoked or the session ends.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, seedTwoTenants } from '../../test/support/fixtures.js';
import { seedStaff } from '../../test/support/staff-fixtures.js';
import { nowIso } from '../db/ids.js';
import { eventHubOf } from '../events/hub.js';
import { StreamReader } from '../events/test-support.js';
import { submitRequest } from '../requests/test-support.js';
import { revokeStaffSession, startStaffSession } from '../staff/sessions.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
const readers: StreamReader[] = [];

beforeEach(async () => {
  t = await createTestApp();
  eventHubOf(t.deps, { pollIntervalMs: 50, accessCheckMs: 100 });
  world = await seedTwoTenants(t.deps);
});
afterEach(async () => {
  for (const reader of readers.splice(0)) await reader.close();
  await t.close();
});

async function open(headers: Record<string, string>): Promise<StreamReader> {
  const response = await t.app.request('/api/v1/admin/events', { headers });
  expect(response.status).toBe(200);
  const reader = new StreamReader(response);
  readers.push(reader);
  await reader.frame();
  return reader;
}

const withKey = (apiKey: string) => ({ Authorization: `Bearer ${apiKey}` });

async function staffSession(tenantId: string): Promise<{ sessionId: string; cookie: string }> {
  const staffId = await seedStaff(t.deps, { tenantId, email: 'planning@alpha.example', role: 'staff' });
  const session = await startStaffSession(t.deps.db, { tenantId, staffId });
  return { sessionId: session.sessionId, cookie: `kp_staff=${session.token}` };
}

describe(`GET /admin/events on ${dialectUnderTest}`, () => {
  it('tells the business of a new request, the customer’s message and a status move, as its back-office API reads them', async () => {
    const { alpha, bravo } = world;
    const contact = alpha.customers[0]!;
    const business = await open(withKey(alpha.apiKey));
    const other = await open(withKey(bravo.apiKey));

    const submitted = await submitRequest(t.app, 'alpha', contact.token);
    const requestId = (await json(submitted)).id as string;
    const created = await business.event();
    expect(created).toMatchObject({ type: 'request.created', data: { request: { id: requestId, portal: 'alpha', customer: { externalId: contact.externalId } } } });

    expect((await callPortal(t.app, 'alpha', `/requests/${requestId}/messages`, { token: contact.token, body: { body: 'Het lekt nog steeds' } })).status).toBe(201);
    expect(await business.event()).toMatchObject({ type: 'message.created', data: { message: { requestId, author: 'contact', body: 'Het lekt nog steeds' } } });

    expect((await callAdmin(t.app, alpha.apiKey, 'PATCH', `/requests/${requestId}`, { status: 'rejected', note: 'Geen onderhoudscontract' })).status).toBe(200);
    expect(await business.event()).toMatchObject({ type: 'request.updated', data: { request: { id: requestId, status: 'rejected' } } });

    // The other business's first event is its own: the stream is in the log's order, so the earlier ones never came.
    const theirs = await submitRequest(t.app, 'bravo', bravo.customers[0]!.token);
    expect((await other.event()).data).toMatchObject({ request: { id: (await json(theirs)).id } });
  });

  it('tells of a work order the back office pushed, with its own ids', async () => {
    const stream = await open(withKey(world.alpha.apiKey));
    const pushed = await callAdmin(t.app, world.alpha.apiKey, 'PUT', '/work-orders/WO-77', {
      customerExternalId: world.alpha.customers[0]!.externalId,
      number: 'WO-77',
      description: 'Ketel vervangen',
      status: 'planned',
    });
    expect(pushed.status).toBe(201);
    expect(await stream.event()).toMatchObject({ type: 'work_order.updated', data: { workOrder: { externalId: 'WO-77', customerExternalId: world.alpha.customers[0]!.externalId, status: 'planned' } } });
  });

  it('serves a staff session, and ends its stream when the session ends', async () => {
    const { sessionId, cookie } = await staffSession(world.alpha.tenantId);
    const stream = await open({ Cookie: cookie });
    const submitted = await submitRequest(t.app, 'alpha', world.alpha.customers[0]!.token, undefined, randomUUID());
    expect((await stream.event()).data).toMatchObject({ request: { id: (await json(submitted)).id } });
    await revokeStaffSession(t.deps.db, sessionId, 'logout');
    expect(await stream.ended(3_000)).toBe(true);
  });

  it('ends an API key’s stream when the key is revoked', async () => {
    const stream = await open(withKey(world.alpha.apiKey));
    expect(await stream.ended(300)).toBe(false);
    await t.deps.db.updateTable('api_keys').set({ revoked_at: nowIso() }).where('tenant_id', '=', world.alpha.tenantId).execute();
    expect(await stream.ended(3_000)).toBe(true);
  });
});
