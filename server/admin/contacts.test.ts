import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, seedTenant, signInAs, type SeededTenant } from '../../test/support/fixtures.js';

let t: TestApp;
let alpha: SeededTenant;
let bravo: SeededTenant;

beforeAll(async () => {
  t = await createTestApp();
  alpha = await seedTenant(t.deps.db, 'alpha', { name: 'Alpha Installaties', homeUrl: 'https://alpha.example/portaal' });
  bravo = await seedTenant(t.deps.db, 'bravo', { homeUrl: 'https://bravo.example/' });
  await callAdmin(t.app, alpha.apiKey, 'PUT', '/portals/alpha-zakelijk', { name: 'Alpha Zakelijk', homeUrl: 'https://zakelijk.alpha.example/', locale: 'en' });
  await callAdmin(t.app, alpha.apiKey, 'PUT', '/customers/K1', { name: 'Klant Een' });
  await callAdmin(t.app, alpha.apiKey, 'PUT', '/customers/K2', { name: 'Klant Twee' });
  await callAdmin(t.app, bravo.apiKey, 'PUT', '/customers/K1', { name: 'Bravo Klant' });
});
afterAll(async () => {
  await t.close();
});

const admin = (method: string, path: string, body?: unknown, apiKey = alpha.apiKey) => callAdmin(t.app, apiKey, method, path, body);

async function mailTo(email: string) {
  await t.deps.mailer.idle();
  return t.deps.db.selectFrom('emails').selectAll().where('to_address', '=', email).execute();
}

describe(`admin contacts on ${dialectUnderTest}`, () => {
  it('creates an invited contact with an invite link on the business’s first portal', async () => {
    const response = await admin('POST', '/customers/K1/contacts', { email: 'Piet@Klant-Een.nl', name: 'Piet Een', role: 'admin' });
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(body).toEqual({
      contact: {
        id: expect.stringMatching(/^con_/),
        customerExternalId: 'K1',
        email: 'piet@klant-een.nl',
        name: 'Piet Een',
        phone: null,
        role: 'admin',
        status: 'invited',
        locale: null,
        lastLoginAt: null,
        invitedAt: expect.any(String),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
      invite: { url: expect.any(String), token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), expiresAt: expect.any(String) },
    });
    expect(body.invite.url).toBe(`https://alpha.example/portaal#kp-invite=${body.invite.token}`);
    const days = (Date.parse(body.invite.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    expect(await mailTo('piet@klant-een.nl')).toHaveLength(0);

    const accepted = await callPortal(t.app, 'alpha', '/auth/invite/accept', { body: { token: body.invite.token, password: 'Twee katten en een hond' } });
    expect(accepted.status).toBe(200);
    expect((await json(accepted)).user).toMatchObject({ id: body.contact.id, role: 'admin' });
  });

  it('mails the invite when asked, for the portal asked for, in that portal’s language', async () => {
    const response = await admin('POST', '/customers/K1/contacts?portal=alpha-zakelijk', { email: 'anna@klant-een.nl', name: 'Anna <b>Een</b>', sendInvite: true });
    expect(response.status).toBe(201);
    const { invite } = await json(response);
    expect(invite.url).toBe(`https://zakelijk.alpha.example/#kp-invite=${invite.token}`);
    const [mail] = await mailTo('anna@klant-een.nl');
    expect(mail).toMatchObject({ kind: 'invite', locale: 'en', subject: 'Your invitation to the Alpha Zakelijk customer portal', status: 'logged' });
    expect(mail!.text_body).toContain(invite.url);
    expect(mail!.html_body).toContain('Anna &lt;b&gt;Een&lt;/b&gt;');
    // The invite belongs to that portal only.
    expect((await callPortal(t.app, 'alpha', '/auth/invite/accept', { body: { token: invite.token, password: 'Twee katten en een hond' } })).status).toBe(400);
    expect((await callPortal(t.app, 'alpha-zakelijk', '/auth/invite/accept', { body: { token: invite.token, password: 'Twee katten en een hond' } })).status).toBe(200);
  });

  it('uses the contact’s own language for the mail when given', async () => {
    await admin('POST', '/customers/K2/contacts', { email: 'john@klant-twee.nl', name: 'John', locale: 'en', sendInvite: true });
    const [mail] = await mailTo('john@klant-twee.nl');
    expect(mail!.locale).toBe('en');
  });

  it('refuses a duplicate email within the business with 409, but another business may use it', async () => {
    const duplicate = await admin('POST', '/customers/K2/contacts', { email: 'PIET@klant-een.nl', name: 'Piet Dubbel' });
    expect(duplicate.status).toBe(409);
    expect((await json(duplicate)).error.code).toBe('conflict');
    expect((await admin('POST', '/customers/K1/contacts', { email: 'piet@klant-een.nl', name: 'Piet Bravo' }, bravo.apiKey)).status).toBe(201);
  });

  it('answers 404 for another business’s customer or portal, and 409 when a mailed invite has no page to open', async () => {
    expect((await admin('POST', '/customers/K9/contacts', { email: 'x@y.nl', name: 'X' })).status).toBe(404);
    expect((await admin('POST', '/customers/K1/contacts?portal=bravo', { email: 'x@y.nl', name: 'X' })).status).toBe(404);
    await admin('PUT', '/portals/alpha-kaal', { name: 'Zonder homeUrl' });
    const noHome = await admin('POST', '/customers/K1/contacts?portal=alpha-kaal', { email: 'kaal@y.nl', name: 'X', sendInvite: true });
    expect(noHome.status).toBe(409);
    const withoutMail = await admin('POST', '/customers/K1/contacts?portal=alpha-kaal', { email: 'kaal@y.nl', name: 'X' });
    expect(withoutMail.status).toBe(201);
    expect((await json(withoutMail)).invite.url).toBeNull();
  });

  it('rejects unknown fields such as a status or a password hash', async () => {
    for (const body of [
      { email: 'a@b.nl', name: 'A', status: 'active' },
      { email: 'a@b.nl', name: 'A', passwordHash: 'scrypt$1' },
      { email: 'a@b.nl', name: 'A', role: 'owner' },
      { email: 'a@b.nl' },
    ]) {
      expect((await admin('POST', '/customers/K1/contacts', body)).status, JSON.stringify(body)).toBe(400);
    }
  });

  it('lists a customer’s contacts, and only theirs', async () => {
    const page = await json(await admin('GET', '/customers/K1/contacts'));
    const emails = page.items.map((item: { email: string }) => item.email);
    expect(emails).toEqual(expect.arrayContaining(['piet@klant-een.nl', 'anna@klant-een.nl']));
    expect(emails).not.toContain('john@klant-twee.nl');
    expect(JSON.stringify(page)).not.toMatch(/password|hash|scrypt/);
    const bravoPage = await json(await admin('GET', '/customers/K1/contacts', undefined, bravo.apiKey));
    expect(bravoPage.items.map((item: { name: string }) => item.name)).toEqual(['Piet Bravo']);
    expect((await admin('GET', '/customers/K404/contacts')).status).toBe(404);
  });

  it('disables a contact: their access ends at once and their invite stops working; role changes too', async () => {
    const created = await json(await admin('POST', '/customers/K2/contacts', { email: 'wordt-uit@klant-twee.nl', name: 'Uit' }));
    const pending = await json(await admin('POST', '/customers/K2/contacts', { email: 'actief@klant-twee.nl', name: 'Actief' }));
    await callPortal(t.app, 'alpha', '/auth/invite/accept', { body: { token: pending.invite.token, password: 'Twee katten en een hond' } });
    const session = await signInAs(t.deps, { tenantId: alpha.tenantId, portalId: alpha.portalId, contactId: pending.contact.id });
    expect((await callPortal(t.app, 'alpha', '/me', { token: session.token })).status).toBe(200);

    const disabled = await admin('PATCH', `/contacts/${pending.contact.id}`, { status: 'disabled' });
    expect(disabled.status).toBe(200);
    expect((await json(disabled)).status).toBe('disabled');
    expect((await callPortal(t.app, 'alpha', '/me', { token: session.token })).status).toBe(401);

    await admin('PATCH', `/contacts/${created.contact.id}`, { status: 'disabled' });
    const refused = await callPortal(t.app, 'alpha', '/auth/invite/accept', { body: { token: created.invite.token, password: 'Twee katten en een hond' } });
    expect(refused.status).toBe(400);

    const promoted = await admin('PATCH', `/contacts/${pending.contact.id}`, { status: 'active', role: 'admin' });
    expect(await json(promoted)).toMatchObject({ status: 'active', role: 'admin', customerExternalId: 'K2' });
    const audit = await t.deps.db.selectFrom('audit_events').select(['action', 'actor_type', 'details']).where('subject_id', '=', pending.contact.id).where('action', '=', 'contact.updated').execute();
    expect(audit.map((event) => event.actor_type)).toEqual(['api_key', 'api_key']);
    expect(audit.map((event) => JSON.parse(event.details!))).toEqual(
      expect.arrayContaining([
        { status: { from: 'active', to: 'disabled' } },
        { role: { from: 'member', to: 'admin' }, status: { from: 'disabled', to: 'active' } },
      ]),
    );
  });

  it('will not activate a contact who has not accepted the invite yet', async () => {
    const created = await json(await admin('POST', '/customers/K2/contacts', { email: 'nog-niet@klant-twee.nl', name: 'Nog Niet' }));
    const response = await admin('PATCH', `/contacts/${created.contact.id}`, { status: 'active' });
    expect(response.status).toBe(409);
  });

  it('answers 404 for another business’s contact', async () => {
    const bravoContact = await json(await admin('POST', '/customers/K1/contacts', { email: 'b@bravo.nl', name: 'B' }, bravo.apiKey));
    expect((await admin('PATCH', `/contacts/${bravoContact.contact.id}`, { status: 'disabled' })).status).toBe(404);
    expect((await admin('PATCH', '/contacts/con_unknown', { status: 'disabled' })).status).toBe(404);
    const row = await t.deps.db.selectFrom('contacts').select('status').where('id', '=', bravoContact.contact.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('invited');
  });
});
