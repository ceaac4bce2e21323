// What a customer's administrator cannot do with colleagues: mail without limit, put links or line breaks into mail
// text, learn which addresses other customers use, or lift a disable the business decided.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, seedContact, seedCustomer, seedTenant, signInAs, type PortalCall, type SeededTenant } from '../../test/support/fixtures.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';
import { issueOneTimeToken } from '../auth/one-time-tokens.js';

let t: TestApp;
let tenant: SeededTenant;
let n = 0;

beforeAll(async () => {
  t = await createTestApp();
  tenant = await seedTenant(t.deps.db, 'bewaakt', { homeUrl: 'https://www.bewaakt.example/portaal', name: 'Installatiebedrijf Bewaakt' });
});
afterAll(async () => {
  await t.close();
});

/** A customer of its own with a signed-in administrator: no limit one test reaches touches another. */
async function newCustomer(adminName?: string) {
  n += 1;
  const customerId = await seedCustomer(t.deps.db, tenant.tenantId, `DEB-${n}`);
  const adminId = await seedContact(t.deps.db, { tenantId: tenant.tenantId, customerId, email: `beheer${n}@klant${n}.example`, role: 'admin', ...(adminName ? { name: adminName } : {}) });
  const { token } = await signInAs(t.deps, { tenantId: tenant.tenantId, portalId: tenant.portalId, contactId: adminId });
  const call = (path: string, options: PortalCall = {}) => callPortal(t.app, 'bewaakt', path, { token, ip: `192.0.2.${n}`, ...options });
  return { customerId, adminId, token, call, invite: (email: string, name = 'Nieuwe Collega') => call('/contacts', { body: { email, name } }) };
}

async function mailsTo(email: string) {
  await t.deps.mailer.idle();
  return t.deps.db.selectFrom('emails').selectAll().where('to_address', '=', email).execute();
}

describe(`invite limits on ${dialectUnderTest}`, () => {
  it('lets one customer invite 10 colleagues an hour; the 11th is 429 with Retry-After, and neither stored nor mailed', async () => {
    const customer = await newCustomer();
    for (let i = 1; i <= 10; i += 1) expect((await customer.invite(`collega${i}@limiet${n}.example`)).status).toBe(201);
    const refused = await customer.invite(`collega11@limiet${n}.example`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await json(refused)).error.code).toBe('rate_limited');
    expect(await mailsTo(`collega11@limiet${n}.example`)).toHaveLength(0);
    const stored = await t.deps.db.selectFrom('contacts').select('id').where('customer_id', '=', customer.customerId).execute();
    expect(stored).toHaveLength(11);
  });

  it('invites one address at most 3 times a day, whichever customers try', async () => {
    const email = 'gewild@doelwit.example';
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await (await newCustomer()).invite(email)).status);
    expect(statuses).toEqual([201, 409, 409, 429]);
    expect(await mailsTo(email)).toHaveLength(1);
  });
});

describe(`names in invites and profiles on ${dialectUnderTest}`, () => {
  it.each([
    ['a line break', 'Beste klant\nuw account wordt verwijderd'],
    ['a carriage return', 'Jan\r\nde Vries'],
    ['a tab', 'Jan\tde Vries'],
    ['a bidi override', 'Jan \u202Eseirv ed'],
    ['a line separator', 'Jan\u2028de Vries'],
  ])('refuses a name with %s: 400 naming the field', async (_what, name) => {
    const customer = await newCustomer();
    const response = await customer.invite(`naam${n}@naam.example`, name);
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details).toContainEqual(expect.objectContaining({ path: 'name' }));
    const profile = await customer.call('/me', { method: 'PATCH', body: { name } });
    expect(profile.status).toBe(400);
    expect((await json(profile)).error.details).toContainEqual(expect.objectContaining({ path: 'name' }));
  });

  it.each(['Uw account wordt verwijderd https://evil.test', 'Kijk op www.evil.test', 'Ga naar evil.test', 'Mail jan@evil.nl', 'HTTP://EVIL'])(
    'refuses a name a mail program would show as a link: %s',
    async (name) => {
      const customer = await newCustomer();
      const response = await customer.invite(`link${n}@naam.example`, name);
      expect(response.status).toBe(400);
      expect((await json(response)).error.details).toContainEqual(expect.objectContaining({ path: 'name', message: 'must not contain a web or mail address' }));
      expect(await mailsTo(`link${n}@naam.example`)).toHaveLength(0);
      const profile = await customer.call('/me', { method: 'PATCH', body: { name } });
      expect(profile.status).toBe(400);
      expect((await json(profile)).error.details).toContainEqual(expect.objectContaining({ path: 'name', reason: 'link_in_name' }));
    },
  );

  it.each(['J. de Vries', 'Anna-Marie O’Brien', 'Émile van der Berg-Ünal', 'T.J. Bakker', 'Installatie & Co 2'])('accepts an ordinary name: %s', async (name) => {
    const customer = await newCustomer();
    expect((await customer.invite(`gewoon${n}@naam.example`, name)).status).toBe(201);
    expect((await customer.call('/me', { method: 'PATCH', body: { name } })).status).toBe(200);
  });

  it('refuses a link in the name given when accepting an invite, and keeps the invite usable', async () => {
    const customer = await newCustomer();
    const colleagueId = await seedContact(t.deps.db, { tenantId: tenant.tenantId, customerId: customer.customerId, email: `aanvaard${n}@naam.example`, status: 'invited' });
    const { token } = await issueOneTimeToken(t.deps.db, { tenantId: tenant.tenantId, portalId: tenant.portalId, contactId: colleagueId, purpose: 'invite' });
    const password = 'Zes kopjes koffie per dag';
    const refused = await callPortal(t.app, 'bewaakt', '/auth/invite/accept', { body: { token, password, name: 'Zie www.evil.test' } });
    expect(refused.status).toBe(400);
    expect((await json(refused)).error.details).toContainEqual(expect.objectContaining({ path: 'name', reason: 'link_in_name' }));
    const accepted = await callPortal(t.app, 'bewaakt', '/auth/invite/accept', { body: { token, password, name: 'Gewone Naam' } });
    expect(accepted.status).toBe(200);
  });

  it('leaves out an inviter’s name that holds a link (stored before names were checked) from the invite mail', async () => {
    const customer = await newCustomer('Klik op https://evil.test/login');
    expect((await customer.invite(`oud${n}@naam.example`)).status).toBe(201);
    const [mail] = await mailsTo(`oud${n}@naam.example`);
    expect(mail!.text_body).not.toContain('evil.test');
    expect(mail!.html_body).not.toContain('evil.test');
  });
});

describe(`addresses of other customers on ${dialectUnderTest}`, () => {
  it('refuses an address another customer uses with a neutral 409 that names no one, and tells the business', async () => {
    const other = await newCustomer();
    const inviter = await newCustomer();
    const takenElsewhere = await inviter.invite(`beheer${n - 1}@klant${n - 1}.example`);
    expect(takenElsewhere.status).toBe(409);
    const body = await json(takenElsewhere);
    expect(body.error.details).toEqual([{ path: 'email', message: 'cannot be invited from the portal', reason: 'not_invitable' }]);
    expect(body.error.message).not.toMatch(/exist|already|in use|another|other customer|bestaat|al /i);
    const audit = await t.deps.db.selectFrom('audit_events').selectAll().where('action', '=', 'contact.invite_refused').where('actor_id', '=', inviter.adminId).executeTakeFirst();
    expect(audit).toMatchObject({ subject_id: other.adminId });
    expect(await mailsTo(`beheer${n - 1}@klant${n - 1}.example`)).toHaveLength(0);
  });

  it('says so for an address that is already a colleague of the same customer', async () => {
    const customer = await newCustomer();
    expect((await customer.invite(`dubbel${n}@naam.example`)).status).toBe(201);
    const again = await customer.invite(`dubbel${n}@naam.example`);
    expect(again.status).toBe(409);
    expect((await json(again)).error.details).toEqual([{ path: 'email', message: 'is already a colleague', reason: 'already_colleague' }]);
  });
});

describe(`who disabled a contact on ${dialectUnderTest}`, () => {
  async function colleagueOf(customer: Awaited<ReturnType<typeof newCustomer>>) {
    return seedContact(t.deps.db, { tenantId: tenant.tenantId, customerId: customer.customerId, email: `collega${n}-${Math.random().toString(36).slice(2, 8)}@uit.example` });
  }
  const row = (id: string) => t.deps.db.selectFrom('contacts').select(['status', 'disabled_by', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow();
  const setStatus = (customer: Awaited<ReturnType<typeof newCustomer>>, id: string, status: 'active' | 'disabled') =>
    customer.call(`/contacts/${id}`, { method: 'PATCH', body: { status } });

  it('a disable by the business (API key) cannot be lifted by the customer’s administrator, and nothing changes', async () => {
    const customer = await newCustomer();
    const id = await colleagueOf(customer);
    expect((await callAdmin(t.app, tenant.apiKey, 'PATCH', `/contacts/${id}`, { status: 'disabled' })).status).toBe(200);
    const before = await row(id);
    expect(before).toMatchObject({ status: 'disabled', disabled_by: 'business' });

    const refused = await setStatus(customer, id, 'active');
    expect(refused.status).toBe(403);
    const body = await json(refused);
    expect(body.error).toMatchObject({ code: 'forbidden', details: [expect.objectContaining({ path: 'status', reason: 'disabled_by_business' })] });
    expect(body.error.message).toMatch(/business/);
    expect(await row(id)).toEqual(before);

    expect((await callAdmin(t.app, tenant.apiKey, 'PATCH', `/contacts/${id}`, { status: 'active' })).status).toBe(200);
    expect(await row(id)).toMatchObject({ status: 'active', disabled_by: null });
  });

  it('a disable by a staff member in the console is the business’s as well', async () => {
    const customer = await newCustomer();
    const id = await colleagueOf(customer);
    await seedStaff(t.deps, { tenantId: tenant.tenantId, email: `planner${n}@bewaakt.example`, role: 'staff' });
    const cookie = await signInStaff(t.app, `planner${n}@bewaakt.example`);
    expect((await callAdminAsStaff(t.app, cookie, 'PATCH', `/contacts/${id}`, { status: 'disabled' })).status).toBe(200);
    expect((await setStatus(customer, id, 'active')).status).toBe(403);
    expect(await row(id)).toMatchObject({ status: 'disabled', disabled_by: 'business' });
  });

  it('the customer’s administrator lifts their own disable; once the business disables too, only the business can', async () => {
    const customer = await newCustomer();
    const id = await colleagueOf(customer);
    expect((await setStatus(customer, id, 'disabled')).status).toBe(200);
    expect(await row(id)).toMatchObject({ status: 'disabled', disabled_by: 'customer' });
    expect((await setStatus(customer, id, 'active')).status).toBe(200);
    expect(await row(id)).toMatchObject({ status: 'active', disabled_by: null });

    expect((await setStatus(customer, id, 'disabled')).status).toBe(200);
    expect((await callAdmin(t.app, tenant.apiKey, 'PATCH', `/contacts/${id}`, { status: 'disabled' })).status).toBe(200);
    expect(await row(id)).toMatchObject({ status: 'disabled', disabled_by: 'business' });
    expect((await setStatus(customer, id, 'active')).status).toBe(403);
  });
});
