import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import {
  callPortal,
  refreshCookieOf,
  seedContact,
  seedCustomer,
  seedPasswordContact,
  seedTenant,
  signInAs,
  type PortalCall,
  type SeededTenant,
} from '../../test/support/fixtures.js';

const password = 'Groene voordeur met bel';
let t: TestApp;
let shop: SeededTenant;
let customerId: string;
let n = 0;

beforeAll(async () => {
  t = await createTestApp();
  shop = await seedTenant(t.deps.db, 'klus', { homeUrl: 'https://klus.nl/portaal', locale: 'en' });
  customerId = await seedCustomer(t.deps.db, shop.tenantId, 'K1', 'Huize Klus');
});
afterAll(async () => {
  await t.close();
});

const call = (path: string, options: PortalCall = {}) => callPortal(t.app, 'klus', path, options);

async function signedInContact() {
  n += 1;
  const email = `me${n}@example.nl`;
  const id = await seedPasswordContact(t.deps, { tenantId: shop.tenantId, customerId, email, password, name: 'Els Klus' });
  const login = async () => {
    const response = await call('/auth/login', { body: { email, password: currentPassword }, ip: `192.0.2.${n}` });
    expect(response.status).toBe(200);
    return { token: (await json(response)).accessToken as string, cookie: refreshCookieOf(response)! };
  };
  let currentPassword = password;
  return { id, email, login, setPassword: (value: string) => (currentPassword = value) };
}

describe(`the signed-in contact's account on ${dialectUnderTest}`, () => {
  it('shows the contact with their customer and their choice of mails, and nothing else', async () => {
    const contact = await signedInContact();
    const { token } = await contact.login();
    const response = await call('/me', { token });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({
      id: contact.id,
      email: contact.email,
      name: 'Els Klus',
      phone: null,
      role: 'member',
      locale: 'en',
      customer: { id: customerId, name: 'Huize Klus' },
      mailPreferences: { requestUpdates: true, messages: true, newQuotes: true, newInvoices: true, workOrderPlanning: true },
    });
  });

  it('needs a token: without one, 401', async () => {
    expect((await call('/me')).status).toBe(401);
    expect((await call('/me', { token: 'a.b.c' })).status).toBe(401);
  });

  it('updates name, phone and language, and refuses anything else', async () => {
    const contact = await signedInContact();
    const { token } = await contact.login();
    const response = await call('/me', { method: 'PATCH', token, body: { name: 'Els van Klus', phone: '+31 6 1234 5678', locale: 'nl' } });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ name: 'Els van Klus', phone: '+31 6 1234 5678', locale: 'nl' });
    const cleared = await call('/me', { method: 'PATCH', token, body: { phone: null, locale: null } });
    expect(await json(cleared)).toMatchObject({ phone: null, locale: 'en' });
    await call('/me', { method: 'PATCH', token, body: { phone: '020 123 4567' } });
    const emptied = await call('/me', { method: 'PATCH', token, body: { phone: '' } });
    expect(await json(emptied)).toMatchObject({ phone: null });

    for (const body of [{ role: 'admin' }, { email: 'other@example.nl' }, { customerId: 'cus_x' }, { status: 'active' }, {}, { name: '' }, { phone: 'bel me maar' }]) {
      const refused = await call('/me', { method: 'PATCH', token, body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
    }
    const row = await t.deps.db.selectFrom('contacts').select(['role', 'email', 'customer_id']).where('id', '=', contact.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'member', email: contact.email, customer_id: customerId });
  });

  it('changes the password: other devices are signed out at once, this one stays, and the old password stops working', async () => {
    const contact = await signedInContact();
    const here = await contact.login();
    const elsewhere = await contact.login();
    const newPassword = 'Rode dakpannen na de storm';
    const response = await call('/me/password', { token: here.token, body: { currentPassword: password, newPassword } });
    expect(response.status).toBe(204);

    expect((await call('/me', { token: elsewhere.token })).status).toBe(401);
    const refreshElsewhere = await callPortal(t.app, 'klus', '/auth/refresh', {
      method: 'POST',
      cookie: elsewhere.cookie,
      headers: { 'X-Requested-With': 'klantportaal' },
    });
    expect(refreshElsewhere.status).toBe(204);
    expect((await call('/me', { token: here.token })).status).toBe(200);

    expect((await call('/auth/login', { body: { email: contact.email, password }, ip: '192.0.2.200' })).status).toBe(401);
    contact.setPassword(newPassword);
    await contact.login();
    const audit = await t.deps.db.selectFrom('audit_events').select('action').where('subject_id', '=', contact.id).where('action', '=', 'contact.password_changed').execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a wrong current password and a common new one, changing nothing', async () => {
    const contact = await signedInContact();
    const { token } = await contact.login();
    const wrong = await call('/me/password', { token, body: { currentPassword: 'not it at all', newPassword: 'Rode dakpannen na de storm' } });
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).error.details[0]).toMatchObject({ path: 'currentPassword', reason: 'wrong_password' });
    const common = await call('/me/password', { token, body: { currentPassword: password, newPassword: 'iloveyou' } });
    expect(common.status).toBe(400);
    expect((await json(common)).error.details[0]).toMatchObject({ path: 'newPassword', reason: 'too_common' });
    await contact.login();
  });

  it('stops guessing the current password after 5 tries', async () => {
    const contact = await signedInContact();
    const { token } = await contact.login();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await call('/me/password', { token, body: { currentPassword: `guess ${attempt}`, newPassword: 'Rode dakpannen na de storm' } })).status).toBe(400);
    }
    const limited = await call('/me/password', { token, body: { currentPassword: password, newPassword: 'Rode dakpannen na de storm' } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
  });

  it('tells a contact without a password to use the reset link instead', async () => {
    n += 1;
    const id = await seedContact(t.deps.db, { tenantId: shop.tenantId, customerId, email: `sso${n}@example.nl` });
    const { token } = await signInAs(t.deps, { tenantId: shop.tenantId, portalId: shop.portalId, contactId: id });
    const response = await call('/me/password', { token, body: { currentPassword: 'anything', newPassword: 'Rode dakpannen na de storm' } });
    expect(response.status).toBe(409);
    expect((await json(response)).error.details[0].reason).toBe('no_password');
  });
});
