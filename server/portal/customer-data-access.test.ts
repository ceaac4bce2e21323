// Every customer-data route of the portal, walked with the owner, another customer of the same business, a customer
// of another business, and no one at all. The route table is checked against the routes the app really serves, so a
// route added without a row here fails this suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureName } from '../portals/settings.js';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { seedTwoTenants } from '../../test/support/fixtures.js';
import { portalUser, seedCustomerDataset, setPortalSettings, type CustomerDataset } from '../../test/support/customer-data-fixtures.js';

interface PortalRoute {
  method: 'GET' | 'POST';
  path: string;
  /** The feature that switches the route off; null when it belongs to every signed-in customer. */
  feature: FeatureName | null;
  /** A record route answers 404 to anyone but its owner; a list answers everyone, with their own records only. */
  kind: 'record' | 'list';
  /** The record in the path (record routes), or one the owner's answer must contain (lists). */
  id: (data: CustomerDataset) => string;
  body?: unknown;
  /** A file download: the answer is the file, not JSON. */
  download?: boolean;
}

const routes: PortalRoute[] = [
  { method: 'GET', path: '/overview', feature: null, kind: 'list', id: (d) => d.workOrderId },
  { method: 'GET', path: '/locations', feature: null, kind: 'list', id: (d) => d.locationId },
  { method: 'GET', path: '/objects', feature: 'objects', kind: 'list', id: (d) => d.objectId },
  { method: 'GET', path: '/objects/:id', feature: 'objects', kind: 'record', id: (d) => d.objectId },
  { method: 'GET', path: '/work-orders', feature: 'workOrders', kind: 'list', id: (d) => d.workOrderId },
  { method: 'GET', path: '/work-orders/:id', feature: 'workOrders', kind: 'record', id: (d) => d.workOrderId },
  // The calendar file names the work order in its UID.
  { method: 'GET', path: '/work-orders/:id/calendar.ics', feature: 'workOrders', kind: 'record', id: (d) => d.workOrderId },
  { method: 'GET', path: '/quotes', feature: 'quotes', kind: 'list', id: (d) => d.quoteId },
  { method: 'GET', path: '/quotes/:id', feature: 'quotes', kind: 'record', id: (d) => d.quoteId },
  { method: 'GET', path: '/quotes/:id/pdf', feature: 'quotes', kind: 'record', id: (d) => d.quoteId, download: true },
  { method: 'POST', path: '/quotes/:id/accept', feature: 'quotes', kind: 'record', id: (d) => d.quoteToAcceptId, body: { agree: true, fullName: 'J. Jansen' } },
  { method: 'POST', path: '/quotes/:id/decline', feature: 'quotes', kind: 'record', id: (d) => d.quoteToDeclineId, body: { reason: 'Te duur' } },
  { method: 'GET', path: '/invoices', feature: 'invoices', kind: 'list', id: (d) => d.invoiceId },
  { method: 'GET', path: '/invoices/:id', feature: 'invoices', kind: 'record', id: (d) => d.invoiceId },
  { method: 'GET', path: '/invoices/:id/pdf', feature: 'invoices', kind: 'record', id: (d) => d.invoiceId, download: true },
  { method: 'GET', path: '/documents', feature: 'documents', kind: 'list', id: (d) => d.documentId },
  { method: 'GET', path: '/documents/:id/file', feature: 'documents', kind: 'record', id: (d) => d.documentId, download: true },
  { method: 'GET', path: '/orders', feature: 'orders', kind: 'list', id: (d) => d.orderId },
  { method: 'GET', path: '/orders/:id', feature: 'orders', kind: 'record', id: (d) => d.orderId },
];

const customerDataPrefixes = ['/overview', '/locations', '/objects', '/work-orders', '/quotes', '/invoices', '/documents', '/orders'];

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let owner: CustomerDataset;
let neighbour: CustomerDataset;
let stranger: CustomerDataset;

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  for (const slug of ['alpha', 'bravo']) await setPortalSettings(t.deps.db, slug, (settings) => (settings.features.orders = true));
  const { alpha, bravo } = tenants;
  owner = await seedCustomerDataset(t.app, t.deps.db, alpha, alpha.customers[0]!, 'a1');
  neighbour = await seedCustomerDataset(t.app, t.deps.db, alpha, alpha.customers[1]!, 'a2');
  stranger = await seedCustomerDataset(t.app, t.deps.db, bravo, bravo.customers[0]!, 'b1');
});
afterAll(async () => {
  await t?.close();
});

const pathOf = (route: PortalRoute, data: CustomerDataset) => route.path.replace(':id', route.id(data));
const call = (slug: string, token: string | undefined, route: PortalRoute, path: string) => {
  const user = portalUser(t.app, slug, token);
  return route.method === 'GET' ? user.get(path) : user.post(path, route.body);
};

describe(`customer data in the portal on ${dialectUnderTest}`, () => {
  it('has a row in the route table for every customer-data route the portal serves', () => {
    const served = new Set(
      t.app.routes
        .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/v1/portal/:slug/'))
        .map((route) => ({ method: route.method, path: route.path.slice('/api/v1/portal/:slug'.length) }))
        // Conversations on a work order and their files belong to the messages feature and its own suite
        // (server/messages/files.test.ts); moving and cancelling a planned visit to booking and its suite
        // (server/bookings/bookings.test.ts), which tries them on other customers' work orders too.
        .filter(({ path }) => customerDataPrefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)) && !/\/messages(\/|$)/.test(path))
        .filter(({ path }) => !/^\/work-orders\/:id\/(reschedule|cancel-visit)$/.test(path))
        .map(({ method, path }) => `${method} ${path}`),
    );
    expect([...served].sort()).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it.each(routes)('$method $path: the owner only; others get 404 or none of it; no credentials 401', async (route) => {
    const { alpha, bravo } = tenants;
    const ownerIds = Object.values(owner);

    const anonymous = await call('alpha', undefined, route, pathOf(route, owner));
    expect(anonymous.status).toBe(401);

    for (const [slug, token] of [
      ['alpha', alpha.customers[1]!.token],
      ['bravo', bravo.customers[0]!.token],
    ] as const) {
      const response = await call(slug, token, route, pathOf(route, owner));
      const text = await response.text();
      if (route.kind === 'record') {
        expect(response.status).toBe(404);
        expect(JSON.parse(text).error.code).toBe('not_found');
      } else {
        expect(response.status).toBe(200);
      }
      for (const id of ownerIds) expect(text).not.toContain(id);
    }

    const response = await call('alpha', alpha.customers[0]!.token, route, pathOf(route, owner));
    expect(response.status).toBe(200);
    if (route.download) {
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; /);
      expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).toContain('a1 ');
    } else {
      const text = await response.text();
      expect(text).toContain(route.id(owner));
      for (const id of [...Object.values(neighbour), ...Object.values(stranger)]) expect(text).not.toContain(id);
    }
  });

  it.each(routes.filter((route) => route.feature !== null))('$method $path: 403 feature_disabled while $feature is switched off', async (route) => {
    const { alpha } = tenants;
    await setPortalSettings(t.deps.db, 'alpha', (settings) => (settings.features[route.feature!] = false));
    try {
      const response = await call('alpha', alpha.customers[0]!.token, route, pathOf(route, owner));
      expect(response.status).toBe(403);
      expect((await json(response)).error.code).toBe('feature_disabled');
    } finally {
      await setPortalSettings(t.deps.db, 'alpha', (settings) => (settings.features[route.feature!] = true));
    }
  });

  it('leaves out of the overview and of object details what a switched-off feature would show', async () => {
    const { alpha } = tenants;
    const user = portalUser(t.app, 'alpha', alpha.customers[0]!.token);
    await setPortalSettings(t.deps.db, 'alpha', (settings) => {
      settings.features.workOrders = false;
      settings.features.invoices = false;
      settings.features.documents = false;
    });
    try {
      const overview = await json(await user.get('/overview'));
      expect(overview.openWorkOrders).toBeNull();
      expect(overview.nextVisit).toBeNull();
      expect(overview.openInvoices).toBeNull();
      expect(overview.openQuotes).toEqual(expect.any(Number));
      const object = await json(await user.get(`/objects/${owner.objectId}`));
      expect(object.workOrders).toBeNull();
      expect(object.documents).toBeNull();
      expect(JSON.stringify(object)).not.toContain(owner.workOrderId);
    } finally {
      await setPortalSettings(t.deps.db, 'alpha', (settings) => {
        settings.features.workOrders = true;
        settings.features.invoices = true;
        settings.features.documents = true;
      });
    }
  });
});
