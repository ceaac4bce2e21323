// Customers and their portal users as the console keeps them: search, who keeps a customer (source), invites sent
// again, and "view as this customer" from a staff session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';

let t: TestApp;
let alpha: SeededTenant;
let bravo: SeededTenant;
let staffCookie: string;

const address = (postalCode: string) => ({ street: 'Dorpsstraat', houseNumber: '1', postalCode, city: 'Ergens' });

beforeAll(async () => {
  t = await createTestApp();
  alpha = await seedTenant(t.deps.db, 'zoek-alpha', { homeUrl: 'https://alpha.example/portaal' });
  bravo = await seedTenant(t.deps.db, 'zoek-bravo', { homeUrl: 'https://bravo.example/' });
  await seedStaff(t.deps, { tenantId: alpha.tenantId, email: 'petra@alpha.example', name: 'Petra Planning', role: 'staff' });
  staffCookie = await signInStaff(t.app, 'petra@alpha.example');

  const withKey = (key: string, path: string, body: unknown) => callAdmin(t.app, key, 'PUT', path, body);
  await withKey(alpha.apiKey, '/customers/A-1', { name: 'Bakkerij Van Dam', debtorNumber: 'D-7001', email: 'Info@VanDam.nl', address: address('1015 CJ') });
  await withKey(alpha.apiKey, '/customers/A-2', { name: 'Garage Jansen', debtorNumber: '8002' });
  await withKey(alpha.apiKey, '/customers/A-2/locations/L-1', address('3511 AB'));
  await withKey(alpha.apiKey, '/customers/A-3', { name: 'Percentage 100%_ BV' });
  await callAdmin(t.app, alpha.apiKey, 'POST', '/customers/A-3/contacts', { email: 'inkoop@honderd.nl', name: 'Inkoop' });
  await withKey(bravo.apiKey, '/customers/B-1', { name: 'Bakkerij Bravo', debtorNumber: 'D-7001', email: 'info@vandam.nl', address: address('1015 CJ') });
});
afterAll(async () => {
  await t.close();
});

const asStaff = (method: string, path: string, body?: unknown) => callAdminAsStaff(t.app, staffCookie, method, path, body);

async function found(q: string, caller: 'staff' | 'key' = 'staff'): Promise<string[]> {
  const path = `/customers?q=${encodeURIComponent(q)}&limit=100`;
  const response = caller === 'staff' ? await asStaff('GET', path) : await callAdmin(t.app, alpha.apiKey, 'GET', path);
  expect(response.status).toBe(200);
  return (await json(response)).items.map((item: { externalId: string }) => item.externalId).sort();
}

describe(`searching customers on ${dialectUnderTest}`, () => {
  it('finds a customer by any case of its name, debtor number, email, a contact’s email and a postcode, spaces ignored', async () => {
    expect(await found('bakkerij')).toEqual(['A-1']);
    expect(await found('VAN DAM')).toEqual(['A-1']);
    expect(await found('d-70')).toEqual(['A-1']);
    expect(await found('8002')).toEqual(['A-2']);
    expect(await found('info@vandam')).toEqual(['A-1']);
    expect(await found('INKOOP@')).toEqual(['A-3']);
    expect(await found('1015cj')).toEqual(['A-1']);
    expect(await found('1015 C')).toEqual(['A-1']);
    expect(await found('3511 ab')).toEqual(['A-2']);
    expect(await found('geen-enkele-klant')).toEqual([]);
  });

  it('takes % and _ as themselves, and never matches the words of the stored address itself', async () => {
    expect(await found('100%_')).toEqual(['A-3']);
    expect(await found('%')).toEqual(['A-3']);
    expect(await found('_')).toEqual(['A-3']);
    expect(await found('postalCode')).toEqual([]);
  });

  it('never finds another business’s customers, for staff or an API key', async () => {
    expect(await found('Bravo')).toEqual([]);
    expect(await found('Bravo', 'key')).toEqual([]);
    const bravoFinds = await json(await callAdmin(t.app, bravo.apiKey, 'GET', '/customers?q=1015'));
    expect(bravoFinds.items.map((item: { externalId: string }) => item.externalId)).toEqual(['B-1']);
  });

  it('pages through the customers found alone, and counts each customer’s contacts', async () => {
    const first = await json(await asStaff('GET', '/customers?q=a&limit=2'));
    expect(first.items).toHaveLength(2);
    const second = await json(await asStaff('GET', `/customers?q=a&limit=2&cursor=${first.nextCursor}`));
    const ids = [...first.items, ...second.items].map((item: { externalId: string }) => item.externalId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(['A-1', 'A-2', 'A-3']);
    expect(second.nextCursor).toBeNull();
    const honderd = [...first.items, ...second.items].find((item: { externalId: string }) => item.externalId === 'A-3');
    expect(honderd).toMatchObject({ contactCount: 1, source: 'api' });
    expect((await asStaff('GET', `/customers?q=${'x'.repeat(101)}`)).status).toBe(400);
  });
});

describe(`who keeps a customer, on ${dialectUnderTest}`, () => {
  it('a staff session creates a console customer and its work addresses, and may change them', async () => {
    const created = await asStaff('PUT', '/customers/console-cu-1', { name: 'Fam. Console', email: 'thuis@console.example' });
    expect(created.status).toBe(201);
    expect(await json(created)).toMatchObject({ externalId: 'console-cu-1', source: 'console' });
    const changed = await asStaff('PUT', '/customers/console-cu-1', { name: 'Familie Console' });
    expect(changed.status).toBe(200);
    expect(await json(changed)).toMatchObject({ name: 'Familie Console', email: null, source: 'console' });
    const location = await asStaff('PUT', '/customers/console-cu-1/locations/thuis', address('9999 ZZ'));
    expect(location.status).toBe(201);
    expect(await json(location)).toMatchObject({ source: 'console', postalCode: '9999 ZZ' });
    const row = await t.deps.db.selectFrom('customers').select('source').where('external_id', '=', 'console-cu-1').executeTakeFirstOrThrow();
    expect(row.source).toBe('console');
  });

  it('refuses a staff member’s change of a back-office customer or its addresses with 409 read_only_record, changing nothing', async () => {
    const before = await json(await callAdmin(t.app, alpha.apiKey, 'GET', '/customers/A-2'));
    for (const response of [
      await asStaff('PUT', '/customers/A-2', { name: 'Overschreven' }),
      await asStaff('PUT', '/customers/A-2', { name: 'Garage Jansen', debtorNumber: '8002' }),
      await asStaff('PUT', '/customers/A-2/locations/L-1', address('0000 AA')),
      await asStaff('PUT', '/customers/A-2/locations/L-NIEUW', address('0000 AA')),
    ]) {
      expect(response.status).toBe(409);
      const { error } = await json(response);
      expect(error.code).toBe('conflict');
      expect(error.details).toEqual([expect.objectContaining({ reason: 'read_only_record' })]);
    }
    expect(await json(await callAdmin(t.app, alpha.apiKey, 'GET', '/customers/A-2'))).toEqual(before);
  });

  it('an API key’s write keeps working as before, and makes a console customer the back office’s', async () => {
    await asStaff('PUT', '/customers/console-cu-2', { name: 'Eerst console' });
    const taken = await callAdmin(t.app, alpha.apiKey, 'PUT', '/customers/console-cu-2', { name: 'Nu van de backoffice' });
    expect(taken.status).toBe(200);
    expect(await json(taken)).toMatchObject({ source: 'api', name: 'Nu van de backoffice' });
    expect((await asStaff('PUT', '/customers/console-cu-2', { name: 'Terug' })).status).toBe(409);
    expect((await callAdmin(t.app, alpha.apiKey, 'PUT', '/customers/A-9', { name: 'Nieuw' })).status).toBe(201);
    expect(await json(await callAdmin(t.app, alpha.apiKey, 'GET', '/customers/A-9'))).toMatchObject({ source: 'api' });
  });
});

describe(`inviting a contact again, on ${dialectUnderTest}`, () => {
  it('issues a new link, mails it, and the old link no longer works', async () => {
    const invited = await json(await asStaff('POST', '/customers/A-1/contacts', { email: 'opnieuw@vandam.nl', name: 'Opnieuw' }));
    expect(invited.contact.invitedAt).toEqual(expect.any(String));
    const again = await asStaff('POST', `/contacts/${invited.contact.id}/invite`, {});
    expect(again.status).toBe(200);
    const body = await json(again);
    expect(body.invite.token).not.toBe(invited.invite.token);
    expect(body.invite.url).toBe(`https://alpha.example/portaal#kp-invite=${body.invite.token}`);
    expect(body.contact).toMatchObject({ id: invited.contact.id, status: 'invited', customerExternalId: 'A-1' });
    expect(body.contact.invitedAt >= invited.contact.invitedAt).toBe(true);
    await t.deps.mailer.idle();
    const mails = await t.deps.db.selectFrom('emails').select('kind').where('to_address', '=', 'opnieuw@vandam.nl').execute();
    expect(mails.map((mail) => mail.kind)).toEqual(['invite']);

    const password = 'Twee katten en een hond';
    const old = await callPortal(t.app, alpha.slug, '/auth/invite/accept', { body: { token: invited.invite.token, password } });
    expect(old.status).toBe(400);
    const fresh = await callPortal(t.app, alpha.slug, '/auth/invite/accept', { body: { token: body.invite.token, password } });
    expect(fresh.status).toBe(200);
    const listed = await json(await asStaff('GET', '/customers/A-1/contacts'));
    expect(listed.items.find((item: { id: string }) => item.id === invited.contact.id)).toMatchObject({ status: 'active', invitedAt: body.contact.invitedAt });

    const refused = await asStaff('POST', `/contacts/${invited.contact.id}/invite`, {});
    expect(refused.status).toBe(409);
    expect((await json(refused)).error.code).toBe('conflict');
  });

  it('is throttled per contact, and not found for another business’s contact', async () => {
    const invited = await json(await asStaff('POST', '/customers/A-2/contacts', { email: 'vaak@jansen.nl', name: 'Vaak' }));
    const answers: number[] = [];
    for (let n = 0; n < 6; n++) answers.push((await asStaff('POST', `/contacts/${invited.contact.id}/invite`, { sendInvite: false })).status);
    expect(answers).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await callAdmin(t.app, bravo.apiKey, 'POST', `/contacts/${invited.contact.id}/invite`, {})).status).toBe(404);
  });
});

describe(`viewing as the customer from the console, on ${dialectUnderTest}`, () => {
  it('gives a staff session a read-only portal token, and the audit trail names the staff member', async () => {
    const invited = await json(await asStaff('POST', '/customers/A-3/contacts', { email: 'kijker@honderd.nl', name: 'Kijker' }));
    await callPortal(t.app, alpha.slug, '/auth/invite/accept', { body: { token: invited.invite.token, password: 'Twee katten en een hond' } });
    const issued = await asStaff('POST', '/preview-token', { contactId: invited.contact.id });
    expect(issued.status).toBe(200);
    const preview = await json(issued);
    expect(preview).toMatchObject({ portal: alpha.slug, contact: { id: invited.contact.id, name: 'Kijker' } });

    const me = await callPortal(t.app, alpha.slug, '/me', { token: preview.accessToken });
    expect(me.status).toBe(200);
    expect((await json(me)).customer.name).toBe('Percentage 100%_ BV');
    const write = await callPortal(t.app, alpha.slug, '/me', { token: preview.accessToken, method: 'PATCH', body: { name: 'Niet toegestaan' } });
    expect(write.status).toBe(403);
    const contact = await t.deps.db.selectFrom('contacts').select('name').where('id', '=', invited.contact.id).executeTakeFirstOrThrow();
    expect(contact.name).toBe('Kijker');

    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['actor_type', 'actor_name'])
      .where('action', '=', 'preview.started')
      .where('subject_id', '=', invited.contact.id)
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor_type: 'staff', actor_name: 'Petra Planning' });
  });
});
