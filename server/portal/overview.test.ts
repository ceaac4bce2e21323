// The home view's numbers: what is open for this customer, and nothing of anyone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { seedTwoTenants } from '../../test/support/fixtures.js';
import { backOffice, portalUser, seedRequestRow, setPortalSettings } from '../../test/support/customer-data-fixtures.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let customer: ReturnType<typeof portalUser>;
let underwayId: string;

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** One customer's records: `scale` multiplies the amounts so another customer's would show in the sums. */
async function seedOpenThings(tenant: typeof tenants.alpha, index: 0 | 1, scale: number) {
  const office = backOffice(t.app, tenant.apiKey);
  const { customerId, contactId, externalId: customerExternalId } = tenant.customers[index]!;
  for (const status of ['submitted', 'in_review', 'accepted', 'rejected', 'cancelled']) {
    await seedRequestRow(t.deps.db, { tenantId: tenant.tenantId, portalId: tenant.portalId, customerId, contactId, status });
  }
  const workOrder = (externalId: string, status: string, plannedStart?: string, plannedEnd?: string) =>
    office.put(`/work-orders/${customerExternalId}-${externalId}`, {
      customerExternalId,
      number: externalId,
      description: 'Onderhoud',
      status,
      ...(plannedStart ? { plannedStart } : {}),
      ...(plannedEnd ? { plannedEnd } : {}),
    });
  await workOrder('unplanned', 'open');
  await workOrder('later', 'planned', hoursFromNow(24 * 14), hoursFromNow(24 * 14 + 2));
  await workOrder('soon', 'planned', hoursFromNow(24 * 2), hoursFromNow(24 * 2 + 2));
  await workOrder('missed', 'planned', hoursFromNow(-48), hoursFromNow(-47));
  // Another customer's visit comes earlier than any of this one's: it must not show.
  if (scale !== 1) await workOrder('first', 'planned', hoursFromNow(1), hoursFromNow(2));
  await workOrder('done', 'completed', hoursFromNow(-48), hoursFromNow(-46));
  await workOrder('cancelled', 'cancelled', hoursFromNow(5), hoursFromNow(6));
  const invoice = (externalId: string, status: string, totalCents: number, dueDate: string, currency = 'EUR') =>
    office.put(`/invoices/${customerExternalId}-${externalId}`, {
      customerExternalId,
      number: externalId,
      issueDate: '2020-01-01',
      dueDate,
      totalCents: totalCents * scale,
      currency,
      status,
    });
  await invoice('due-later', 'open', 10000, '2099-01-01');
  await invoice('past-due', 'open', 20000, '2020-02-01');
  await invoice('marked-overdue', 'overdue', 5000, '2099-01-01');
  await invoice('paid', 'paid', 99999, '2020-02-01');
  await invoice('credited', 'credited', 12345, '2020-02-01');
  await invoice('dollars', 'open', 700, '2099-01-01', 'USD');
  const quote = (externalId: string, status: string, validUntil: string | null) =>
    office.put(`/quotes/${customerExternalId}-${externalId}`, {
      customerExternalId,
      number: externalId,
      title: 'Offerte',
      lines: [],
      totalCents: 1000,
      currency: 'EUR',
      validUntil,
      status,
    });
  await quote('valid', 'open', '2099-01-01');
  await quote('no-end', 'open', null);
  await quote('lapsed', 'open', '2020-01-01');
  await quote('accepted', 'accepted', '2099-01-01');
}

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  await seedOpenThings(tenants.alpha, 0, 1);
  await seedOpenThings(tenants.alpha, 1, 1000);
  await seedOpenThings(tenants.bravo, 0, 1000);
  customer = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
  const office = backOffice(t.app, tenants.alpha.apiKey);
  // Under way right now: the visit still counts as the next one until its planned end.
  const underway = await office.put('/work-orders/alpha-c1-underway', {
    customerExternalId: 'alpha-c1',
    number: 'underway',
    description: 'Storing',
    status: 'in_progress',
    plannedStart: hoursFromNow(-1),
    plannedEnd: hoursFromNow(1),
  });
  expect(underway.status).toBe(201);
  underwayId = (await t.deps.db.selectFrom('work_orders').select('id').where('external_id', '=', 'alpha-c1-underway').executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await t?.close();
});

describe(`the overview on ${dialectUnderTest}`, () => {
  it('counts what is open for this customer only', async () => {
    const response = await customer.get('/overview');
    expect(response.status).toBe(200);
    const overview = await json(response);
    expect(overview).toEqual({
      openRequests: 2,
      openWorkOrders: 5,
      nextVisit: expect.objectContaining({ id: underwayId, number: 'underway', status: 'in_progress' }),
      openInvoices: {
        count: 4,
        overdueCount: 2,
        totals: [
          { currency: 'EUR', totalCents: 35000 },
          { currency: 'USD', totalCents: 700 },
        ],
      },
      openQuotes: 2,
    });

    await backOffice(t.app, tenants.alpha.apiKey).put('/work-orders/alpha-c1-underway', {
      customerExternalId: 'alpha-c1',
      number: 'underway',
      description: 'Storing',
      status: 'completed',
    });
    const later = await json(await customer.get('/overview'));
    expect(later.openWorkOrders).toBe(4);
    expect(later.nextVisit).toEqual(expect.objectContaining({ number: 'soon' }));
  });

  it('follows the statuses the portal shows', async () => {
    await setPortalSettings(t.deps.db, 'alpha', (settings) => (settings.workOrders.visibleStatuses = ['in_progress', 'completed']));
    try {
      const overview = await json(await customer.get('/overview'));
      expect(overview.openWorkOrders).toBe(0);
      expect(overview.nextVisit).toBeNull();
    } finally {
      await setPortalSettings(t.deps.db, 'alpha', (settings) => (settings.workOrders.visibleStatuses = ['open', 'planned', 'in_progress', 'completed', 'cancelled']));
    }
  });

  it('has no numbers for features the portal does not show', async () => {
    await setPortalSettings(t.deps.db, 'alpha', (settings) => {
      settings.features.requests = false;
      settings.features.quotes = false;
    });
    try {
      const overview = await json(await customer.get('/overview'));
      expect(overview.openRequests).toBeNull();
      expect(overview.openQuotes).toBeNull();
      expect(overview.openWorkOrders).toBe(4);
      expect(overview.openInvoices.count).toBe(4);
    } finally {
      await setPortalSettings(t.deps.db, 'alpha', (settings) => {
        settings.features.requests = true;
        settings.features.quotes = true;
      });
    }
  });
});
