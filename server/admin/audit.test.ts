import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, seedTwoTenants } from '../../test/support/fixtures.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { auditPageSchema, type AuditEventOutput } from '../audit/trail.js';
import { submitRequest, validRequest } from '../requests/test-support.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof seedTwoTenants>>;
let staffId: string;
let cookie: string;
const asStaff = async (method: string, path: string, body?: unknown) => {
  const response = await callAdminAsStaff(t.app, cookie, method, path, body);
  expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(300);
  return response;
};

beforeAll(async () => {
  t = await createTestApp();
  world = await seedTwoTenants(t.deps);
  staffId = await seedStaff(t.deps, { tenantId: world.alpha.tenantId, email: 'planning@alpha.example', name: 'Petra Planning', role: 'admin' });
  cookie = await signInStaff(t.app, 'planning@alpha.example');
});
afterAll(async () => {
  await t.close();
});

async function trail(): Promise<AuditEventOutput[]> {
  return auditPageSchema.parse(await json(await callAdmin(t.app, world.alpha.apiKey, 'GET', '/audit?limit=100'))).items;
}

describe(`who the audit trail names on ${dialectUnderTest}`, () => {
  it('names the staff member, by kind, id and name, on every back-office change they make', async () => {
    const [alice] = world.alpha.customers;
    const invited = await json(await asStaff('POST', `/customers/${alice!.externalId}/contacts`, { email: 'collega@alpha.example', name: 'Collega' }));
    await asStaff('PATCH', `/contacts/${invited.contact.id}`, { role: 'admin' });
    await asStaff('POST', '/preview-token', { contactId: alice!.contactId });
    const request = await json(await submitRequest(t.app, 'alpha', alice!.token, validRequest()));
    await asStaff('PATCH', `/requests/${request.id}`, { status: 'in_review' });
    await asStaff('PUT', '/portals/alpha', { name: 'Alpha Installatie' });
    const webhook = await json(await asStaff('POST', '/webhooks', { url: 'https://hooks.alpha.example/kp', events: ['request.created'] }));
    await asStaff('DELETE', `/webhooks/${webhook.id}`);

    const events = await trail();
    const actions = ['contact.invited', 'contact.updated', 'preview.started', 'request.status_changed', 'portal.updated', 'webhook.created', 'webhook.deleted'];
    for (const action of actions) {
      expect(events.find((event) => event.action === action)?.actor, action).toEqual({ type: 'staff', id: staffId, name: 'Petra Planning' });
    }
  });

  it('names the API key a machine calls with, and no one for a contact', async () => {
    const key = await t.deps.db.selectFrom('api_keys').select(['id', 'name']).where('tenant_id', '=', world.alpha.tenantId).executeTakeFirstOrThrow();
    const [, bob] = world.alpha.customers;
    const request = await json(await submitRequest(t.app, 'alpha', bob!.token, validRequest()));
    expect((await callAdmin(t.app, world.alpha.apiKey, 'PATCH', `/requests/${request.id}`, { status: 'rejected', note: 'Buiten ons gebied' })).status).toBe(200);

    const events = (await trail()).filter((event) => event.subject?.id === request.id);
    expect(events.find((event) => event.action === 'request.status_changed')?.actor).toEqual({ type: 'api_key', id: key.id, name: key.name });
    expect(events.find((event) => event.action === 'request.submitted')?.actor).toEqual({ type: 'contact', id: bob!.contactId, name: null });
  });
});
