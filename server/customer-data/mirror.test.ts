// The back office mirrors a realistic customer through the admin API (several locations, equipment with parts and
// years of service history, 50 work orders, invoices, quotes, documents, orders); the customer then reads all of it
// back through the portal API, and nothing of anyone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { seedTwoTenants } from '../../test/support/fixtures.js';
import {
  backOffice,
  docxBytes,
  jpegBytes,
  pdfBytes,
  pngBytes,
  portalUser,
  seedCustomerDataset,
  setPortalSettings,
} from '../../test/support/customer-data-fixtures.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let customer: ReturnType<typeof portalUser>;
const customerExternalId = 'alpha-c1';

const locations = [
  { externalId: 'home', name: 'Woonhuis', street: 'Lindelaan', houseNumber: '12', postalCode: '3581 AB', city: 'Utrecht' },
  { externalId: 'holiday', name: 'Vakantiewoning', street: 'Duinweg', houseNumber: '4a', postalCode: '4356 BA', city: 'Oostkapelle' },
  { externalId: 'rental', name: 'Verhuurappartement', street: 'Oudegracht', houseNumber: '201-bis', postalCode: '3511 NK', city: 'Utrecht' },
];

const objects = [
  { externalId: 'boiler', locationExternalId: 'home', name: 'Cv-ketel', type: 'boiler', brand: 'Remeha', model: 'Calenta Ace 28c', installedAt: '2016-10-03' },
  { externalId: 'boiler-pump', locationExternalId: 'home', parentExternalId: 'boiler', name: 'Circulatiepomp', brand: 'Grundfos' },
  { externalId: 'boiler-vessel', locationExternalId: 'home', parentExternalId: 'boiler', name: 'Expansievat', brand: 'Flamco' },
  { externalId: 'inverter', locationExternalId: 'home', name: 'Omvormer zonnepanelen', brand: 'SolarEdge', warrantyUntil: '2032-04-01' },
  { externalId: 'heat-pump', locationExternalId: 'holiday', name: 'Warmtepomp', brand: 'Daikin', model: 'Altherma 3 H HT', serialNumber: 'DK-88231' },
  { externalId: 'heat-pump-outdoor', locationExternalId: 'holiday', parentExternalId: 'heat-pump', name: 'Buitenunit' },
  { externalId: 'water-heater', locationExternalId: 'rental', name: 'Geiser', brand: 'Vaillant', lastServiceAt: '2025-09-12', nextServiceAt: '2026-09-12' },
];

const serviceable = ['boiler', 'inverter', 'heat-pump', 'water-heater'];

interface PushedWorkOrder {
  externalId: string;
  number: string;
  objectExternalId: string;
  history: string[];
}

/** 50 work orders over four years: most completed through every stage, some planned or open, a few cancelled. */
function workOrderPlan(): PushedWorkOrder[] {
  return Array.from({ length: 50 }, (_, n) => {
    const history =
      n < 38 ? ['open', 'planned', 'in_progress', 'completed'] : n < 44 ? ['open', 'planned'] : n < 47 ? ['open'] : ['open', 'planned', 'cancelled'];
    return { externalId: `WB-${2022 + Math.floor(n / 13)}-${String(n + 1).padStart(3, '0')}`, number: `WB${10400 + n}`, objectExternalId: serviceable[n % 4]!, history };
  });
}

const workOrders = workOrderPlan();

const invoices = Array.from({ length: 15 }, (_, n) => ({
  externalId: `F-${n + 1}`,
  workOrderExternalId: workOrders[n]!.externalId,
  number: `2025-${String(n + 301)}`,
  issueDate: `2025-${String((n % 12) + 1).padStart(2, '0')}-05`,
  dueDate: n === 14 ? '2099-01-31' : `2025-${String((n % 12) + 1).padStart(2, '0')}-19`,
  totalCents: 8950 + n * 1000,
  totalExclVatCents: Math.round((8950 + n * 1000) / 1.21),
  currency: 'EUR',
  status: n < 12 ? 'paid' : 'open',
  paymentUrl: `https://betalen.example.nl/${n + 1}`,
}));

const quotes = [
  { externalId: 'OF-1', status: 'open', validUntil: '2099-06-30', title: 'Vervanging geiser door boiler' },
  { externalId: 'OF-2', status: 'accepted', validUntil: '2025-03-01', title: 'Zonnepanelen uitbreiden' },
  { externalId: 'OF-3', status: 'open', validUntil: '2024-01-31', title: 'Vloerverwarming' },
  { externalId: 'OF-4', status: 'declined', validUntil: '2024-05-31', title: 'Airco slaapkamer' },
];

const documents = [
  { externalId: 'D-1', objectExternalId: 'boiler', title: 'Handleiding Calenta Ace', category: 'manual', bytes: pdfBytes('handleiding'), filename: 'handleiding.pdf', type: 'application/pdf' },
  { externalId: 'D-2', objectExternalId: 'boiler', title: 'Garantiebewijs', category: 'warranty', bytes: pdfBytes('garantie'), filename: 'garantie.pdf', type: 'application/pdf' },
  { externalId: 'D-3', objectExternalId: 'inverter', title: 'Opleverrapport', category: 'report', bytes: docxBytes(), filename: 'oplevering.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { externalId: 'D-4', objectExternalId: 'heat-pump', title: 'Foto typeplaatje', category: 'photo', bytes: jpegBytes(), filename: 'typeplaatje.jpg', type: 'image/jpeg' },
  { externalId: 'D-5', workOrderExternalId: workOrders[0]!.externalId, title: 'Werkbon', category: 'work_order', bytes: pdfBytes('werkbon 1'), filename: 'werkbon-1.pdf', type: 'application/pdf' },
  { externalId: 'D-6', workOrderExternalId: workOrders[1]!.externalId, title: 'Werkbon', category: 'work_order', bytes: pdfBytes('werkbon 2'), filename: 'werkbon-2.pdf', type: 'application/pdf' },
  { externalId: 'D-7', objectExternalId: 'water-heater', title: 'Rookgasanalyse', category: 'certificate', bytes: pngBytes(), filename: 'rookgas.png', type: 'image/png' },
  { externalId: 'D-8', objectExternalId: 'heat-pump', workOrderExternalId: workOrders[2]!.externalId, title: 'F-gassenlogboek', category: 'certificate', bytes: pdfBytes('f-gassen'), filename: 'logboek.pdf', type: 'application/pdf' },
];

const orders = [
  { externalId: 'B-1', status: 'delivered', lines: [{ description: 'Filter warmtepomp', quantity: 2, unitPriceCents: 1895 }] },
  { externalId: 'B-2', status: 'shipped', lines: [{ description: 'Thermostaat Otgw', quantity: 1, unitPriceCents: 14900 }] },
  { externalId: 'B-3', status: 'confirmed', lines: [{ description: 'Inhibitor', quantity: 3, unitPriceCents: 2450 }, { description: 'Verzending', quantity: 1, unitPriceCents: 695 }] },
  { externalId: 'B-4', status: 'cancelled', lines: [{ description: 'Radiatorventiel', quantity: 4, unitPriceCents: 1200 }] },
];

async function ok(response: Response | Promise<Response>, status = 200): Promise<any> {
  const answer = await response;
  const text = await answer.text();
  if (answer.status !== status) throw new Error(`${answer.status} instead of ${status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Every page of a portal list, and the raw text of every page to search for what must not be there. */
async function readAll(path: string): Promise<{ items: any[]; text: string }> {
  const items: any[] = [];
  let text = '';
  let cursor: string | null = null;
  do {
    const response = await customer.get(`${path}${path.includes('?') ? '&' : '?'}limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    const body = await response.text();
    expect(response.status).toBe(200);
    text += body;
    const page = JSON.parse(body);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return { items, text };
}

let strangerIds: string[];
let strangerNumbers: string[];

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  await setPortalSettings(t.deps.db, 'alpha', (settings) => {
    settings.features.orders = true;
    settings.workOrders.showPrices = true;
  });
  const office = backOffice(t.app, tenants.alpha.apiKey);

  await ok(office.put(`/customers/${customerExternalId}`, { name: 'Familie de Vries', debtorNumber: 'DEB-10042', email: 'devries@example.nl' }));
  for (const { externalId, ...location } of locations) await ok(office.put(`/customers/${customerExternalId}/locations/${externalId}`, location), 201);
  for (const { externalId, ...object } of objects) await ok(office.put(`/objects/${externalId}`, { customerExternalId, ...object }), 201);
  for (const workOrder of workOrders) {
    const location = objects.find((object) => object.externalId === workOrder.objectExternalId)!.locationExternalId;
    for (const [stage, status] of workOrder.history.entries()) {
      await ok(
        office.put(`/work-orders/${workOrder.externalId}`, {
          customerExternalId,
          locationExternalId: location,
          objectExternalId: workOrder.objectExternalId,
          number: workOrder.number,
          workType: 'maintenance',
          description: `Onderhoud ${workOrder.objectExternalId}`,
          status,
          ...(status === 'planned' ? { plannedStart: '2099-05-04T07:00:00Z', plannedEnd: '2099-05-04T09:00:00Z' } : {}),
          ...(status === 'completed' ? { completedAt: '2025-05-04T09:15:00Z', totalCents: 9500 } : {}),
        }),
        stage === 0 ? 201 : 200,
      );
    }
  }
  for (const { externalId, ...invoice } of invoices) {
    await ok(office.put(`/invoices/${externalId}`, { customerExternalId, ...invoice }), 201);
    await ok(office.upload(`/invoices/${externalId}/pdf`, pdfBytes(`factuur ${invoice.number}`), 'application/pdf'));
  }
  for (const quote of quotes) {
    await ok(
      office.put(`/quotes/${quote.externalId}`, {
        customerExternalId,
        number: quote.externalId,
        title: quote.title,
        lines: [{ description: quote.title, quantity: 1, unitPriceCents: 250000, vatRate: 21 }],
        totalCents: 302500,
        currency: 'EUR',
        validUntil: quote.validUntil,
        status: quote.status,
      }),
      201,
    );
    await ok(office.upload(`/quotes/${quote.externalId}/pdf`, pdfBytes(`offerte ${quote.externalId}`)));
  }
  for (const document of documents) {
    await ok(
      office.put(`/documents/${document.externalId}`, {
        customerExternalId,
        objectExternalId: document.objectExternalId ?? null,
        workOrderExternalId: document.workOrderExternalId ?? null,
        title: document.title,
        category: document.category,
      }),
      201,
    );
    await ok(office.upload(`/documents/${document.externalId}/file?filename=${document.filename}`, document.bytes));
  }
  for (const order of orders) {
    const total = order.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
    await ok(
      office.put(`/orders/${order.externalId}`, { customerExternalId, number: order.externalId, orderedAt: '2025-11-02', status: order.status, lines: order.lines, totalCents: total, currency: 'EUR' }),
      201,
    );
  }

  // A neighbour at the same business and a customer of another business, with records of every kind.
  const neighbour = await seedCustomerDataset(t.app, t.deps.db, tenants.alpha, tenants.alpha.customers[1]!, 'neighbour');
  const stranger = await seedCustomerDataset(t.app, t.deps.db, tenants.bravo, tenants.bravo.customers[0]!, 'stranger');
  strangerIds = [...Object.values(neighbour), ...Object.values(stranger)];
  strangerNumbers = ['NEIGHBOUR-WO-1', 'NEIGHBOUR-INV-1', 'NEIGHBOUR-Q', 'NEIGHBOUR-ORD-1', 'STRANGER-WO-1', 'STRANGER-INV-1', 'STRANGER-ORD-1'];

  customer = portalUser(t.app, 'alpha', tenants.alpha.customers[0]!.token);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

function expectNothingOfOthers(text: string): void {
  for (const id of strangerIds) expect(text).not.toContain(id);
  for (const number of strangerNumbers) expect(text).not.toContain(number);
}

describe(`a mirrored customer on ${dialectUnderTest}`, () => {
  it('sees their locations and equipment, with parts and service history', async () => {
    const { items: seenLocations, text: locationText } = await readAll('/locations');
    expect(seenLocations.map((location) => `${location.street} ${location.houseNumber}, ${location.city}`).sort()).toEqual(
      locations.map((location) => `${location.street} ${location.houseNumber}, ${location.city}`).sort(),
    );
    expectNothingOfOthers(locationText);

    const { items: seenObjects, text: objectText } = await readAll('/objects');
    expect(seenObjects.map((object) => object.name).sort()).toEqual(objects.map((object) => object.name).sort());
    expectNothingOfOthers(objectText);
    const byName = new Map(seenObjects.map((object) => [object.name, object]));
    const home = seenLocations.find((location) => location.name === 'Woonhuis')!;
    expect(byName.get('Cv-ketel')).toEqual(expect.objectContaining({ locationId: home.id, brand: 'Remeha', installedAt: '2016-10-03', parentId: null }));

    const boiler = await ok(customer.get(`/objects/${byName.get('Cv-ketel')!.id}`));
    expect(boiler.children.map((child: any) => child.name).sort()).toEqual(['Circulatiepomp', 'Expansievat']);
    expect(boiler.children.every((child: any) => child.parentId === boiler.id)).toBe(true);
    const boilerOrders = workOrders.filter((workOrder) => workOrder.objectExternalId === 'boiler');
    expect(boiler.workOrders.map((workOrder: any) => workOrder.number).sort()).toEqual(boilerOrders.map((workOrder) => workOrder.number).sort());
    expect(boiler.documents.map((document: any) => document.title).sort()).toEqual(['Garantiebewijs', 'Handleiding Calenta Ace']);
    expectNothingOfOthers(JSON.stringify(boiler));
  });

  it('sees all 50 work orders, each with the timeline of its stages', async () => {
    const { items, text } = await readAll('/work-orders');
    expect(items).toHaveLength(50);
    expect(items.map((item) => item.number).sort()).toEqual(workOrders.map((workOrder) => workOrder.number).sort());
    expectNothingOfOthers(text);
    for (const pushed of [workOrders[0]!, workOrders[40]!, workOrders[45]!, workOrders[48]!]) {
      const item = items.find((candidate) => candidate.number === pushed.number);
      const detail = await ok(customer.get(`/work-orders/${item.id}`));
      expect(detail.timeline.map((entry: any) => entry.status)).toEqual(pushed.history);
      expect(detail.status).toBe(pushed.history.at(-1));
    }
    const completed = await readAll('/work-orders?status=completed');
    expect(completed.items).toHaveLength(38);
    expect(completed.items.every((item) => item.totalCents === 9500 && item.completedAt === '2025-05-04T09:15:00.000Z')).toBe(true);
  });

  it('sees every invoice with its PDF, quotes in their state, documents with their files, and orders with their lines', async () => {
    const seenInvoices = await readAll('/invoices');
    expect(seenInvoices.items.map((invoice) => invoice.number).sort()).toEqual(invoices.map((invoice) => invoice.number).sort());
    expect(seenInvoices.items.filter((invoice) => invoice.status === 'overdue')).toHaveLength(2);
    expect(seenInvoices.items.filter((invoice) => invoice.status === 'paid')).toHaveLength(12);
    expectNothingOfOthers(seenInvoices.text);
    const lastInvoice = seenInvoices.items.find((invoice) => invoice.number === invoices[14]!.number);
    const pdf = await customer.get(`/invoices/${lastInvoice.id}/pdf`);
    expect(Buffer.from(await pdf.arrayBuffer()).equals(pdfBytes(`factuur ${invoices[14]!.number}`))).toBe(true);

    const seenQuotes = await readAll('/quotes');
    expect(Object.fromEntries(seenQuotes.items.map((quote) => [quote.number, quote.status]))).toEqual({
      'OF-1': 'open',
      'OF-2': 'accepted',
      'OF-3': 'expired',
      'OF-4': 'declined',
    });
    expectNothingOfOthers(seenQuotes.text);

    const seenDocuments = await readAll('/documents');
    expect(seenDocuments.items).toHaveLength(documents.length);
    expectNothingOfOthers(seenDocuments.text);
    for (const document of documents) {
      const seen = seenDocuments.items.find((candidate) => candidate.filename === document.filename);
      // A photo is encoded again, its pixels only; any other file is kept as sent.
      const asSent = !/^image\/(jpeg|png|webp)$/.test(document.type);
      expect(seen).toEqual(expect.objectContaining({ title: document.title, category: document.category, contentType: document.type, size: asSent ? document.bytes.length : expect.any(Number) }));
      const file = await customer.get(`/documents/${seen.id}/file`);
      expect(file.headers.get('content-type')).toBe(document.type);
      const served = Buffer.from(await file.arrayBuffer());
      expect(asSent ? served.equals(document.bytes) : served.length === seen.size).toBe(true);
    }

    const seenOrders = await readAll('/orders');
    expect(seenOrders.items.map((order) => order.number).sort()).toEqual(['B-1', 'B-2', 'B-3', 'B-4']);
    expectNothingOfOthers(seenOrders.text);
    const third = await ok(customer.get(`/orders/${seenOrders.items.find((order) => order.number === 'B-3').id}`));
    expect(third.lines).toEqual(orders[2]!.lines);
    expect(third.totalCents).toBe(3 * 2450 + 695);
  });

  it('sees the numbers of all that on the home view', async () => {
    const overview = await ok(customer.get('/overview'));
    expect(overview).toEqual({
      openRequests: 0,
      openWorkOrders: 9,
      nextVisit: expect.objectContaining({ status: 'planned', plannedStart: '2099-05-04T07:00:00.000Z' }),
      openInvoices: { count: 3, overdueCount: 2, totals: [{ currency: 'EUR', totalCents: invoices.slice(12).reduce((sum, invoice) => sum + invoice.totalCents, 0) }] },
      openQuotes: 1,
    });
    expectNothingOfOthers(JSON.stringify(overview));
  });
});
