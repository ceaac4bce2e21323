// A customer's privacy rights: the export holds exactly that customer's data and files, and an erasure leaves no
// trace of their personal data in any table while the other customer and the audit trail stay.
import { randomUUID } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { backOffice, pdfBytes, pngBytes, seedCustomerDataset } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, seedPasswordContact, seedTenant, signInAs, type SeededTenant } from '../../test/support/fixtures.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';
import { submitRequest, uploadAttachment, validRequest } from '../requests/test-support.js';
import { everyRowAsText } from '../imports/test-support.js';

let t: TestApp;
let business: SeededTenant;
let stranger: SeededTenant;
let staffCookie: string;

interface Person {
  externalId: string;
  customerId: string;
  contactId: string;
  invitedContactId: string;
  personal: string[];
}

const people: Record<'erased' | 'kept', Person> = {} as never;

async function seedPerson(key: 'erased' | 'kept', prefix: string, name: string, street: string): Promise<void> {
  const office = backOffice(t.app, business.apiKey);
  const externalId = `${prefix}-klant`;
  const email = `${prefix}@${prefix}-mail.example`;
  const phone = key === 'erased' ? '06-11112222' : '06-99998888';
  const created = await office.put(`/customers/${externalId}`, {
    name,
    debtorNumber: `${prefix}-D`,
    email,
    phone,
    address: { street, houseNumber: '7', postalCode: '1234 AB', city: 'Utrecht', country: 'NL' },
  });
  expect(created.status).toBe(201);
  const customer = await t.deps.db.selectFrom('customers').select('id').where('external_id', '=', externalId).where('tenant_id', '=', business.tenantId).executeTakeFirstOrThrow();
  await office.put(`/customers/${externalId}/locations/${prefix}-werk`, { name: 'Werkplaats', street: `${street}-werk`, houseNumber: '9', postalCode: '1234 AB', city: 'Utrecht', country: 'NL' });
  await seedCustomerDataset(t.app, t.deps.db, business, { customerId: customer.id, externalId }, prefix);
  const contactName = `${name} Contact`;
  const contactEmail = `contact@${prefix}-mail.example`;
  const contactId = await seedPasswordContact(t.deps, { tenantId: business.tenantId, customerId: customer.id, email: contactEmail, password: 'Een lange zin voor de test', name: contactName });
  const { token } = await signInAs(t.deps, { tenantId: business.tenantId, portalId: business.portalId, contactId });
  const request = await json(await submitRequest(t.app, business.slug, token, validRequest({ phone, description: `Lekkage bij ${name}` })));
  expect((await uploadAttachment(t.app, business.slug, token, request.id, pngBytes(), { filename: `${prefix}-foto.png` })).status).toBe(201);
  const message = await callPortal(t.app, business.slug, `/requests/${request.id}/messages`, { token, body: { body: `Groet van ${contactName}` }, headers: { 'Idempotency-Key': randomUUID() } });
  expect(message.status).toBe(201);
  const at = new Date().toISOString();
  await t.deps.db
    .insertInto('bookings')
    .values({
      id: randomUUID(),
      tenant_id: business.tenantId,
      portal_id: business.portalId,
      customer_id: customer.id,
      contact_id: contactId,
      request_id: request.id,
      work_order_id: null,
      kind: 'visit',
      work_type: 'repair',
      date: '2026-12-14',
      window_id: 'ochtend',
      starts_at: '2026-12-14T07:00:00.000Z',
      ends_at: '2026-12-14T11:00:00.000Z',
      status: 'requested',
      hold_until: '2026-12-16T07:00:00.000Z',
      reason: `Graag na negen uur, vraag naar ${contactName}`,
      decided_at: null,
      decided_by_name: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await callAdminAsStaff(t.app, staffCookie, 'POST', `/requests/${request.id}/notes`, { body: `Bel ${contactName} terug` });
  const invited = await callAdmin(t.app, business.apiKey, 'POST', `/customers/${externalId}/contacts`, { email: `collega@${prefix}-mail.example`, name: `${name} Collega`, sendInvite: true });
  expect(invited.status).toBe(201);
  await t.deps.mailer.idle();
  people[key] = {
    externalId,
    customerId: customer.id,
    contactId,
    invitedContactId: (await json(invited)).contact.id,
    personal: [name, email, phone, street, contactName, contactEmail, `collega@${prefix}-mail.example`],
  };
}

beforeAll(async () => {
  t = await createTestApp();
  business = await seedTenant(t.deps.db, 'privacy', { homeUrl: 'https://www.privacy.example/portaal' });
  stranger = await seedTenant(t.deps.db, 'privacy-ander');
  await seedStaff(t.deps, { tenantId: business.tenantId, email: 'balie@privacy.example', role: 'staff' });
  staffCookie = await signInStaff(t.app, 'balie@privacy.example');
  await seedPerson('erased', 'wis', 'Familie Wisselaar', 'Wisselstraat');
  await seedPerson('kept', 'blijf', 'Familie Blijvenberg', 'Blijfweg');
});
afterAll(async () => {
  await t.close();
});

async function exportOf(externalId: string, caller: { apiKey: string } = { apiKey: business.apiKey }) {
  const answer = await callAdmin(t.app, caller.apiKey, 'GET', `/customers/${externalId}/export`);
  return answer;
}

const occurrences = async (texts: string[]) => {
  const rows = await everyRowAsText(t.deps.db, t.deps.dialect);
  return rows.filter((row) => texts.some((text) => row.text.toLowerCase().includes(text.toLowerCase()))).map((row) => row.table);
};

describe(`exporting a customer’s data, on ${dialectUnderTest}`, () => {
  it('answers one zip with customer.json and the files, holding exactly that customer’s data and nothing of the other’s', async () => {
    const answer = await exportOf(people.erased.externalId);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Type')).toBe('application/zip');
    expect(answer.headers.get('Content-Disposition')).toContain('klant-wis-klant-');
    const files = unzipSync(new Uint8Array(await answer.arrayBuffer()));
    const document = JSON.parse(strFromU8(files['customer.json']!));
    expect(document.customer).toMatchObject({ external_id: 'wis-klant', name: 'Familie Wisselaar', address: { street: 'Wisselstraat' } });
    expect(document.locations).toHaveLength(2);
    expect(document.contacts).toHaveLength(2);
    expect(document.contacts[0]).not.toHaveProperty('password_hash');
    expect(document.objects).toHaveLength(2);
    expect(document.workOrders[0].timeline.length).toBeGreaterThan(0);
    expect(document.quotes).toHaveLength(3);
    expect(document.invoices[0].file).toMatch(/^files\/invoices\//);
    expect(document.documents[0].file).toBe('files/documents/handleiding.pdf');
    expect(document.orders[0].lines[0]).toMatchObject({ description: 'Filter' });
    expect(document.requests[0].messages[0].body).toBe('Groet van Familie Wisselaar Contact');
    expect(document.requests[0].attachments[0]).toMatchObject({ filename: 'wis-foto.png' });
    expect(document.requests[0].attachments[0]).not.toHaveProperty('content');
    expect(document.audit.length).toBeGreaterThan(0);
    expect(document.bookings).toEqual([expect.objectContaining({ date: '2026-12-14', window_id: 'ochtend', status: 'requested', reason: 'Graag na negen uur, vraag naar Familie Wisselaar Contact' })]);
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(['customer.json', 'files/documents/handleiding.pdf']));
    expect(names.filter((name) => name.startsWith('files/requests/'))).toHaveLength(1);
    expect(names.filter((name) => name.startsWith('files/quotes/'))).toHaveLength(3);
    expect(Buffer.from(files[document.invoices[0].file]!)).toEqual(pdfBytes('wis invoice'));

    const everything = Object.values(files).map((bytes) => Buffer.from(bytes).toString('latin1')).join('\n');
    for (const text of people.kept.personal) expect(everything).not.toContain(text);
    expect(everything).not.toContain('blijf');
    expect(everything).not.toContain('Bel Familie Wisselaar Contact terug');
    expect(everything).not.toContain('scrypt$');

    const audit = await t.deps.db.selectFrom('audit_events').select('actor_type').where('action', '=', 'customer.exported').where('subject_id', '=', people.erased.customerId).execute();
    expect(audit).toEqual([{ actor_type: 'api_key' }]);
  });

  it('another business gets 404 for the customer on export and both erasures, and nothing is removed', async () => {
    expect((await exportOf(people.erased.externalId, { apiKey: stranger.apiKey })).status).toBe(404);
    expect((await callAdmin(t.app, stranger.apiKey, 'DELETE', `/customers/${people.erased.externalId}?confirm=${people.erased.externalId}`)).status).toBe(404);
    expect((await callAdmin(t.app, stranger.apiKey, 'DELETE', `/contacts/${people.erased.contactId}?confirm=${people.erased.contactId}`)).status).toBe(404);
    expect(await occurrences(['Familie Wisselaar'])).toContain('customers');
  });
});

describe(`erasing, on ${dialectUnderTest}`, () => {
  it('refuses without confirm, or with another id in it', async () => {
    for (const query of ['', '?confirm=', '?confirm=blijf-klant']) {
      const answer = await callAdmin(t.app, business.apiKey, 'DELETE', `/customers/${people.erased.externalId}${query}`);
      expect(answer.status, query).toBe(400);
      expect((await json(answer)).error.details[0].path).toBe('confirm');
    }
    expect((await callAdmin(t.app, business.apiKey, 'DELETE', `/contacts/${people.kept.invitedContactId}`)).status).toBe(400);
    expect(await occurrences(['Familie Wisselaar'])).toContain('customers');
  });

  it('a contact: their account, sessions and links go, the customer stays, and where they are named the marker stands', async () => {
    const contact = people.kept.invitedContactId;
    const answer = await callAdminAsStaff(t.app, staffCookie, 'DELETE', `/contacts/${contact}?confirm=${contact}`);
    expect(answer.status).toBe(204);
    expect(await t.deps.db.selectFrom('contacts').select('id').where('id', '=', contact).executeTakeFirst()).toBeUndefined();
    expect(await t.deps.db.selectFrom('one_time_tokens').select('id').where('contact_id', '=', contact).execute()).toEqual([]);
    expect(await occurrences(['collega@blijf-mail.example', 'Familie Blijvenberg Collega'])).toEqual([]);
    expect(await occurrences(['Familie Blijvenberg'])).toContain('customers');
    const audit = await t.deps.db.selectFrom('audit_events').select('action').where('subject_id', '=', contact).execute();
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(['contact.invited', 'contact.erased']));
  });

  it('a customer: no table holds their name, email, phone or street any more; the other customer is untouched; the audit trail stays, anonymised', async () => {
    const erased = people.erased;
    expect((await occurrences(erased.personal)).length).toBeGreaterThan(0);
    const keptBefore = (await everyRowAsText(t.deps.db, t.deps.dialect)).filter((row) => people.kept.personal.some((text) => row.text.includes(text))).map((row) => row.text);
    const auditBefore = await t.deps.db.selectFrom('audit_events').select('id').where('tenant_id', '=', business.tenantId).execute();

    const answer = await callAdminAsStaff(t.app, staffCookie, 'DELETE', `/customers/${erased.externalId}?confirm=${erased.externalId}`);
    expect(answer.status).toBe(204);

    expect(await occurrences(erased.personal)).toEqual([]);
    expect(await occurrences(['wis-klant-werk', 'wis-foto.png', 'wis invoice', 'wis manual'])).toEqual([]);
    for (const table of ['customers', 'contacts', 'sessions', 'locations', 'work_orders', 'invoices', 'requests', 'attachments', 'messages', 'request_notes'] as const) {
      const rows = await t.deps.db.selectFrom(table).select('id').where('tenant_id', '=', business.tenantId).execute();
      expect(rows.length, table).toBeGreaterThan(0);
    }
    const keptAfter = (await everyRowAsText(t.deps.db, t.deps.dialect)).filter((row) => people.kept.personal.some((text) => row.text.includes(text))).map((row) => row.text);
    expect(keptAfter).toEqual(keptBefore);

    const auditAfter = await t.deps.db.selectFrom('audit_events').selectAll().where('tenant_id', '=', business.tenantId).execute();
    expect(auditAfter.length).toBe(auditBefore.length + 1);
    const erasure = auditAfter.find((row) => row.action === 'customer.erased')!;
    expect(erasure).toMatchObject({ actor_type: 'staff', subject_id: erased.customerId });
    expect(JSON.parse(erasure.details!)).toMatchObject({ externalId: erased.externalId, contacts: 2 });
    expect((await callAdmin(t.app, business.apiKey, 'GET', `/customers/${erased.externalId}`)).status).toBe(404);
    expect((await exportOf(erased.externalId)).status).toBe(404);
    expect((await exportOf(people.kept.externalId)).status).toBe(200);
  });
});
