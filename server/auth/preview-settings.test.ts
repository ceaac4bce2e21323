// The console's settings form previews a customer's portal with settings not saved yet: the preview reads as if they
// were saved, and nothing else (the portal itself, a customer's own session) sees them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, seedContact, seedCustomer, seedTenant, signInAs, type SeededTenant } from '../../test/support/fixtures.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';
import { readPortalSettings } from '../portals/settings.js';

let t: TestApp;
let alpha: SeededTenant;
let contactId: string;
const admin = (method: string, path: string, body?: unknown) => callAdmin(t.app, alpha.apiKey, method, path, body);

beforeAll(async () => {
  t = await createTestApp();
  alpha = await seedTenant(t.deps.db, 'alpha', { workOrders: { showPrices: false, visibleStatuses: ['planned', 'completed'] } });
  const customerId = await seedCustomer(t.deps.db, alpha.tenantId, 'C-1');
  contactId = await seedContact(t.deps.db, { tenantId: alpha.tenantId, customerId, email: 'jan@example.com' });
  const workOrder = { customerExternalId: 'C-1', number: 'WB-1', description: 'Ketel vervangen', status: 'completed', totalCents: 14500 };
  expect((await admin('PUT', '/work-orders/WB-1', workOrder)).status).toBe(201);
  expect((await admin('PUT', '/invoices/F-1', { customerExternalId: 'C-1', number: 'F-1', issueDate: '2026-11-01', dueDate: '2026-12-01', totalCents: 14500, currency: 'EUR', status: 'open' })).status).toBe(201);
});
afterAll(async () => {
  await t.close();
});

async function savedSettings() {
  const row = await t.deps.db.selectFrom('portals').select('settings').where('id', '=', alpha.portalId).executeTakeFirstOrThrow();
  return readPortalSettings(row.settings);
}

describe(`a preview of settings not saved yet on ${dialectUnderTest}`, () => {
  it('reads the portal as if they were saved: a part switched off is 403, prices show; the portal itself is unchanged', async () => {
    const before = await savedSettings();
    const draft = { ...before, features: { ...before.features, invoices: false }, workOrders: { ...before.workOrders, showPrices: true } };
    const issued = await admin('POST', '/preview-token', { contactId, settings: draft });
    expect(issued.status).toBe(200);
    const { accessToken } = await json(issued);

    const workOrders = await json(await callPortal(t.app, 'alpha', '/work-orders', { token: accessToken }));
    expect(workOrders.items).toEqual([expect.objectContaining({ number: 'WB-1', totalCents: 14500 })]);
    const invoices = await callPortal(t.app, 'alpha', '/invoices', { token: accessToken });
    expect(invoices.status).toBe(403);
    expect((await json(invoices)).error.code).toBe('feature_disabled');

    // The customer's own session, and the saved settings, know nothing of the draft.
    expect(await savedSettings()).toEqual(before);
    const own = await signInAs(t.deps, { tenantId: alpha.tenantId, portalId: alpha.portalId, contactId });
    const ownWorkOrders = await json(await callPortal(t.app, 'alpha', '/work-orders', { token: own.token }));
    expect(ownWorkOrders.items[0]).not.toHaveProperty('totalCents');
    expect((await callPortal(t.app, 'alpha', '/invoices', { token: own.token })).status).toBe(200);
  });

  it('without settings reads the saved ones', async () => {
    const { accessToken } = await json(await admin('POST', '/preview-token', { contactId }));
    const workOrders = await json(await callPortal(t.app, 'alpha', '/work-orders', { token: accessToken }));
    expect(workOrders.items[0]).not.toHaveProperty('totalCents');
    expect((await callPortal(t.app, 'alpha', '/invoices', { token: accessToken })).status).toBe(200);
  });

  it('is for admins: role staff may preview as a customer, but not with settings of its own; bad settings are 400', async () => {
    await seedStaff(t.deps, { tenantId: alpha.tenantId, email: 'petra@alpha.example', name: 'Petra Planning', role: 'staff' });
    const cookie = await signInStaff(t.app, 'petra@alpha.example');
    expect((await callAdminAsStaff(t.app, cookie, 'POST', '/preview-token', { contactId })).status).toBe(200);
    const refused = await callAdminAsStaff(t.app, cookie, 'POST', '/preview-token', { contactId, settings: await savedSettings() });
    expect(refused.status).toBe(403);
    const sessions = async () => Number((await t.deps.db.selectFrom('sessions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await sessions();
    const bad = await admin('POST', '/preview-token', { contactId, settings: { name: '', features: { invoices: 'ja' } } });
    expect(bad.status).toBe(400);
    expect(await sessions()).toBe(before);
  });
});
