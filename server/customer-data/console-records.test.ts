// Records made in the console are the console's, what the back office pushed stays read-only to staff, and a newly
// published invoice or quote, or a work order's new status, is mailed to that customer's contacts once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { backOffice, pdfBytes, setPortalSettings } from '../../test/support/customer-data-fixtures.js';
import { seedContact, seedTwoTenants } from '../../test/support/fixtures.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let office: ReturnType<typeof backOffice>;
let staffCookie: string;
const customer = 'alpha-c1';

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  office = backOffice(t.app, tenants.alpha.apiKey);
  await seedStaff(t.deps, { tenantId: tenants.alpha.tenantId, email: 'planning@alpha.example', role: 'staff' });
  staffCookie = await signInStaff(t.app, 'planning@alpha.example');
  await setPortalSettings(t.deps.db, 'alpha', (settings) => {
    settings.homeUrl = 'https://alpha.example/portaal';
  });
  await seedContact(t.deps.db, {
    tenantId: tenants.alpha.tenantId,
    customerId: tenants.alpha.customers[0]!.customerId,
    email: 'english@alpha.example',
    locale: 'en',
  });
  await seedContact(t.deps.db, {
    tenantId: tenants.alpha.tenantId,
    customerId: tenants.alpha.customers[0]!.customerId,
    email: 'disabled@alpha.example',
    status: 'disabled',
  });
});
afterAll(async () => {
  await t?.close();
});

const staff = {
  put: (path: string, body: unknown) => callAdminAsStaff(t.app, staffCookie, 'PUT', path, body),
  get: (path: string) => callAdminAsStaff(t.app, staffCookie, 'GET', path),
  delete: (path: string) => callAdminAsStaff(t.app, staffCookie, 'DELETE', path),
  upload: (path: string, bytes: Uint8Array) =>
    t.app.request(`/api/v1/admin${path}`, {
      method: 'PUT',
      headers: { Cookie: `kp_staff=${staffCookie}`, 'X-Requested-With': 'klantportaal-console', 'Content-Type': 'application/pdf' },
      body: bytes as Uint8Array<ArrayBuffer>,
    }),
};

const bodies: Record<string, Record<string, unknown>> = {
  '/objects': { customerExternalId: customer, name: 'Cv-ketel', brand: 'Remeha' },
  '/work-orders': { customerExternalId: customer, number: 'WO-1', description: 'Onderhoud cv-ketel', status: 'open' },
  '/quotes': {
    customerExternalId: customer,
    number: 'OFF-1',
    title: 'Nieuwe cv-ketel',
    lines: [{ description: 'Ketel', quantity: 1, unitPriceCents: 250000, vatRate: 21 }],
    totalCents: 302500,
    currency: 'EUR',
    validUntil: '2027-02-01',
    status: 'open',
  },
  '/invoices': {
    customerExternalId: customer,
    number: 'F-1',
    issueDate: '2026-12-01',
    dueDate: '2026-12-31',
    totalCents: 12100,
    totalExclVatCents: 10000,
    currency: 'EUR',
    status: 'open',
    paymentUrl: null,
  },
  '/documents': { customerExternalId: customer, title: 'Garantiebewijs', category: 'garantie' },
  '/orders': {
    customerExternalId: customer,
    number: 'ORD-1',
    orderedAt: '2026-12-01',
    status: 'open',
    lines: [{ description: 'Filter', quantity: 2, unitPriceCents: 1500 }],
    totalCents: 3000,
    currency: 'EUR',
  },
};
const files: Record<string, string> = { '/quotes': 'pdf', '/invoices': 'pdf', '/documents': 'file' };

async function mails(kind: string) {
  await t.deps.mailer.idle();
  return t.deps.db.selectFrom('emails').select(['to_address as to', 'subject', 'text_body as text', 'locale']).where('kind', '=', kind).orderBy('to_address').execute();
}

describe.each(Object.keys(bodies))('%s kept by who made them', (path) => {
  const body = bodies[path]!;

  it('a record a staff member creates is a console record they may change and remove', async () => {
    const created = await staff.put(`${path}/console-1`, body);
    expect(created.status).toBe(201);
    expect((await created.json()).source).toBe('console');
    const file = files[path];
    if (file) expect((await staff.upload(`${path}/console-1/${file}`, pdfBytes())).status).toBe(200);
    const changed = await staff.put(`${path}/console-1`, { ...body, customerExternalId: 'alpha-c2' });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ source: 'console', customerExternalId: 'alpha-c2' });
    expect((await staff.delete(`${path}/console-1`)).status).toBe(204);
    expect((await office.get(`${path}/console-1`)).status).toBe(404);
  });

  it('a record the back office pushed is read-only to staff: change, removal and upload are refused and nothing changes', async () => {
    expect((await office.put(`${path}/api-1`, body)).status).toBe(201);
    const before = await (await office.get(`${path}/api-1`)).json();
    expect(before.source).toBe('api');

    const refusals = [await staff.put(`${path}/api-1`, { ...body, customerExternalId: 'alpha-c2' }), await staff.delete(`${path}/api-1`)];
    const file = files[path];
    if (file) refusals.push(await staff.upload(`${path}/api-1/${file}`, pdfBytes()));
    for (const refused of refusals) {
      expect(refused.status).toBe(409);
      const { error } = await refused.json();
      expect(error.code).toBe('conflict');
      expect(error.message).toContain('back office');
      expect(error.details).toEqual([expect.objectContaining({ reason: 'read_only_record' })]);
    }
    expect(await (await office.get(`${path}/api-1`)).json()).toEqual(before);
    // Staff may still read it.
    expect(await (await staff.get(`${path}/api-1`)).json()).toEqual(before);
  });

  it('the back office may still write anything, a console record included, which is then its own', async () => {
    expect((await staff.put(`${path}/taken-over`, body)).status).toBe(201);
    const written = await office.put(`${path}/taken-over`, body);
    expect(written.status).toBe(200);
    expect((await written.json()).source).toBe('api');
    expect((await staff.delete(`${path}/taken-over`)).status).toBe(409);
    const file = files[path];
    if (file) expect((await office.upload(`${path}/taken-over/${file}`, pdfBytes(), 'application/pdf')).status).toBe(200);
    expect((await office.delete(`${path}/taken-over`)).status).toBe(204);
  });
});

describe('customer mails about published records', () => {
  beforeEach(async () => {
    await t.deps.mailer.idle();
    await t.deps.db.deleteFrom('emails').execute();
    await setPortalSettings(t.deps.db, 'alpha', (settings) => {
      settings.notifications.customerEmails = { ...settings.notifications.customerEmails, newInvoice: true, newQuote: true, statusChanged: true };
    });
  });

  it('a new invoice made in the console is mailed once to each active contact of that customer, in their language, with its link', async () => {
    const created = await staff.put('/invoices/mail-inv', { ...bodies['/invoices'], number: 'F-2026-7' });
    expect(created.status).toBe(201);
    const sent = await mails('new_invoice');
    expect(sent.map((mail) => mail.to)).toEqual(['c1@alpha.example', 'english@alpha.example']);
    const id = (await t.deps.db.selectFrom('invoices').select('id').where('external_id', '=', 'mail-inv').executeTakeFirstOrThrow()).id;
    expect(sent[0]).toMatchObject({ locale: 'nl', subject: 'Nieuwe factuur F-2026-7 van Business alpha' });
    expect(sent[0]!.text).toMatch(/€\s121,00/);
    expect(sent[0]!.text).toContain(`https://alpha.example/portaal#kp/invoices/${id}`);
    expect(sent[1]).toMatchObject({ locale: 'en', subject: 'New invoice F-2026-7 from Business alpha' });

    // Changed, sent again unchanged, or its PDF added: it was published already.
    expect((await staff.put('/invoices/mail-inv', { ...bodies['/invoices'], number: 'F-2026-7', status: 'paid' })).status).toBe(200);
    expect((await staff.put('/invoices/mail-inv', { ...bodies['/invoices'], number: 'F-2026-7', status: 'paid' })).status).toBe(200);
    expect((await staff.upload('/invoices/mail-inv/pdf', pdfBytes())).status).toBe(200);
    expect(await mails('new_invoice')).toHaveLength(2);
  });

  it('a new quote from the back office is mailed to that customer alone', async () => {
    expect((await office.put('/quotes/mail-quo', { ...bodies['/quotes'], customerExternalId: 'alpha-c2' })).status).toBe(201);
    const sent = await mails('new_quote');
    expect(sent.map((mail) => mail.to)).toEqual(['c2@alpha.example']);
    expect(sent[0]!.subject).toBe('Nieuwe offerte OFF-1: Nieuwe cv-ketel');
    expect(sent[0]!.text).toContain('1 februari 2027');
    expect((await office.put('/quotes/mail-quo', { ...bodies['/quotes'], customerExternalId: 'alpha-c2', title: 'Andere ketel' })).status).toBe(200);
    expect(await mails('new_quote')).toHaveLength(1);
  });

  it('nothing is mailed when the portal’s settings say not to, or for an invoice that arrives paid', async () => {
    await setPortalSettings(t.deps.db, 'alpha', (settings) => {
      settings.notifications.customerEmails = { ...settings.notifications.customerEmails, newInvoice: false, newQuote: false, statusChanged: false };
    });
    expect((await staff.put('/invoices/quiet-inv', bodies['/invoices'])).status).toBe(201);
    expect((await staff.put('/quotes/quiet-quo', bodies['/quotes'])).status).toBe(201);
    expect((await staff.put('/work-orders/quiet-wo', bodies['/work-orders'])).status).toBe(201);
    expect((await staff.put('/work-orders/quiet-wo', { ...bodies['/work-orders'], status: 'planned' })).status).toBe(200);
    await setPortalSettings(t.deps.db, 'alpha', (settings) => {
      settings.notifications.customerEmails.newInvoice = true;
    });
    expect((await office.put('/invoices/paid-inv', { ...bodies['/invoices'], status: 'paid' })).status).toBe(201);
    await t.deps.mailer.idle();
    expect(await t.deps.db.selectFrom('emails').select('kind').execute()).toEqual([]);
  });

  it('a work order’s new status is mailed, under the business’s name for it; a new work order or a new label alone is not', async () => {
    expect((await staff.put('/work-orders/mail-wo', bodies['/work-orders'])).status).toBe(201);
    expect(await mails('work_order_status')).toEqual([]);
    const planned = { ...bodies['/work-orders'], status: 'planned', statusLabel: 'Monteur ingepland', plannedStart: '2026-12-10T08:00:00.000Z' };
    expect((await staff.put('/work-orders/mail-wo', planned)).status).toBe(200);
    expect((await staff.put('/work-orders/mail-wo', { ...planned, statusLabel: 'Ingepland' })).status).toBe(200);
    const sent = await mails('work_order_status');
    expect(sent.map((mail) => mail.subject)).toEqual(['Werkbon WO-1: Monteur ingepland', 'Work order WO-1: Monteur ingepland']);
    expect(sent[0]!.text).toContain('10 december 2026');
  });
});
