import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, callPortal, seedContact, seedCustomer, seedTenant, signInAs, type SeededTenant } from '../../test/support/fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { auditPageSchema } from '../audit/trail.js';
import { guestCustomerSchema } from '../requests/guest-customer.js';
import { adminRequestDetailSchema, adminRequestPageSchema } from '../requests/output.js';
import { submitRequest, validRequest } from '../requests/test-support.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';

let t: TestApp;
let alpha: SeededTenant;
let bravo: SeededTenant;
const admin = (method: string, path: string, body?: unknown) => callAdmin(t.app, alpha.apiKey, method, path, body);
const password = 'Een lange zin als wachtwoord';
let guests = 0;

beforeAll(async () => {
  t = await createTestApp();
  alpha = await seedTenant(t.deps.db, 'alpha', { name: 'Alpha Installaties', homeUrl: 'https://alpha.example/portaal', features: { guestRequests: true } });
  bravo = await seedTenant(t.deps.db, 'bravo', { homeUrl: 'https://bravo.example/', features: { guestRequests: true } });
  expect((await admin('PUT', '/portals/alpha-zakelijk', { name: 'Alpha Zakelijk', homeUrl: 'https://zakelijk.alpha.example/' })).status).toBe(201);
  expect((await admin('PUT', '/portals/alpha-kaal', { name: 'Zonder homeUrl', features: { guestRequests: true } })).status).toBe(201);
});
afterAll(async () => {
  await t.close();
});

/** A guest request on `slug`, with its own address and email, and its id. */
async function guestRequest(slug = 'alpha', overrides: Record<string, unknown> = {}): Promise<{ id: string; reference: string; email: string }> {
  guests += 1;
  const email = `gast${guests}@example.com`;
  const response = await callPortal(t.app, slug, '/guest-requests', {
    ip: `192.0.2.${guests}`,
    body: {
      name: 'Gerda Gast',
      email,
      phone: '06 12345678',
      address: { street: 'Kerkstraat', houseNumber: '5', postalCode: '3511 AB', city: 'Utrecht' },
      workType: 'repair',
      description: 'De kraan lekt',
      locale: 'en',
      ...overrides,
    },
  });
  expect(response.status).toBe(202);
  const { reference } = await json(response);
  const { id } = await t.deps.db.selectFrom('requests').select('id').where('reference', '=', reference).executeTakeFirstOrThrow();
  return { id, reference, email };
}

/** Everything a conversion could write, to tell that a refused one wrote nothing. */
async function state(requestId: string) {
  const db = t.deps.db;
  const count = async (table: 'customers' | 'contacts' | 'locations' | 'one_time_tokens' | 'audit_events' | 'emails') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return {
    request: await db.selectFrom('requests').selectAll().where('id', '=', requestId).executeTakeFirstOrThrow(),
    customers: await count('customers'),
    contacts: await count('contacts'),
    locations: await count('locations'),
    tokens: await count('one_time_tokens'),
    audit: await count('audit_events'),
    emails: (await t.deps.mailer.idle(), await count('emails')),
  };
}

async function refusedWithoutChange(requestId: string, call: () => Promise<Response>, status: number, code: string) {
  const before = await state(requestId);
  const response = await call();
  expect(response.status).toBe(status);
  expect((await json(response)).error.code).toBe(code);
  expect(await state(requestId)).toEqual(before);
}

describe(`making a customer of a guest on ${dialectUnderTest}`, () => {
  it('makes the customer, its address and an invited contact of the guest, and moves the request onto them', async () => {
    const guest = await guestRequest();
    const response = await admin('POST', `/requests/${guest.id}/customer`, { invite: true });
    expect(response.status).toBe(201);
    const made = guestCustomerSchema.parse(await json(response));
    const externalId = `guest-${guest.reference}`;
    const address = { street: 'Kerkstraat', houseNumber: '5', postalCode: '3511 AB', city: 'Utrecht', country: 'NL' };
    expect(made.customer).toMatchObject({ externalId, name: 'Gerda Gast', debtorNumber: null, email: guest.email, phone: '06 12345678', address });
    expect(made.contact).toMatchObject({ name: 'Gerda Gast', email: guest.email, phone: '06 12345678', role: 'admin', status: 'invited', locale: 'en' });
    expect(made.invite.url).toMatch(/^https:\/\/alpha\.example\/portaal#kp-invite=/);
    expect(made.request).toMatchObject({
      id: guest.id,
      source: 'portal',
      guest: null,
      customer: { externalId, name: 'Gerda Gast', debtorNumber: null },
      contact: { id: made.contact.id, name: 'Gerda Gast', email: guest.email },
      location: { externalId, street: 'Kerkstraat', houseNumber: '5', postalCode: '3511 AB', city: 'Utrecht' },
      phone: '06 12345678',
      status: 'submitted',
    });
    const customer = await json(await admin('GET', `/customers/${externalId}`));
    expect(customer.locations).toEqual([expect.objectContaining({ externalId, ...address })]);

    await t.deps.mailer.idle();
    const mails = await t.deps.db.selectFrom('emails').select(['kind', 'locale']).where('to_address', '=', guest.email).execute();
    expect(mails).toEqual([{ kind: 'invite', locale: 'en' }]);
    const trail = auditPageSchema.parse(await json(await admin('GET', '/audit?limit=5'))).items;
    expect(trail.find((event) => event.action === 'request.guest_converted')).toMatchObject({
      subject: { type: 'request', id: guest.id },
      actor: { type: 'api_key', name: 'default' },
      details: { customerExternalId: externalId, contactId: made.contact.id },
    });
    expect(trail.find((event) => event.action === 'contact.invited')).toMatchObject({ subject: { type: 'contact', id: made.contact.id }, details: { mailed: true } });

    // Now it is a customer request like any other: in the inbox among the customers', and it can be accepted into a
    // work order for that customer.
    const guestsOnly = adminRequestPageSchema.parse(await json(await admin('GET', '/requests?source=guest&limit=100')));
    expect(guestsOnly.items.map((item) => item.id)).not.toContain(guest.id);
    const customersOnly = adminRequestPageSchema.parse(await json(await admin('GET', '/requests?source=portal&q=gerda&limit=100')));
    expect(customersOnly.items.map((item) => item.id)).toContain(guest.id);
    expect((await admin('PATCH', `/requests/${guest.id}`, { status: 'in_review' })).status).toBe(200);
    expect((await admin('PUT', `/work-orders/wo-${guest.id}`, { customerExternalId: externalId, number: 'WB-77', description: 'Kraan vervangen', status: 'planned' })).status).toBe(201);
    const accepted = await admin('PATCH', `/requests/${guest.id}`, { status: 'accepted', workOrderExternalId: `wo-${guest.id}` });
    expect(accepted.status).toBe(200);
    expect(adminRequestDetailSchema.parse(await json(accepted)).workOrder).toMatchObject({ externalId: `wo-${guest.id}`, number: 'WB-77' });

    // The guest accepts the invite and finds the request, with its work order, in the portal.
    const signedIn = await callPortal(t.app, 'alpha', '/auth/invite/accept', { body: { token: made.invite.token, password } });
    expect(signedIn.status).toBe(200);
    const { accessToken } = await json(signedIn);
    const seen = await json(await callPortal(t.app, 'alpha', `/requests/${guest.id}`, { token: accessToken }));
    expect(seen).toMatchObject({ id: guest.id, status: 'accepted', workOrder: { number: 'WB-77', status: 'planned' } });
  });

  it('makes a console customer when a staff member converts the guest, and a back-office one for an API key', async () => {
    await seedStaff(t.deps, { tenantId: alpha.tenantId, email: 'petra@alpha.example', name: 'Petra Planning', role: 'staff' });
    const cookie = await signInStaff(t.app, 'petra@alpha.example');
    const byStaff = await guestRequest();
    const made = guestCustomerSchema.parse(await json(await callAdminAsStaff(t.app, cookie, 'POST', `/requests/${byStaff.id}/customer`, {})));
    const byKey = await guestRequest();
    const synced = guestCustomerSchema.parse(await json(await admin('POST', `/requests/${byKey.id}/customer`, {})));
    const sources = await t.deps.db
      .selectFrom('customers')
      .innerJoin('locations', 'locations.customer_id', 'customers.id')
      .select(['customers.external_id', 'customers.source', 'locations.source as locationSource'])
      .where('customers.external_id', 'in', [made.customer.externalId, synced.customer.externalId])
      .orderBy('customers.external_id')
      .execute();
    expect(Object.fromEntries(sources.map((row) => [row.external_id, [row.source, row.locationSource]]))).toEqual({
      [made.customer.externalId]: ['console', 'console'],
      [synced.customer.externalId]: ['api', 'api'],
    });
  });

  it('takes the back office’s id, another name and the portal the invite is for, and mails nothing unless asked', async () => {
    const guest = await guestRequest();
    const response = await admin('POST', `/requests/${guest.id}/customer`, { externalId: 'DEB-5001', name: 'Gast Holding B.V.', portal: 'alpha-zakelijk' });
    expect(response.status).toBe(201);
    const made = guestCustomerSchema.parse(await json(response));
    expect(made.customer).toMatchObject({ externalId: 'DEB-5001', name: 'Gast Holding B.V.' });
    expect(made.contact.name).toBe('Gerda Gast');
    expect(made.invite.url).toMatch(/^https:\/\/zakelijk\.alpha\.example\/#kp-invite=/);
    expect(made.request.customer).toMatchObject({ externalId: 'DEB-5001', name: 'Gast Holding B.V.' });
    await t.deps.mailer.idle();
    expect(await t.deps.db.selectFrom('emails').select('id').where('to_address', '=', guest.email).execute()).toEqual([]);
  });

  it('answers 409 for a request that is no guest request, or no longer is one, and changes nothing', async () => {
    const guest = await guestRequest();
    expect((await admin('POST', `/requests/${guest.id}/customer`, {})).status).toBe(201);
    await refusedWithoutChange(guest.id, () => admin('POST', `/requests/${guest.id}/customer`, { externalId: 'DEB-twice' }), 409, 'conflict');

    const customerId = await seedCustomer(t.deps.db, alpha.tenantId, 'DEB-portal');
    const contactId = await seedContact(t.deps.db, { tenantId: alpha.tenantId, customerId, email: 'klant@alpha.example' });
    const { token } = await signInAs(t.deps, { tenantId: alpha.tenantId, portalId: alpha.portalId, contactId });
    const submitted = await submitRequest(t.app, 'alpha', token, validRequest());
    const { id } = await json(submitted);
    await refusedWithoutChange(id, () => admin('POST', `/requests/${id}/customer`, {}), 409, 'conflict');
  });

  it('answers 409 and makes nothing when the externalId or the guest’s email address is taken, or an invite cannot be mailed', async () => {
    const guest = await guestRequest('alpha-kaal');
    await seedCustomer(t.deps.db, alpha.tenantId, 'DEB-taken');
    await refusedWithoutChange(guest.id, () => admin('POST', `/requests/${guest.id}/customer`, { externalId: 'DEB-taken' }), 409, 'conflict');
    await refusedWithoutChange(guest.id, () => admin('POST', `/requests/${guest.id}/customer`, { invite: true }), 409, 'conflict');

    const customerId = await seedCustomer(t.deps.db, alpha.tenantId, 'DEB-has-email');
    await seedContact(t.deps.db, { tenantId: alpha.tenantId, customerId, email: guest.email });
    await refusedWithoutChange(guest.id, () => admin('POST', `/requests/${guest.id}/customer`, {}), 409, 'conflict');
    expect((await admin('GET', `/customers/guest-${guest.reference}`)).status).toBe(404);
  });

  it('answers 404 to another business and for a portal the business does not have, and changes nothing', async () => {
    const guest = await guestRequest();
    await refusedWithoutChange(guest.id, () => callAdmin(t.app, bravo.apiKey, 'POST', `/requests/${guest.id}/customer`, {}), 404, 'not_found');
    await refusedWithoutChange(guest.id, () => callAdmin(t.app, bravo.apiKey, 'POST', `/requests/${guest.id}/customer`, { portal: 'bravo' }), 404, 'not_found');
    await refusedWithoutChange(guest.id, () => admin('POST', `/requests/${guest.id}/customer`, { portal: 'bravo' }), 404, 'not_found');
    await refusedWithoutChange(guest.id, () => admin('POST', '/requests/req_onbekend/customer', {}), 404, 'not_found');
  });

  it('answers 400 to a body it cannot take, and changes nothing', async () => {
    const guest = await guestRequest();
    for (const body of [{ customerId: 'cus_forged' }, { externalId: 'met spatie' }, { name: '' }, { invite: 'ja' }, { portal: 'Geen Slug' }]) {
      await refusedWithoutChange(guest.id, () => admin('POST', `/requests/${guest.id}/customer`, body), 400, 'validation_failed');
    }
  });
});
