// The customer's work orders: newest first in stable pages, filtered as a customer needs, only in the statuses the
// portal shows, with prices only when the business shows them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { seedTwoTenants } from '../../test/support/fixtures.js';
import { backOffice, pdfBytes, portalUser, setPortalSettings } from '../../test/support/customer-data-fixtures.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let office: ReturnType<typeof backOffice>;
let customer: ReturnType<typeof portalUser>;
let pushed = 0;

async function pushWorkOrder(fields: Record<string, unknown> = {}): Promise<string> {
  pushed += 1;
  const externalId = `wo-${pushed}`;
  const response = await office.put(`/work-orders/${externalId}`, {
    customerExternalId: 'alpha-c1',
    number: `WO-${pushed}`,
    description: `Werkbon ${pushed}`,
    status: 'planned',
    ...fields,
  });
  expect(response.status).toBe(201);
  return (await t.deps.db.selectFrom('work_orders').select('id').where('external_id', '=', externalId).executeTakeFirstOrThrow()).id;
}

async function allPages(path: string, limit: number, between?: () => Promise<void>): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const response = await customer.get(`${path}${separator}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(response.status).toBe(200);
    const page = await json(response);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((item: { id: string }) => item.id));
    cursor = page.nextCursor;
    await between?.();
  } while (cursor);
  return ids;
}

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  office = backOffice(t.app, tenants.alpha.apiKey);
  customer = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
});
afterAll(async () => {
  await t?.close();
});

describe(`work orders in the portal on ${dialectUnderTest}`, () => {
  it('come newest first in pages that neither repeat nor skip while new ones arrive', async () => {
    const existing: string[] = [];
    for (let n = 0; n < 23; n += 1) existing.push(await pushWorkOrder());
    const arriving: string[] = [];
    const seen = await allPages('/work-orders', 5, async () => {
      arriving.push(await pushWorkOrder());
    });
    expect(seen).toEqual([...existing].reverse());
    expect(new Set(seen).size).toBe(seen.length);

    const fresh = await json(await customer.get('/work-orders?limit=3'));
    expect(fresh.items.map((item: { id: string }) => item.id)).toEqual(arriving.slice(-3).reverse());
  });

  it('clamp the page size to 100 and refuse a cursor they did not give out', async () => {
    while (pushed < 110) await pushWorkOrder();
    const page = await json(await customer.get('/work-orders?limit=100000'));
    expect(page.items).toHaveLength(100);
    expect(page.nextCursor).toEqual(expect.any(String));
    const bad = await customer.get('/work-orders?cursor=not-a-cursor');
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.details[0].path).toBe('cursor');
  });

  it('filter by status (one or several) and by object', async () => {
    await office.put('/objects/boiler', { customerExternalId: 'alpha-c1', name: 'Ketel' });
    const forBoiler = await pushWorkOrder({ objectExternalId: 'boiler', status: 'in_progress' });
    const done = await pushWorkOrder({ status: 'completed' });
    const boilerId = (await t.deps.db.selectFrom('objects').select('id').where('external_id', '=', 'boiler').executeTakeFirstOrThrow()).id;

    expect(await allPages(`/work-orders?objectId=${boilerId}`, 10)).toEqual([forBoiler]);
    expect(await allPages('/work-orders?status=completed', 10)).toEqual([done]);
    expect(await allPages('/work-orders?status=completed,in_progress', 10)).toEqual([done, forBoiler]);
    const bad = await customer.get('/work-orders?status=finished');
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.details[0].path).toMatch(/^status/);
  });

  it('show only the statuses the portal shows: others are absent from lists and 404 in detail', async () => {
    const hidden = await pushWorkOrder({ status: 'cancelled' });
    await setPortalSettings(t.deps.db, 'alpha', (settings) => (settings.workOrders.visibleStatuses = ['planned', 'in_progress', 'completed']));
    try {
      expect(await allPages('/work-orders?status=cancelled', 10)).toEqual([]);
      expect(await allPages('/work-orders', 100)).not.toContain(hidden);
      expect((await customer.get(`/work-orders/${hidden}`)).status).toBe(404);
    } finally {
      await setPortalSettings(t.deps.db, 'alpha', (settings) => (settings.workOrders.visibleStatuses = ['open', 'planned', 'in_progress', 'completed', 'cancelled']));
    }
    expect((await customer.get(`/work-orders/${hidden}`)).status).toBe(200);
  });

  it('show prices only when the business shows them', async () => {
    const id = await pushWorkOrder({ totalCents: 45000 });
    const without = await json(await customer.get(`/work-orders/${id}`));
    expect(without).not.toHaveProperty('totalCents');
    await setPortalSettings(t.deps.db, 'alpha', (settings) => (settings.workOrders.showPrices = true));
    try {
      expect((await json(await customer.get(`/work-orders/${id}`))).totalCents).toBe(45000);
      const list = await json(await customer.get('/work-orders?limit=1'));
      expect(list.items[0].totalCents).toBe(45000);
    } finally {
      await setPortalSettings(t.deps.db, 'alpha', (settings) => (settings.workOrders.showPrices = false));
    }
  });

  it('give a work order in detail with its timeline, documents, and the portal’s ids for what it refers to', async () => {
    await office.put('/objects/heat-pump', { customerExternalId: 'alpha-c1', name: 'Warmtepomp' });
    const body = { customerExternalId: 'alpha-c1', objectExternalId: 'heat-pump', number: 'WO-D', description: 'Storing E10', status: 'open' };
    await office.put('/work-orders/detailed', body);
    await office.put('/work-orders/detailed', { ...body, status: 'planned', statusLabel: 'Ingepland', plannedStart: '2026-04-01T07:00:00Z' });
    await office.put('/work-orders/detailed', { ...body, status: 'completed', completedAt: '2026-04-01T09:30:00Z' });
    await office.put('/documents/werkbon', { customerExternalId: 'alpha-c1', workOrderExternalId: 'detailed', title: 'Werkbon' });
    await office.upload('/documents/werkbon/file?filename=werkbon.pdf', pdfBytes('werkbon'));
    const id = (await t.deps.db.selectFrom('work_orders').select('id').where('external_id', '=', 'detailed').executeTakeFirstOrThrow()).id;
    const objectId = (await t.deps.db.selectFrom('objects').select('id').where('external_id', '=', 'heat-pump').executeTakeFirstOrThrow()).id;

    const detail = await json(await customer.get(`/work-orders/${id}`));
    expect(detail).toEqual(
      expect.objectContaining({ id, objectId, number: 'WO-D', status: 'completed', statusLabel: null, completedAt: '2026-04-01T09:30:00.000Z' }),
    );
    expect(detail.timeline.map((entry: any) => [entry.status, entry.statusLabel])).toEqual([
      ['open', null],
      ['planned', 'Ingepland'],
      ['completed', null],
    ]);
    expect(detail.documents).toEqual([expect.objectContaining({ title: 'Werkbon', filename: 'werkbon.pdf', contentType: 'application/pdf', workOrderId: id })]);
    const text = JSON.stringify(detail);
    for (const internal of ['externalId', 'tenant', 'customerId', 'customer_id', 'detailed', 'heat-pump']) expect(text).not.toContain(internal);

    const objectDetail = await json(await customer.get(`/objects/${objectId}`));
    expect(objectDetail.workOrders.map((workOrder: { id: string }) => workOrder.id)).toEqual([id]);
  });
});
