import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, callPortal, seedContact, seedCustomer, seedTenant, signInAs, type SeededTenant } from '../../test/support/fixtures.js';
import { backOffice } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { NewRequestMailer } from '../requests/notifications.js';
import { submitRequest, validRequest } from '../requests/test-support.js';
import { mailKinds, readMailPreferences, wantsMail, type MailPreferences } from './mail-preferences.js';

let t: TestApp;
let shop: SeededTenant;
let contactId: string;
let token: string;
const slug = 'voorkeur';
const home = 'https://voorkeur.example/portaal';
const email = 'lotte@voorkeur.example';
const everything: MailPreferences = { requestUpdates: true, messages: true, newQuotes: true, newInvoices: true, workOrderPlanning: true };
const nothingAtAll: MailPreferences = { requestUpdates: false, messages: false, newQuotes: false, newInvoices: false, workOrderPlanning: false };
let n = 0;

beforeAll(async () => {
  t = await createTestApp();
  shop = await seedTenant(t.deps.db, slug, { homeUrl: home, features: { messages: true } });
  const customerId = await seedCustomer(t.deps.db, shop.tenantId, 'K-7', 'Lotte Visser');
  contactId = await seedContact(t.deps.db, { tenantId: shop.tenantId, customerId, email, name: 'Lotte Visser' });
  token = (await signInAs(t.deps, { tenantId: shop.tenantId, portalId: shop.portalId, contactId })).token;
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.deps.mailer.idle();
  await t.deps.db.deleteFrom('emails').execute();
});

const office = () => backOffice(t.app, shop.apiKey);
const choose = (mailPreferences: Partial<MailPreferences>) => callPortal(t.app, slug, '/me', { method: 'PATCH', token, body: { mailPreferences } });

async function kindsMailed(): Promise<string[]> {
  await t.deps.mailer.idle();
  const rows = await t.deps.db.selectFrom('emails').select('kind').where('to_address', '=', email).orderBy('kind').execute();
  return rows.map((row) => row.kind);
}

/** One of every customer mail: a receipt, a status change, a message on the request and on a work order, a work order planned, a new quote and a new invoice. */
async function everySender(): Promise<void> {
  n += 1;
  const request = await json(await submitRequest(t.app, slug, token, validRequest()));
  await new NewRequestMailer({ db: t.deps.db, mailer: t.deps.mailer, logger: t.deps.logger, quietMs: 0, now: () => new Date(Date.now() + 1000) }).runOnce();
  expect((await callAdmin(t.app, shop.apiKey, 'PATCH', `/requests/${request.id}`, { status: 'in_review' })).status).toBe(200);
  expect((await callAdmin(t.app, shop.apiKey, 'POST', `/requests/${request.id}/messages`, { body: 'Past dinsdag?' })).status).toBe(201);
  const workOrder = { customerExternalId: 'K-7', number: `WO-${n}`, description: 'Onderhoud', status: 'open' };
  expect((await office().put(`/work-orders/wo-${n}`, workOrder)).status).toBe(201);
  expect((await office().put(`/work-orders/wo-${n}`, { ...workOrder, status: 'planned', plannedStart: '2027-01-12T08:00:00.000Z' })).status).toBe(200);
  expect((await callAdmin(t.app, shop.apiKey, 'POST', `/work-orders/wo-${n}/messages`, { body: 'De monteur komt om 9 uur.' })).status).toBe(201);
  const quote = { customerExternalId: 'K-7', number: `OFF-${n}`, title: 'Nieuwe ketel', lines: [{ description: 'Ketel', quantity: 1, unitPriceCents: 100000, vatRate: 21 }], totalCents: 121000, currency: 'EUR', status: 'open' };
  expect((await office().put(`/quotes/q-${n}`, quote)).status).toBe(201);
  const invoice = { customerExternalId: 'K-7', number: `F-${n}`, issueDate: '2026-12-01', dueDate: '2026-12-31', totalCents: 12100, currency: 'EUR', status: 'open' };
  expect((await office().put(`/invoices/i-${n}`, invoice)).status).toBe(201);
}

describe(`the customer’s choice of mails, on ${dialectUnderTest}`, () => {
  it('is every kind until the customer chooses, and GET /me shows it', async () => {
    const me = await json(await callPortal(t.app, slug, '/me', { token }));
    expect(me.mailPreferences).toEqual(everything);
    expect(readMailPreferences(null)).toEqual(everything);
    expect(readMailPreferences('{"messages":false,"unknown":false}')).toEqual({ ...everything, messages: false });
    expect(readMailPreferences('not json')).toEqual(everything);
  });

  it('is changed kind by kind with PATCH /me; a kind left out stays as it was', async () => {
    const first = await choose({ newQuotes: false });
    expect(first.status).toBe(200);
    expect((await json(first)).mailPreferences).toEqual({ ...everything, newQuotes: false });
    expect((await json(await choose({ messages: false }))).mailPreferences).toEqual({ ...everything, newQuotes: false, messages: false });
    expect((await json(await callPortal(t.app, slug, '/me', { token }))).mailPreferences).toEqual({ ...everything, newQuotes: false, messages: false });
    expect(await wantsMail(t.deps.db, contactId, 'messages')).toBe(false);
    expect(await wantsMail(t.deps.db, null, 'messages')).toBe(true);
    await choose(everything);
  });

  it('refuses an unknown kind, a value that is not true or false, and an empty choice', async () => {
    for (const mailPreferences of [{ newsletters: false }, { messages: 'no' }, {}]) {
      expect((await choose(mailPreferences as Partial<MailPreferences>)).status).toBe(400);
    }
  });

  it('with every kind on, each sender mails the customer', async () => {
    await choose(everything);
    await everySender();
    expect(await kindsMailed()).toEqual(['message', 'message', 'new_invoice', 'new_quote', 'request_received', 'request_status', 'work_order_status']);
    // Each links to the view of its request or work order, not to the portal's home.
    const links = await t.deps.db.selectFrom('emails').select(['kind', 'text_body']).where('to_address', '=', email).execute();
    for (const mail of links) expect(mail.text_body, mail.kind).toMatch(new RegExp(`${home}#kp/(requests|work-orders|quotes|invoices)/[A-Za-z0-9_-]+`));
    expect(links.filter((mail) => mail.text_body.includes('#kp/work-orders/')).map((mail) => mail.kind).sort()).toEqual(['message', 'work_order_status']);
  });

  it('with every kind off, no sender mails the customer; sign-in links are still sent', async () => {
    await choose(nothingAtAll);
    await everySender();
    expect(await kindsMailed()).toEqual([]);
    expect((await callPortal(t.app, slug, '/auth/magic-link', { body: { email } })).status).toBe(202);
    expect(await kindsMailed()).toEqual(['magic']);
    await choose(everything);
  });

  it.each(mailKinds)('with only %s off, only its mails stay away', async (kind) => {
    const stays: Record<(typeof mailKinds)[number], string[]> = {
      requestUpdates: ['request_received', 'request_status'],
      messages: ['message', 'message'],
      newQuotes: ['new_quote'],
      newInvoices: ['new_invoice'],
      workOrderPlanning: ['work_order_status'],
    };
    await choose({ ...everything, [kind]: false });
    await everySender();
    const all = ['message', 'message', 'new_invoice', 'new_quote', 'request_received', 'request_status', 'work_order_status'];
    const expected = [...all];
    for (const gone of stays[kind]) expected.splice(expected.indexOf(gone), 1);
    expect(await kindsMailed()).toEqual(expected);
    await choose(everything);
  });
});

describe(`new invoices and quotes from the back office, on ${dialectUnderTest}`, () => {
  it('are mailed once, with a link to their own view; a republish mails nothing', async () => {
    const invoice = { customerExternalId: 'K-7', number: 'F-900', issueDate: '2026-12-01', dueDate: '2026-12-31', totalCents: 5000, currency: 'EUR', status: 'open' };
    const quote = { customerExternalId: 'K-7', number: 'OFF-900', title: 'Thermostaat', lines: [{ description: 'Thermostaat', quantity: 1, unitPriceCents: 10000, vatRate: 21 }], totalCents: 12100, currency: 'EUR', status: 'open' };
    expect((await office().put('/invoices/once', invoice)).status).toBe(201);
    expect((await office().put('/quotes/once', quote)).status).toBe(201);
    for (let again = 0; again < 2; again += 1) {
      expect((await office().put('/invoices/once', { ...invoice, totalCents: 5500 })).status).toBe(200);
      expect((await office().put('/quotes/once', quote)).status).toBe(200);
    }
    expect(await kindsMailed()).toEqual(['new_invoice', 'new_quote']);
    const ids = await t.deps.db.selectFrom('invoices').select('id').where('external_id', '=', 'once').executeTakeFirstOrThrow();
    const mail = await t.deps.db.selectFrom('emails').select('text_body').where('kind', '=', 'new_invoice').executeTakeFirstOrThrow();
    expect(mail.text_body).toContain(`${home}#kp/invoices/${ids.id}`);
  });
});
