// What a customer plans around: the next visit, one completion date, the technician, the address, a calendar file
// for a planned visit, and an invoice's lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { seedTwoTenants } from '../../test/support/fixtures.js';
import { parseCalendar, property, unescapeText } from '../../test/support/icalendar.js';
import { backOffice, portalUser, seedLocation } from '../../test/support/customer-data-fixtures.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let office: ReturnType<typeof backOffice>;
let customer: ReturnType<typeof portalUser>;
let neighbour: ReturnType<typeof portalUser>;
let other: ReturnType<typeof portalUser>;
let pushed = 0;

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

async function portalId(table: 'work_orders' | 'invoices' | 'objects', externalId: string): Promise<string> {
  return (await t.deps.db.selectFrom(table).select('id').where('external_id', '=', externalId).executeTakeFirstOrThrow()).id;
}

/** A work order of `customerExternalId` (alpha-c1 unless said), its portal id. */
async function pushWorkOrder(fields: Record<string, unknown>, customerExternalId = 'alpha-c1', apiKey = tenants.alpha.apiKey): Promise<string> {
  pushed += 1;
  const externalId = `visit-${pushed}`;
  const response = await backOffice(t.app, apiKey).put(`/work-orders/${externalId}`, {
    customerExternalId,
    number: `WO-${pushed}`,
    description: 'Onderhoud cv-ketel',
    status: 'planned',
    ...fields,
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return portalId('work_orders', externalId);
}

async function nextVisitId(): Promise<string | null> {
  const overview = await json(await customer.get('/overview'));
  return overview.nextVisit?.id ?? null;
}

/** Finishes every unfinished work order of alpha-c1, so that each test of the next visit starts from none. */
async function clearVisits(): Promise<void> {
  await t.deps.db
    .updateTable('work_orders')
    .set({ status: 'cancelled' })
    .where('customer_id', '=', tenants.alpha.customers[0]!.customerId)
    .execute();
}

const invoiceBody = (fields: Record<string, unknown> = {}) => ({
  customerExternalId: 'alpha-c1',
  number: 'F-2026-001',
  issueDate: '2026-11-01',
  dueDate: '2099-12-01',
  totalCents: 29648,
  currency: 'EUR',
  status: 'open',
  lines: [
    { description: 'Onderhoud cv-ketel', quantity: 1, unitPriceCents: 12500, vatRate: 21 },
    { description: 'Arbeid, per uur', quantity: 1.5, unitPriceCents: 6500, vatRate: 21 },
    { description: 'Filter; klein', quantity: 2, unitPriceCents: 1250, vatRate: 9 },
  ],
  ...fields,
});

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  office = backOffice(t.app, tenants.alpha.apiKey);
  customer = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
  neighbour = portalUser(t.app, 'alpha', tenants.alpha.customers[1]!.token);
  other = portalUser(t.app, 'bravo', tenants.bravo.customers[0]!.token);
});
afterAll(async () => {
  await t?.close();
});

describe(`the next visit on ${dialectUnderTest}`, () => {
  it('is none when nothing is planned, and skips visits that have ended', async () => {
    await clearVisits();
    expect(await nextVisitId()).toBeNull();
    await pushWorkOrder({ plannedStart: hoursFromNow(-5), plannedEnd: hoursFromNow(-3) });
    await pushWorkOrder({ plannedStart: hoursFromNow(-2) });
    await pushWorkOrder({ status: 'open' });
    expect(await nextVisitId()).toBeNull();
    const planned = await pushWorkOrder({ plannedStart: hoursFromNow(48), plannedEnd: hoursFromNow(50) });
    expect(await nextVisitId()).toBe(planned);
  });

  it('is the nearest visit still to come, not a long window under way', async () => {
    await clearVisits();
    const window = await pushWorkOrder({ status: 'in_progress', plannedStart: hoursFromNow(-24 * 10), plannedEnd: hoursFromNow(24 * 20) });
    expect(await nextVisitId(), 'with nothing after it, the long window is what there is').toBe(window);
    const later = await pushWorkOrder({ plannedStart: hoursFromNow(24 * 7), plannedEnd: hoursFromNow(24 * 7 + 2) });
    const sooner = await pushWorkOrder({ plannedStart: hoursFromNow(24 * 3), plannedEnd: hoursFromNow(24 * 3 + 2) });
    expect(await nextVisitId()).toBe(sooner);
    expect(later).not.toBe(sooner);
    // Another customer's, sooner still, is not this customer's next visit.
    await pushWorkOrder({ plannedStart: hoursFromNow(1), plannedEnd: hoursFromNow(2) }, 'alpha-c2');
    expect(await nextVisitId()).toBe(sooner);
  });

  it('is the visit under way now, when it is a visit of a day at most', async () => {
    await clearVisits();
    await pushWorkOrder({ plannedStart: hoursFromNow(24), plannedEnd: hoursFromNow(26) });
    const now = await pushWorkOrder({ status: 'in_progress', plannedStart: hoursFromNow(-1), plannedEnd: hoursFromNow(2) });
    expect(await nextVisitId()).toBe(now);
  });
});

describe(`a completed work order on ${dialectUnderTest}`, () => {
  it('has one completion date: the timeline’s completed step says when the work was done', async () => {
    const id = await pushWorkOrder({ status: 'in_progress', plannedStart: '2026-03-02T08:00:00+01:00' });
    const completedAt = '2026-03-02T15:30:00.000Z';
    // The back office sends the news a day later: the customer still reads the day the work was done.
    const response = await office.put(`/work-orders/visit-${pushed}`, {
      customerExternalId: 'alpha-c1',
      number: `WO-${pushed}`,
      description: 'Onderhoud cv-ketel',
      status: 'completed',
      completedAt,
    });
    expect(response.status).toBe(200);
    const detail = await json(await customer.get(`/work-orders/${id}`));
    expect(detail.completedAt).toBe(completedAt);
    const completedSteps = detail.timeline.filter((step: { status: string }) => step.status === 'completed');
    expect(completedSteps).toHaveLength(1);
    expect(completedSteps[0].at).toBe(completedAt);
    const record = await json(await office.get(`/work-orders/visit-${pushed}`));
    expect(record.timeline.at(-1)).toEqual(expect.objectContaining({ status: 'completed', at: completedAt }));
  });
});

describe(`the technician and the address on ${dialectUnderTest}`, () => {
  it('keep only the technician’s first name, in the record and the portal', async () => {
    const id = await pushWorkOrder({ technicianFirstName: '  Jan  de Vries ' });
    expect((await json(await customer.get(`/work-orders/${id}`))).technicianFirstName).toBe('Jan');
    expect((await json(await office.get(`/work-orders/visit-${pushed}`))).technicianFirstName).toBe('Jan');
    const stored = await t.deps.db.selectFrom('work_orders').select('technician_name').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.technician_name).toBe('Jan');
    const none = await pushWorkOrder({ technicianFirstName: '' });
    expect((await json(await customer.get(`/work-orders/${none}`))).technicianFirstName).toBeNull();
    const list = await json(await customer.get('/work-orders?limit=5'));
    expect(list.items.find((item: { id: string }) => item.id === id).technicianFirstName).toBe('Jan');
  });

  it('show the address of a work order and an object, and whether the customer has other addresses', async () => {
    const { tenantId } = tenants.alpha;
    const { customerId } = tenants.alpha.customers[1]!;
    await seedLocation(t.deps.db, { tenantId, customerId, externalId: 'c2-home', name: 'Woning', street: 'Kerkstraat', city: 'Utrecht' });
    const home = await pushWorkOrder({ locationExternalId: 'c2-home', status: 'planned', plannedStart: hoursFromNow(30) }, 'alpha-c2');
    const unplaced = await pushWorkOrder({}, 'alpha-c2');
    expect((await json(await neighbour.get(`/work-orders/${home}`))).address).toEqual({
      id: expect.any(String),
      name: 'Woning',
      street: 'Kerkstraat',
      houseNumber: '1',
      postalCode: '1234 AB',
      city: 'Utrecht',
      country: 'NL',
      oneOfSeveral: false,
    });
    expect((await json(await neighbour.get(`/work-orders/${unplaced}`))).address).toBeNull();

    await seedLocation(t.deps.db, { tenantId, customerId, externalId: 'c2-cabin', street: 'Duinweg', city: 'Bergen' });
    expect((await office.put('/objects/c2-heatpump', { customerExternalId: 'alpha-c2', locationExternalId: 'c2-cabin', name: 'Warmtepomp' })).status).toBe(201);
    const objectId = await portalId('objects', 'c2-heatpump');
    const object = await json(await neighbour.get(`/objects/${objectId}`));
    expect(object.address).toEqual(expect.objectContaining({ name: null, street: 'Duinweg', city: 'Bergen', oneOfSeveral: true }));
    const objects = await json(await neighbour.get('/objects'));
    expect(objects.items.find((item: { id: string }) => item.id === objectId).address.street).toBe('Duinweg');
    const orders = await json(await neighbour.get('/work-orders'));
    expect(orders.items.find((item: { id: string }) => item.id === home).address).toEqual(expect.objectContaining({ street: 'Kerkstraat', oneOfSeveral: true }));
    expect((await json(await neighbour.get('/overview'))).nextVisit).toHaveProperty('address');
  });
});

describe(`the calendar file of a visit on ${dialectUnderTest}`, () => {
  it('is valid iCalendar at Amsterdam time, with the work, the business and the address', async () => {
    const { tenantId } = tenants.alpha;
    const { customerId } = tenants.alpha.customers[0]!;
    await seedLocation(t.deps.db, { tenantId, customerId, externalId: 'c1-home', street: 'Lange Nieuwstraat', city: 'Utrecht' });
    const id = await pushWorkOrder({
      workType: 'maintenance',
      locationExternalId: 'c1-home',
      plannedStart: '2026-07-14T09:00:00+02:00',
      plannedEnd: '2026-07-14T11:00:00+02:00',
      technicianFirstName: 'Jan',
    });
    const response = await customer.get(`/work-orders/${id}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="bezoek WO-\d+\.ics"/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const text = await response.text();
    const event = parseCalendar(text).components.find((component) => component.name === 'VEVENT')!;
    const portal = await t.deps.db.selectFrom('portals').select('settings').where('slug', '=', 'alpha').executeTakeFirstOrThrow();
    const businessName = JSON.parse(portal.settings).name as string;
    expect(unescapeText(property(event, 'SUMMARY')!.value)).toBe(`Onderhoud – ${businessName}`);
    expect(unescapeText(property(event, 'LOCATION')!.value)).toBe('Lange Nieuwstraat 1, 1234 AB Utrecht');
    expect(property(event, 'DTSTART')).toEqual({ name: 'DTSTART', params: { TZID: 'Europe/Amsterdam' }, value: '20260714T090000' });
    expect(property(event, 'DTEND')?.value).toBe('20260714T110000');
    expect(property(event, 'UID')?.value).toBe(`work-order-${id}@${new URL(t.deps.config.publicUrl).hostname}`);

    const winter = await pushWorkOrder({ plannedStart: '2026-12-15T08:00:00+01:00' });
    const english = await customer.get(`/work-orders/${winter}/calendar.ics?lang=en`);
    expect(english.headers.get('content-disposition')).toMatch(/filename="visit WO-\d+\.ics"/);
    const winterEvent = parseCalendar(await english.text()).components[1]!;
    expect(property(winterEvent, 'DTSTART')?.value).toBe('20261215T080000');
    expect(unescapeText(property(winterEvent, 'SUMMARY')!.value)).toBe(`Work order WO-${pushed} – ${businessName}`);
  });

  it('keeps its UID when the visit moves, so the appointment is updated rather than doubled', async () => {
    const id = await pushWorkOrder({ plannedStart: '2026-05-04T08:00:00+02:00' });
    const uid = async () => property(parseCalendar(await (await customer.get(`/work-orders/${id}/calendar.ics`)).text()).components[1]!, 'UID')!.value;
    const before = await uid();
    await office.put(`/work-orders/visit-${pushed}`, { customerExternalId: 'alpha-c1', number: `WO-${pushed}`, description: 'Onderhoud cv-ketel', status: 'planned', plannedStart: '2026-05-06T13:00:00+02:00' });
    expect(await uid()).toBe(before);
  });

  it('is 409 for a work order without a planned visit, and 404 for another customer’s or business’s', async () => {
    const unplanned = await pushWorkOrder({ status: 'open' });
    expect((await json(await customer.get(`/work-orders/${unplanned}/calendar.ics`))).error.code).toBe('conflict');
    const done = await pushWorkOrder({ status: 'completed', plannedStart: hoursFromNow(-30), completedAt: hoursFromNow(-28) });
    expect((await customer.get(`/work-orders/${done}/calendar.ics`)).status).toBe(409);
    const planned = await pushWorkOrder({ plannedStart: hoursFromNow(30) });
    expect((await neighbour.get(`/work-orders/${planned}/calendar.ics`)).status).toBe(404);
    expect((await other.get(`/work-orders/${planned}/calendar.ics`)).status).toBe(404);
    expect((await customer.get('/work-orders/wo_nothing/calendar.ics')).status).toBe(404);
  });
});

describe(`invoice lines on ${dialectUnderTest}`, () => {
  it('are stored, read back by the back office and served to the customer, with the total excluding VAT worked out', async () => {
    const response = await office.put('/invoices/lines-1', invoiceBody());
    expect(response.status, await response.clone().text()).toBe(201);
    const record = await json(response);
    expect(record.lines).toEqual(invoiceBody().lines);
    expect(record.totalExclVatCents).toBe(24750);
    const id = await portalId('invoices', 'lines-1');
    const invoice = await json(await customer.get(`/invoices/${id}`));
    expect(invoice.lines).toEqual(invoiceBody().lines);
    expect(invoice.totalCents).toBe(29648);
    expect(invoice.totalExclVatCents).toBe(24750);
    const list = await json(await customer.get('/invoices'));
    expect(list.items[0]).not.toHaveProperty('lines');
    expect((await neighbour.get(`/invoices/${id}`)).status).toBe(404);
  });

  it('take a total rounded per VAT rate, a cent off per line at most', async () => {
    expect((await office.put('/invoices/lines-rounded', invoiceBody({ totalCents: 29649, totalExclVatCents: 24750 }))).status).toBe(201);
  });

  it('refuse lines that do not add up to the total, or are not lines, and change nothing', async () => {
    const before = await json(await office.get('/invoices/lines-1'));
    const wrongTotal = await office.put('/invoices/lines-1', invoiceBody({ totalCents: 30000, lines: [invoiceBody().lines[0]] }));
    expect(wrongTotal.status).toBe(400);
    expect((await json(wrongTotal)).error.details).toEqual([expect.objectContaining({ path: 'totalCents', message: expect.stringContaining('15125') })]);
    const wrongExcl = await office.put('/invoices/lines-1', invoiceBody({ totalExclVatCents: 20000 }));
    expect((await json(wrongExcl)).error.details.map((detail: { path: string }) => detail.path)).toEqual(['totalExclVatCents']);
    for (const lines of [
      [{ description: '', quantity: 1, unitPriceCents: 100, vatRate: 21 }],
      [{ description: 'Arbeid', quantity: 1, unitPriceCents: 10.5, vatRate: 21 }],
      [{ description: 'Arbeid', quantity: 1, unitPriceCents: 100, vatRate: 121 }],
      [{ description: 'Arbeid', quantity: 1, unitPriceCents: 100 }],
      [{ description: 'Arbeid', quantity: 1, unitPriceCents: 100, vatRate: 21, internalCost: 50 }],
      Array.from({ length: 501 }, () => ({ description: 'Schroef', quantity: 1, unitPriceCents: 0, vatRate: 21 })),
      'lines',
    ]) {
      expect((await office.put('/invoices/lines-1', invoiceBody({ lines }))).status).toBe(400);
    }
    expect(await json(await office.get('/invoices/lines-1'))).toEqual(before);
  });

  it('are none when the back office sends none, as before', async () => {
    const response = await office.put('/invoices/no-lines', invoiceBody({ lines: undefined, totalCents: 12100, totalExclVatCents: null }));
    expect(response.status).toBe(201);
    expect((await json(response)).totalExclVatCents).toBeNull();
    const invoice = await json(await customer.get(`/invoices/${await portalId('invoices', 'no-lines')}`));
    expect(invoice.lines).toEqual([]);
    expect(invoice.totalCents).toBe(12100);
  });
});
