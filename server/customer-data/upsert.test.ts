// The back office mirrors its records with PUT by its own id: created, updated, or left alone when nothing changed.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { seedTwoTenants } from '../../test/support/fixtures.js';
import { backOffice, portalUser, seedLocation, seedRequestRow } from '../../test/support/customer-data-fixtures.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let office: ReturnType<typeof backOffice>;
let otherOffice: ReturnType<typeof backOffice>;
const customer = 'alpha-c1';

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  office = backOffice(t.app, tenants.alpha.apiKey);
  otherOffice = backOffice(t.app, tenants.bravo.apiKey);
  await seedLocation(t.deps.db, { tenantId: tenants.alpha.tenantId, customerId: tenants.alpha.customers[0]!.customerId, externalId: 'loc-1' });
  await seedLocation(t.deps.db, { tenantId: tenants.alpha.tenantId, customerId: tenants.alpha.customers[1]!.customerId, externalId: 'loc-of-c2' });
  expect((await office.put('/objects/base-obj', { customerExternalId: customer, name: 'Cv-ketel' })).status).toBe(201);
  expect(
    (await office.put('/work-orders/base-wo', { customerExternalId: customer, number: 'WO-0', description: 'Onderhoud', status: 'completed' })).status,
  ).toBe(201);
});
afterAll(async () => {
  await t?.close();
});

interface ResourceCase {
  path: string;
  body: Record<string, unknown>;
  change: Record<string, unknown>;
}

const resources: ResourceCase[] = [
  {
    path: '/objects',
    body: {
      customerExternalId: customer,
      locationExternalId: 'loc-1',
      parentExternalId: 'base-obj',
      name: 'Warmtepomp',
      type: 'heat_pump',
      brand: 'Daikin',
      model: 'Altherma 3',
      serialNumber: 'SN-123',
      installedAt: '2021-05-04',
      warrantyUntil: '2031-05-04',
      lastServiceAt: '2025-05-01',
      nextServiceAt: '2026-05-01',
    },
    change: { nextServiceAt: '2026-06-01' },
  },
  {
    path: '/work-orders',
    body: {
      customerExternalId: customer,
      locationExternalId: 'loc-1',
      objectExternalId: 'base-obj',
      number: 'WO-1',
      workType: 'maintenance',
      description: 'Jaarlijks onderhoud',
      status: 'planned',
      statusLabel: 'Ingepland',
      plannedStart: '2026-03-02T08:00:00.000Z',
      plannedEnd: '2026-03-02T10:00:00.000Z',
      completedAt: null,
      totalCents: 12500,
    },
    change: { status: 'in_progress', statusLabel: 'Monteur onderweg' },
  },
  {
    path: '/quotes',
    body: {
      customerExternalId: customer,
      number: 'OF-1',
      title: 'Nieuwe ketel',
      lines: [{ description: 'Ketel', quantity: 1, unitPriceCents: 150000, vatRate: 21 }],
      totalCents: 181500,
      currency: 'EUR',
      validUntil: '2099-01-31',
      status: 'open',
    },
    change: { title: 'Nieuwe ketel, inclusief montage' },
  },
  {
    path: '/invoices',
    body: {
      customerExternalId: customer,
      workOrderExternalId: 'base-wo',
      number: 'F-1',
      issueDate: '2026-01-01',
      dueDate: '2026-01-15',
      totalCents: 12100,
      totalExclVatCents: 10000,
      currency: 'EUR',
      status: 'open',
      paymentUrl: 'https://pay.example.com/F-1',
    },
    change: { status: 'paid' },
  },
  {
    path: '/documents',
    body: { customerExternalId: customer, objectExternalId: 'base-obj', workOrderExternalId: 'base-wo', title: 'Onderhoudsrapport', category: 'report' },
    change: { category: 'certificate' },
  },
  {
    path: '/orders',
    body: {
      customerExternalId: customer,
      number: 'B-1',
      orderedAt: '2026-02-01',
      status: 'open',
      lines: [{ description: 'Filter', quantity: 2, unitPriceCents: 1250 }],
      totalCents: 2500,
      currency: 'EUR',
    },
    change: { status: 'shipped' },
  },
];

describe(`back-office upserts on ${dialectUnderTest}`, () => {
  it.each(resources)('$path: create 201, same body 200 without any change, changed body 200, GET, DELETE', async ({ path, body, change }) => {
    const url = `${path}/ext-${path.slice(1)}-1`;
    const created = await office.put(url, body);
    expect(created.status).toBe(201);
    const record = await json(created);
    expect(record.externalId).toBe(`ext-${path.slice(1)}-1`);
    for (const [field, value] of Object.entries(body)) expect(record[field]).toEqual(value);
    expect(record).not.toHaveProperty('id');
    expect(record).not.toHaveProperty('tenantId');

    await sleep(5);
    const again = await office.put(url, body);
    expect(again.status).toBe(200);
    expect(await json(again)).toEqual(record);

    const changed = await office.put(url, { ...body, ...change });
    expect(changed.status).toBe(200);
    const updated = await json(changed);
    for (const [field, value] of Object.entries(change)) expect(updated[field]).toEqual(value);
    expect(updated.createdAt).toBe(record.createdAt);
    expect(updated.updatedAt > record.updatedAt).toBe(true);

    expect(await json(await office.get(url))).toEqual(updated);
    expect((await otherOffice.get(url)).status).toBe(404);
    expect((await otherOffice.delete(url)).status).toBe(404);

    expect((await office.delete(url)).status).toBe(204);
    expect((await office.get(url)).status).toBe(404);
    expect((await office.delete(url)).status).toBe(404);
  });

  it('answers 401 without an API key and 404 for an unknown externalId', async () => {
    const response = await t.app.request('/api/v1/admin/objects/base-obj');
    expect(response.status).toBe(401);
    expect((await office.get('/objects/nope')).status).toBe(404);
    expect((await json(await office.get('/objects/nope'))).error.code).toBe('not_found');
  });

  it('keeps a work order status timeline: a status or stage name change appends, the same body does not', async () => {
    const body = { customerExternalId: customer, number: 'WO-T', description: 'Storing', status: 'open' };
    await office.put('/work-orders/timeline', body);
    await office.put('/work-orders/timeline', body);
    await office.put('/work-orders/timeline', { ...body, description: 'Storing: geen warm water' });
    await office.put('/work-orders/timeline', { ...body, status: 'planned' });
    await office.put('/work-orders/timeline', { ...body, status: 'planned', statusLabel: 'Onderdelen besteld' });
    const record = await json(await office.get('/work-orders/timeline'));
    expect(record.timeline.map((entry: any) => [entry.status, entry.statusLabel])).toEqual([
      ['open', null],
      ['planned', null],
      ['planned', 'Onderdelen besteld'],
    ]);
    expect(record.timeline.every((entry: any) => !Number.isNaN(Date.parse(entry.at)))).toBe(true);
  });

  it('stores times as UTC and treats absent, null and empty optional fields alike', async () => {
    const response = await office.put('/work-orders/times', {
      customerExternalId: customer,
      number: 'WO-Z',
      description: 'Inspectie',
      status: 'planned',
      statusLabel: '',
      plannedStart: '2026-03-02T09:00:00+01:00',
    });
    const record = await json(response);
    expect(record.plannedStart).toBe('2026-03-02T08:00:00.000Z');
    expect(record.statusLabel).toBeNull();
    expect(record.plannedEnd).toBeNull();
    const same = await office.put('/work-orders/times', {
      customerExternalId: customer,
      number: 'WO-Z',
      description: 'Inspectie',
      status: 'planned',
      plannedStart: '2026-03-02T08:00:00Z',
      plannedEnd: '',
      objectExternalId: '',
      completedAt: null,
    });
    expect((await json(same)).updatedAt).toBe(record.updatedAt);
  });

  it('refuses references to unknown records, or to records of another customer, naming each field', async () => {
    const unknownCustomer = await office.put('/objects/x', { customerExternalId: 'nobody', name: 'Ketel' });
    expect(unknownCustomer.status).toBe(400);
    const error = (await json(unknownCustomer)).error;
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual([expect.objectContaining({ path: 'customerExternalId' })]);

    const badReferences = await office.put('/work-orders/x', {
      customerExternalId: customer,
      locationExternalId: 'loc-of-c2',
      objectExternalId: 'no-such-object',
      requestId: 'req_unknown',
      number: 'WO-X',
      description: 'x',
      status: 'open',
    });
    expect(badReferences.status).toBe(400);
    expect((await json(badReferences)).error.details.map((detail: any) => detail.path)).toEqual(['locationExternalId', 'objectExternalId', 'requestId']);

    const invoice = await office.put('/invoices/x', {
      customerExternalId: 'alpha-c2',
      workOrderExternalId: 'base-wo',
      number: 'F-X',
      issueDate: '2026-01-01',
      dueDate: '2026-01-31',
      totalCents: 1,
      currency: 'EUR',
      status: 'open',
    });
    expect((await json(invoice)).error.details.map((detail: any) => detail.path)).toEqual(['workOrderExternalId']);

    const document = await office.put('/documents/x', { customerExternalId: customer, objectExternalId: 'nope', workOrderExternalId: 'nope', title: 'x' });
    expect((await json(document)).error.details.map((detail: any) => detail.path)).toEqual(['objectExternalId', 'workOrderExternalId']);

    const otherTenant = await otherOffice.put('/objects/x', { customerExternalId: customer, name: 'Ketel' });
    expect(otherTenant.status).toBe(400);
    for (const path of ['/objects/x', '/work-orders/x', '/invoices/x', '/documents/x']) expect((await office.get(path)).status).toBe(404);
  });

  it('refuses fields it does not know, and values of the wrong shape, naming the field', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['/objects/v', { customerExternalId: customer, name: 'Ketel', tenantId: 'ten_x' }, 'tenantId'],
      ['/objects/v', { customerExternalId: customer, name: 'Ketel', installedAt: '04-05-2021' }, 'installedAt'],
      ['/objects/v', { customerExternalId: customer, name: '' }, 'name'],
      ['/work-orders/v', { customerExternalId: customer, number: 'W', description: 'x', status: 'done' }, 'status'],
      [
        '/work-orders/v',
        { customerExternalId: customer, number: 'W', description: 'x', status: 'open', plannedStart: '2026-03-02T10:00:00Z', plannedEnd: '2026-03-02T08:00:00Z' },
        'plannedEnd',
      ],
      ['/work-orders/v', { customerExternalId: customer, number: 'W', description: 'x', status: 'open', plannedStart: '2026-03-02 10:00' }, 'plannedStart'],
      ['/work-orders/v', { customerExternalId: customer, number: 'W', description: 'x', status: 'open', totalCents: 12.5 }, 'totalCents'],
      [
        '/quotes/v',
        { customerExternalId: customer, number: 'Q', title: 'x', lines: [{ description: 'x', quantity: 1, unitPriceCents: 1 }], totalCents: 1, currency: 'EUR', status: 'open' },
        'lines.0.vatRate',
      ],
      ['/quotes/v', { customerExternalId: customer, number: 'Q', title: 'x', lines: [], totalCents: 1, currency: 'euro', status: 'open' }, 'currency'],
      [
        '/invoices/v',
        { customerExternalId: customer, number: 'F', issueDate: '2026-01-01', dueDate: '2026-01-31', totalCents: 1, currency: 'EUR', status: 'open', paymentUrl: 'javascript:alert(1)' },
        'paymentUrl',
      ],
      ['/invoices/v', { customerExternalId: customer, number: 'F', issueDate: '2026-02-01', dueDate: '2026-01-31', totalCents: 1, currency: 'EUR', status: 'open' }, 'dueDate'],
      ['/orders/v', { customerExternalId: customer, number: 'B', orderedAt: '2026-02-01', status: 'open', lines: [], totalCents: 1, currency: 'EUR', customerId: 'x' }, 'customerId'],
    ];
    for (const [path, body, field] of cases) {
      const response = await office.put(path, body);
      expect(response.status, `${path} ${field}`).toBe(400);
      const error = (await json(response)).error;
      expect(error.code).toBe('validation_failed');
      expect(JSON.stringify(error.details), `${path} ${field}`).toContain(field);
      expect((await office.get(path)).status).toBe(404);
    }
  });

  it('refuses an object that would become a part of itself', async () => {
    await office.put('/objects/unit', { customerExternalId: customer, name: 'Buitendeel' });
    await office.put('/objects/fan', { customerExternalId: customer, parentExternalId: 'unit', name: 'Ventilator' });
    const self = await office.put('/objects/unit', { customerExternalId: customer, parentExternalId: 'unit', name: 'Buitendeel' });
    expect(self.status).toBe(400);
    expect((await json(self)).error.details[0].path).toBe('parentExternalId');
    const loop = await office.put('/objects/unit', { customerExternalId: customer, parentExternalId: 'fan', name: 'Buitendeel' });
    expect(loop.status).toBe(400);
    expect((await json(await office.get('/objects/unit'))).parentExternalId).toBeNull();
  });

  it('unlinks, but keeps, what referred to a deleted object or work order', async () => {
    await office.put('/objects/old-boiler', { customerExternalId: customer, name: 'Oude ketel' });
    await office.put('/work-orders/old-job', { customerExternalId: customer, objectExternalId: 'old-boiler', number: 'WO-O', description: 'x', status: 'completed' });
    await office.put('/documents/old-doc', { customerExternalId: customer, objectExternalId: 'old-boiler', workOrderExternalId: 'old-job', title: 'Rapport' });
    expect((await office.delete('/objects/old-boiler')).status).toBe(204);
    expect((await json(await office.get('/work-orders/old-job'))).objectExternalId).toBeNull();
    expect((await office.delete('/work-orders/old-job')).status).toBe(204);
    const document = await json(await office.get('/documents/old-doc'));
    expect([document.objectExternalId, document.workOrderExternalId]).toEqual([null, null]);
  });

  it('keeps the customer answer on a quote when a sync job pushes it as still open', async () => {
    const quote = { customerExternalId: customer, number: 'OF-S', title: 'Airco', lines: [], totalCents: 100000, currency: 'EUR', validUntil: '2099-01-01', status: 'open' };
    await office.put('/quotes/synced', quote);
    const id = (await t.deps.db.selectFrom('quotes').select('id').where('external_id', '=', 'synced').executeTakeFirstOrThrow()).id;
    const accepted = await portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token).post(`/quotes/${id}/accept`, { agree: true, fullName: 'Jan Jansen' });
    expect(accepted.status).toBe(200);

    const again = await json(await office.put('/quotes/synced', quote));
    expect(again.status).toBe('accepted');
    expect(again.decision).toEqual(expect.objectContaining({ outcome: 'accepted', signedName: 'Jan Jansen', contactId: tenants.alpha.customers[0]!.contactId }));

    const withdrawn = await json(await office.put('/quotes/synced', { ...quote, status: 'withdrawn' }));
    expect(withdrawn.status).toBe('withdrawn');
  });

  it('links a work order to the customer request it answers', async () => {
    const { alpha } = tenants;
    const requestId = 'req_linked';
    await seedRequestRow(t.deps.db, {
      id: requestId,
      tenantId: alpha.tenantId,
      portalId: alpha.portalId,
      customerId: alpha.customers[1]!.customerId,
      contactId: alpha.customers[1]!.contactId,
      status: 'in_review',
    });
    const body = { number: 'WO-R', description: 'Lekkage verhelpen', status: 'open', requestId };
    expect((await office.put('/work-orders/from-request', { ...body, customerExternalId: 'alpha-c1' })).status).toBe(400);
    const linked = await office.put('/work-orders/from-request', { ...body, customerExternalId: 'alpha-c2' });
    expect(linked.status).toBe(201);
    expect((await json(linked)).requestId).toBe(requestId);
  });
});

describe(`the back office's record lists on ${dialectUnderTest}`, () => {
  it('list a tenant its own work orders newest first, page by page, and for one customer on request', async () => {
    const list = await createTestApp();
    try {
      const tenants = await seedTwoTenants(list.deps);
      const office = backOffice(list.app, tenants.alpha.apiKey);
      const other = backOffice(list.app, tenants.bravo.apiKey);
      for (const [n, customer] of [[1, 'alpha-c1'], [2, 'alpha-c2'], [3, 'alpha-c1']] as const) {
        expect((await office.put(`/work-orders/WO-${n}`, { customerExternalId: customer, number: `WO-${n}`, description: `Job ${n}`, status: 'open' })).status).toBe(201);
      }
      expect((await other.put('/work-orders/WO-B', { customerExternalId: 'bravo-c1', number: 'WO-B', description: 'Not yours', status: 'open' })).status).toBe(201);

      const first = await json(await office.get('/work-orders?limit=2'));
      expect(first.items.map((item: { externalId: string }) => item.externalId)).toEqual(['WO-3', 'WO-2']);
      const second = await json(await office.get(`/work-orders?limit=2&cursor=${first.nextCursor}`));
      expect(second.items.map((item: { externalId: string }) => item.externalId)).toEqual(['WO-1']);
      expect(second.nextCursor).toBeNull();

      const forCustomer = await json(await office.get('/work-orders?customerExternalId=alpha-c1'));
      expect(forCustomer.items.map((item: { externalId: string }) => item.externalId)).toEqual(['WO-3', 'WO-1']);
      expect((await json(await office.get('/work-orders?customerExternalId=bravo-c1'))).items).toEqual([]);
    } finally {
      await list.close();
    }
  });
});
