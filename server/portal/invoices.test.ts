// The customer's invoices: overdue worked out from the due date, a pay link only while there is something to pay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { seedTwoTenants } from '../../test/support/fixtures.js';
import { backOffice, portalUser } from '../../test/support/customer-data-fixtures.js';
import { businessToday } from '../customer-data/fields.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let office: ReturnType<typeof backOffice>;
let customer: ReturnType<typeof portalUser>;

async function pushInvoice(externalId: string, fields: Record<string, unknown>): Promise<string> {
  const response = await office.put(`/invoices/${externalId}`, {
    customerExternalId: 'alpha-c1',
    number: `F-${externalId}`,
    issueDate: '2020-01-01',
    dueDate: '2099-01-31',
    totalCents: 12100,
    totalExclVatCents: 10000,
    currency: 'EUR',
    status: 'open',
    paymentUrl: `https://pay.example.com/${externalId}`,
    ...fields,
  });
  expect(response.status).toBe(201);
  return (await t.deps.db.selectFrom('invoices').select('id').where('external_id', '=', externalId).executeTakeFirstOrThrow()).id;
}

const idsOf = async (path: string) => (await json(await customer.get(path))).items.map((item: { id: string }) => item.id);

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  office = backOffice(t.app, tenants.alpha.apiKey);
  customer = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
});
afterAll(async () => {
  await t?.close();
});

describe(`invoices in the portal on ${dialectUnderTest}`, () => {
  it('show an open invoice as overdue the day after its due date, and filter by what they show', async () => {
    const today = businessToday();
    const dueToday = await pushInvoice('due-today', { dueDate: today });
    const pastDue = await pushInvoice('past-due', { dueDate: '2020-01-31' });
    const paid = await pushInvoice('paid', { dueDate: '2020-01-31', status: 'paid' });

    expect((await json(await customer.get(`/invoices/${dueToday}`))).status).toBe('open');
    expect((await json(await customer.get(`/invoices/${pastDue}`))).status).toBe('overdue');
    expect((await json(await customer.get(`/invoices/${paid}`))).status).toBe('paid');

    expect(await idsOf('/invoices?status=overdue')).toEqual([pastDue]);
    expect(await idsOf('/invoices?status=open')).toEqual([dueToday]);
    expect(await idsOf('/invoices?status=open,overdue')).toEqual([pastDue, dueToday]);
  });

  it('offer the pay link only while the invoice is unpaid', async () => {
    const open = await pushInvoice('pay-open', {});
    const paid = await pushInvoice('pay-paid', { status: 'paid' });
    expect((await json(await customer.get(`/invoices/${open}`))).paymentUrl).toBe('https://pay.example.com/pay-open');
    expect((await json(await customer.get(`/invoices/${paid}`))).paymentUrl).toBeNull();
  });

  it('answer with the upsert’s fields under the portal’s ids, and nothing internal', async () => {
    await office.put('/work-orders/wo-1', { customerExternalId: 'alpha-c1', number: 'WO-1', description: 'Onderhoud', status: 'completed' });
    const id = await pushInvoice('mapped', { workOrderExternalId: 'wo-1' });
    const workOrderId = (await t.deps.db.selectFrom('work_orders').select('id').where('external_id', '=', 'wo-1').executeTakeFirstOrThrow()).id;
    const invoice = await json(await customer.get(`/invoices/${id}`));
    expect(Object.keys(invoice).sort()).toEqual(
      [
        'createdAt',
        'currency',
        'dueDate',
        'hasPdf',
        'id',
        'issueDate',
        'lines',
        'number',
        'paymentUrl',
        'status',
        'totalCents',
        'totalExclVatCents',
        'updatedAt',
        'workOrderId',
      ].sort(),
    );
    expect(invoice.workOrderId).toBe(workOrderId);
  });

  it('record who viewed an invoice', async () => {
    const id = await pushInvoice('viewed', {});
    await customer.get(`/invoices/${id}`);
    const events = await t.deps.db.selectFrom('audit_events').selectAll().where('subject_id', '=', id).execute();
    expect(events.map((event) => event.action)).toEqual(['invoice.viewed']);
  });
});
