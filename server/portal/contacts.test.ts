import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, seedContact, seedTwoTenants, signInAs, type PortalCall } from '../../test/support/fixtures.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;

// alpha's first customer has an admin (c1), its second a member (c2); bravo is another business.
beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  const settings = { name: 'Alpha Installaties', homeUrl: 'https://alpha.example/portaal' };
  expect((await callAdmin(t.app, tenants.alpha.apiKey, 'PUT', '/portals/alpha', settings)).status).toBe(200);
});
afterAll(async () => {
  await t.close();
});

const admin = () => tenants.alpha.customers[0]!;
const call = (path: string, options: PortalCall = {}) => callPortal(t.app, 'alpha', path, { token: admin().token, ...options });

describe(`a customer's administrator managing colleagues on ${dialectUnderTest}`, () => {
  it('invites a colleague: 201 with the contact, an invite mail in the mailbox, and no token in the answer', async () => {
    const response = await call('/contacts', { body: { email: 'Nieuw@Alpha-C1.example', name: 'Nieuwe Collega', role: 'member', locale: 'en' } });
    expect(response.status).toBe(201);
    const contact = await json(response);
    expect(contact).toEqual({
      id: expect.stringMatching(/^con_/),
      email: 'nieuw@alpha-c1.example',
      name: 'Nieuwe Collega',
      phone: null,
      role: 'member',
      status: 'invited',
      locale: 'en',
      lastLoginAt: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    await t.deps.mailer.idle();
    const mail = await t.deps.db.selectFrom('emails').selectAll().where('to_address', '=', 'nieuw@alpha-c1.example').executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Your invitation to the Alpha Installaties customer portal');
    expect(mail.text_body).toMatch(/https:\/\/alpha\.example\/portaal#kp-invite=[A-Za-z0-9_-]{43}/);
    expect(mail.text_body).toContain('c1 invites you');
    const token = /#kp-invite=([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
    expect(JSON.stringify(contact)).not.toContain(token);

    const accepted = await callPortal(t.app, 'alpha', '/auth/invite/accept', { body: { token, password: 'Zes kopjes koffie per dag' } });
    expect(accepted.status).toBe(200);
    expect((await json(accepted)).user.customer.id).toBe(admin().customerId);
  });

  it('lists only the colleagues of the own customer', async () => {
    const response = await call('/contacts');
    expect(response.status).toBe(200);
    const page = await json(response);
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((item: { email: string }) => item.email)).toContain('c1@alpha.example');
    expect(page.items.map((item: { email: string }) => item.email)).not.toContain('c2@alpha.example');
    expect(JSON.stringify(page)).not.toMatch(/password|hash/);
  });

  it('refuses an email address already in use by this business with 409', async () => {
    const response = await call('/contacts', { body: { email: 'c2@alpha.example', name: 'Dubbel' } });
    expect(response.status).toBe(409);
    expect((await json(response)).error.code).toBe('conflict');
  });

  it('disables a colleague, which ends their access at once, and enables them again', async () => {
    const colleagueId = await seedContact(t.deps.db, { tenantId: tenants.alpha.tenantId, customerId: admin().customerId, email: 'collega@alpha-c1.example' });
    const colleague = await signInAs(t.deps, { tenantId: tenants.alpha.tenantId, portalId: tenants.alpha.portalId, contactId: colleagueId });
    expect((await callPortal(t.app, 'alpha', '/me', { token: colleague.token })).status).toBe(200);

    const disabled = await call(`/contacts/${colleagueId}`, { method: 'PATCH', body: { status: 'disabled' } });
    expect(disabled.status).toBe(200);
    expect((await json(disabled)).status).toBe('disabled');
    expect((await callPortal(t.app, 'alpha', '/me', { token: colleague.token })).status).toBe(401);

    const enabled = await call(`/contacts/${colleagueId}`, { method: 'PATCH', body: { status: 'active', role: 'admin' } });
    expect(await json(enabled)).toMatchObject({ status: 'active', role: 'admin' });
    // The sessions of before stay ended.
    expect((await callPortal(t.app, 'alpha', '/me', { token: colleague.token })).status).toBe(401);
    const audit = await t.deps.db.selectFrom('audit_events').select(['action', 'actor_id']).where('subject_id', '=', colleagueId).where('action', '=', 'contact.updated').execute();
    expect(audit).toEqual([
      { action: 'contact.updated', actor_id: admin().contactId },
      { action: 'contact.updated', actor_id: admin().contactId },
    ]);
  });

  it('cannot disable themself or give up their own administrator role', async () => {
    const disable = await call(`/contacts/${admin().contactId}`, { method: 'PATCH', body: { status: 'disabled' } });
    expect(disable.status).toBe(403);
    const demote = await call(`/contacts/${admin().contactId}`, { method: 'PATCH', body: { role: 'member' } });
    expect(demote.status).toBe(403);
    expect((await callPortal(t.app, 'alpha', '/me', { token: admin().token })).status).toBe(200);
  });

  it('gets 404 for a contact of another customer or another business, and changes nothing', async () => {
    for (const other of [tenants.alpha.customers[1]!, tenants.bravo.customers[0]!]) {
      const response = await call(`/contacts/${other.contactId}`, { method: 'PATCH', body: { status: 'disabled' } });
      expect(response.status).toBe(404);
    }
    expect((await callPortal(t.app, 'alpha', '/me', { token: tenants.alpha.customers[1]!.token })).status).toBe(200);
  });

  it('cannot set fields other than role and status', async () => {
    const member = await seedContact(t.deps.db, { tenantId: tenants.alpha.tenantId, customerId: admin().customerId, email: 'veld@alpha-c1.example' });
    for (const body of [{ email: 'x@y.nl' }, { customerId: tenants.alpha.customers[1]!.customerId }, { status: 'invited' }, {}]) {
      expect((await call(`/contacts/${member}`, { method: 'PATCH', body })).status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe(`colleague routes for members and switched-off portals on ${dialectUnderTest}`, () => {
  it('answers a member 403 forbidden on every colleague route', async () => {
    const member = tenants.alpha.customers[1]!;
    for (const [method, path, body] of [
      ['GET', '/contacts', undefined],
      ['POST', '/contacts', { email: 'x@y.nl', name: 'X' }],
      ['PATCH', `/contacts/${member.contactId}`, { role: 'admin' }],
    ] as const) {
      const response = await call(path, { method, token: member.token, ...(body ? { body } : {}) });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect((await json(response)).error.code).toBe('forbidden');
    }
  });

  it('answers 401 without a token and 403 feature_disabled when the portal switched colleagues off', async () => {
    expect((await call('/contacts', { token: '' })).status).toBe(401);
    await callAdmin(t.app, tenants.bravo.apiKey, 'PUT', '/portals/bravo', { name: 'Bravo', features: { contacts: false } });
    const response = await callPortal(t.app, 'bravo', '/contacts', { token: tenants.bravo.customers[0]!.token });
    expect(response.status).toBe(403);
    expect((await json(response)).error.code).toBe('feature_disabled');
  });

  it('refuses an invite with 409 while the portal has no home page for the link', async () => {
    await callAdmin(t.app, tenants.bravo.apiKey, 'PUT', '/portals/bravo', { name: 'Bravo', homeUrl: null });
    const response = await callPortal(t.app, 'bravo', '/contacts', { token: tenants.bravo.customers[0]!.token, body: { email: 'a@b.nl', name: 'A' } });
    expect(response.status).toBe(409);
    expect((await json(response)).error.message).toMatch(/homeUrl/);
    expect(await t.deps.db.selectFrom('contacts').select('id').where('email', '=', 'a@b.nl').executeTakeFirst()).toBeUndefined();
  });
});
