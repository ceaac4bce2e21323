// The back-office API's two callers (an API key, a staff session) and what each role may do; staff, API keys and the
// business's settings as an admin manages them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';
import { callAdminAsStaff, callConsole, seedStaff, signInStaff, totpCode } from '../../test/support/staff-fixtures.js';
import { pendingStaffToken } from '../staff/tokens.js';

let t: TestApp;
let business: SeededTenant;
let admin: { id: string; cookie: string };
let colleague: { id: string; cookie: string };

beforeAll(async () => {
  t = await createTestApp();
  business = await seedTenant(t.deps.db, 'rollen');
  const adminId = await seedStaff(t.deps, { tenantId: business.tenantId, email: 'baas@rollen.example', name: 'Bea Baas', role: 'admin' });
  const colleagueId = await seedStaff(t.deps, { tenantId: business.tenantId, email: 'collega@rollen.example', name: 'Cor Collega', role: 'staff' });
  admin = { id: adminId, cookie: await signInStaff(t.app, 'baas@rollen.example') };
  colleague = { id: colleagueId, cookie: await signInStaff(t.app, 'collega@rollen.example') };
});
afterAll(async () => {
  await t.close();
});

const asAdmin = (method: string, path: string, body?: unknown) => callAdminAsStaff(t.app, admin.cookie, method, path, body);
const asColleague = (method: string, path: string, body?: unknown) => callAdminAsStaff(t.app, colleague.cookie, method, path, body);
const withKey = (method: string, path: string, body?: unknown) => callAdmin(t.app, business.apiKey, method, path, body);

describe(`who may do what on the back-office API, on ${dialectUnderTest}`, () => {
  it('role staff handles the daily work but gets 403 on portal settings, webhooks, API keys, staff and business settings', async () => {
    expect((await asColleague('GET', '/customers')).status).toBe(200);
    expect((await asColleague('GET', '/requests')).status).toBe(200);
    expect((await asColleague('GET', '/portals')).status).toBe(200);
    expect((await asColleague('GET', '/tenant')).status).toBe(200);
    const refused = [
      await asColleague('PUT', `/portals/${business.slug}`, { name: 'Ander' }),
      await asColleague('GET', '/webhooks'),
      await asColleague('POST', '/webhooks', { url: 'https://hooks.example/kp', events: ['request.created'] }),
      await asColleague('GET', '/api-keys'),
      await asColleague('POST', '/api-keys', { name: 'stiekem' }),
      await asColleague('GET', '/staff'),
      await asColleague('POST', '/staff', { email: 'vriend@rollen.example', name: 'Vriend', role: 'admin' }),
      await asColleague('PATCH', `/staff/${colleague.id}`, { role: 'admin' }),
      await asColleague('PUT', '/tenant', { name: 'Overgenomen', requireTotp: false }),
      await callAdminAsStaff(t.app, colleague.cookie, 'GET', '//Staff'),
    ];
    for (const answer of refused) {
      expect(answer.status).toBe(403);
      expect((await json(answer)).error.code).toBe('forbidden');
    }
    const me = await t.deps.db.selectFrom('staff').select('role').where('id', '=', colleague.id).executeTakeFirstOrThrow();
    expect(me.role).toBe('staff');
  });

  it('an API key does the back office’s work but can never manage API keys or staff', async () => {
    expect((await withKey('GET', '/customers')).status).toBe(200);
    expect((await withKey('PUT', '/tenant', { name: 'Business rollen', requireTotp: false })).status).toBe(200);
    for (const [method, path, body] of [
      ['GET', '/api-keys'],
      ['POST', '/api-keys', { name: 'nog een' }],
      ['DELETE', `/api-keys/whatever`],
      ['GET', '/staff'],
      ['POST', '/staff', { email: 'machine@rollen.example', name: 'Machine', role: 'admin' }],
      ['PATCH', `/staff/${admin.id}`, { status: 'disabled' }],
    ] as const) {
      const answer = await withKey(method, path, body);
      expect(answer.status, `${method} ${path}`).toBe(403);
    }
    expect(await t.deps.db.selectFrom('staff').select('id').where('email', '=', 'machine@rollen.example').executeTakeFirst()).toBeUndefined();
  });

  it('a bad API key is 401 even with a live staff cookie beside it', async () => {
    const response = await t.app.request('/api/v1/admin/customers', { headers: { Authorization: 'Bearer kp_live_nietgeldigmaarwellanggenoeg', Cookie: `kp_staff=${admin.cookie}` } });
    expect(response.status).toBe(401);
  });
});

describe(`staff, as an admin manages them, on ${dialectUnderTest}`, () => {
  it('lists the business’s staff with no secrets in the answer', async () => {
    const page = await json(await asAdmin('GET', '/staff'));
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((item: { email: string }) => item.email).sort()).toEqual(expect.arrayContaining(['baas@rollen.example', 'collega@rollen.example']));
    expect(JSON.stringify(page)).not.toMatch(/scrypt|password|totp_secret/);
  });

  it('the last active admin cannot be demoted or disabled (409); with a second admin they can', async () => {
    const demote = await asAdmin('PATCH', `/staff/${admin.id}`, { role: 'staff' });
    expect(demote.status).toBe(409);
    expect((await json(demote)).error.details[0].reason).toBe('last_admin');
    expect((await asAdmin('PATCH', `/staff/${admin.id}`, { status: 'disabled' })).status).toBe(409);

    const second = await seedStaff(t.deps, { tenantId: business.tenantId, email: 'tweede@rollen.example', role: 'admin' });
    // A disabled admin does not count as the one that stays.
    await seedStaff(t.deps, { tenantId: business.tenantId, email: 'weg@rollen.example', role: 'admin', status: 'disabled' });
    const promoted = await asAdmin('PATCH', `/staff/${colleague.id}`, { role: 'admin' });
    expect((await json(promoted)).role).toBe('admin');
    expect((await asAdmin('PATCH', `/staff/${colleague.id}`, { role: 'staff' })).status).toBe(200);
    expect((await asAdmin('PATCH', `/staff/${second}`, { status: 'disabled' })).status).toBe(200);
    expect((await asAdmin('PATCH', `/staff/${admin.id}`, { role: 'staff' })).status).toBe(409);
    expect((await asAdmin('PATCH', `/staff/${second}`, { status: 'active' })).status).toBe(200);
    expect((await asAdmin('PATCH', '/staff/stf_onbekend', { role: 'staff' })).status).toBe(404);
  });

  it('an invited person cannot be made active by an admin: only by accepting', async () => {
    const invited = await json(await asAdmin('POST', '/staff', { email: 'uitgenodigd@rollen.example', name: 'Uitgenodigd', role: 'staff' }));
    expect((await asAdmin('PATCH', `/staff/${invited.id}`, { status: 'active' })).status).toBe(409);
  });

  it('names its actor on every audit event: the staff member or the API key, by kind, id and name', async () => {
    await asAdmin('PUT', '/tenant', { name: 'Business rollen', requireTotp: false });
    await withKey('PUT', '/tenant', { name: 'Business rollen', requireTotp: false });
    const events = await t.deps.db
      .selectFrom('audit_events')
      .select(['actor_type', 'actor_id', 'actor_name'])
      .where('tenant_id', '=', business.tenantId)
      .where('action', '=', 'tenant.updated')
      .execute();
    const key = await t.deps.db.selectFrom('api_keys').select(['id', 'name']).where('tenant_id', '=', business.tenantId).executeTakeFirstOrThrow();
    expect(events).toEqual(
      expect.arrayContaining([
        { actor_type: 'staff', actor_id: admin.id, actor_name: 'Bea Baas' },
        { actor_type: 'api_key', actor_id: key.id, actor_name: key.name },
      ]),
    );
  });

  it('names the staff member, too, on events of routes that give only the caller’s id', async () => {
    const created = await asAdmin('POST', '/webhooks', { url: 'https://hooks.rollen.example/kp', events: ['request.created'] });
    expect(created.status).toBe(201);
    const event = await t.deps.db
      .selectFrom('audit_events')
      .select(['actor_type', 'actor_id', 'actor_name'])
      .where('tenant_id', '=', business.tenantId)
      .where('action', '=', 'webhook.created')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ actor_type: 'staff', actor_id: admin.id, actor_name: 'Bea Baas' });
  });
});

describe(`an admin helps a colleague: two-step sign-in reset and a new invite, on ${dialectUnderTest}`, () => {
  const tokenOf = (url: string) => url.split('#kp-staff-invite=')[1]!;
  const mailsTo = async (email: string) => {
    await t.deps.mailer.idle();
    return t.deps.db.selectFrom('emails').select('subject').where('to_address', '=', email).execute();
  };

  it('an invite answers its link to pass on; a new invite is mailed and the old link stops working', async () => {
    const created = await asAdmin('POST', '/staff', { email: 'nieuw@rollen.example', name: 'Nina Nieuw', role: 'staff' });
    expect(created.status).toBe(201);
    const invited = await json(created);
    expect(invited).toMatchObject({ status: 'invited', totpEnabled: false, lastLoginAt: null, invite: { url: expect.stringContaining('/console#kp-staff-invite='), expiresAt: expect.any(String) } });
    const first = tokenOf(invited.invite.url);
    expect(await pendingStaffToken(t.deps.db, 'invite', first)).toMatchObject({ staffId: invited.id });

    const resent = await asAdmin('POST', `/staff/${invited.id}/invite`);
    expect(resent.status).toBe(200);
    const { url } = await json(resent);
    expect(tokenOf(url)).not.toBe(first);
    expect(await pendingStaffToken(t.deps.db, 'invite', first)).toBeUndefined();
    expect(await pendingStaffToken(t.deps.db, 'invite', tokenOf(url))).toMatchObject({ staffId: invited.id });
    expect(await mailsTo('nieuw@rollen.example')).toHaveLength(2);

    const again = await asAdmin('POST', `/staff/${colleague.id}/invite`);
    expect(again.status).toBe(409);
    expect((await json(again)).error.details[0].reason).toBe('not_invited');
    expect((await asAdmin('POST', '/staff/stf_onbekend/invite')).status).toBe(404);
    expect((await asColleague('POST', `/staff/${invited.id}/invite`)).status).toBe(403);
    expect((await withKey('POST', `/staff/${invited.id}/invite`)).status).toBe(403);
  });

  it('resetting two-step sign-in clears the secret and recovery codes, ends their sessions and is audited', async () => {
    const id = await seedStaff(t.deps, { tenantId: business.tenantId, email: 'telefoon-kwijt@rollen.example', name: 'Tom Telefoon', role: 'staff' });
    const cookie = await signInStaff(t.app, 'telefoon-kwijt@rollen.example');
    const setup = await json(await callConsole(t.app, '/totp/setup', { cookie, body: {} }));
    const confirmed = await callConsole(t.app, '/totp/confirm', { cookie, body: { code: totpCode(setup.secret) } });
    expect(confirmed.status).toBe(200);
    const listed = (await json(await asAdmin('GET', '/staff?limit=100'))).items.find((item: { id: string }) => item.id === id);
    expect(listed).toMatchObject({ totpEnabled: true, lastLoginAt: expect.any(String), status: 'active' });

    const reset = await asAdmin('PATCH', `/staff/${id}`, { resetTotp: true });
    expect(reset.status).toBe(200);
    expect(await json(reset)).toMatchObject({ id, totpEnabled: false });
    const row = await t.deps.db.selectFrom('staff').select(['totp_secret', 'totp_confirmed_at']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ totp_secret: null, totp_confirmed_at: null });
    expect(await t.deps.db.selectFrom('staff_recovery_codes').select('id').where('staff_id', '=', id).execute()).toEqual([]);
    expect((await callAdminAsStaff(t.app, cookie, 'GET', '/customers')).status).toBe(401);
    const audited = await t.deps.db.selectFrom('audit_events').select(['actor_id']).where('action', '=', 'staff.totp_reset').where('subject_id', '=', id).execute();
    expect(audited).toEqual([{ actor_id: admin.id }]);
    // They sign in with their password alone again.
    expect(await signInStaff(t.app, 'telefoon-kwijt@rollen.example')).toEqual(expect.any(String));

    const nothingLeft = await asAdmin('PATCH', `/staff/${id}`, { resetTotp: true });
    expect(nothingLeft.status).toBe(409);
    expect((await json(nothingLeft)).error.details[0].reason).toBe('totp_not_enabled');
    const own = await asAdmin('PATCH', `/staff/${admin.id}`, { resetTotp: true });
    expect(own.status).toBe(409);
    expect((await json(own)).error.details[0].reason).toBe('own_account');
    expect((await asAdmin('PATCH', `/staff/${id}`, { resetTotp: true, role: 'admin' })).status).toBe(400);
    expect((await asAdmin('PATCH', `/staff/${id}`, { resetTotp: false })).status).toBe(400);
    expect((await asColleague('PATCH', `/staff/${id}`, { resetTotp: true })).status).toBe(403);
  });

  it('another business’s staff member is 404 for reset and invite', async () => {
    const other = await seedTenant(t.deps.db, 'anders');
    const stranger = await seedStaff(t.deps, { tenantId: other.tenantId, email: 'vreemd@anders.example', role: 'staff', status: 'invited', password: null });
    expect((await asAdmin('PATCH', `/staff/${stranger}`, { resetTotp: true })).status).toBe(404);
    expect((await asAdmin('POST', `/staff/${stranger}/invite`)).status).toBe(404);
    expect((await asAdmin('PATCH', `/staff/${stranger}`, { status: 'disabled' })).status).toBe(404);
  });
});

describe(`API keys, as an admin manages them, on ${dialectUnderTest}`, () => {
  it('a new key is shown once and works; the list shows name, created and last used, never the key; revoking stops it', async () => {
    const created = await asAdmin('POST', '/api-keys', { name: 'Planningssoftware' });
    expect(created.status).toBe(201);
    const { id, name, key } = await json(created);
    expect(name).toBe('Planningssoftware');
    expect(key).toMatch(/^kp_live_[A-Za-z0-9_-]{32}$/);
    expect((await callAdmin(t.app, key, 'GET', '/customers')).status).toBe(200);

    const list = await json(await asAdmin('GET', '/api-keys'));
    const listed = list.items.find((item: { id: string }) => item.id === id);
    expect(listed).toEqual({ id, name: 'Planningssoftware', prefix: key.slice(0, 12), createdAt: expect.any(String), lastUsedAt: expect.any(String) });
    expect(JSON.stringify(list)).not.toContain(key);

    // Noted once a minute at most, so using a key costs no write per request.
    const noted = await t.deps.db.selectFrom('api_keys').select('last_used_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect((await callAdmin(t.app, key, 'GET', '/customers')).status).toBe(200);
    expect(await t.deps.db.selectFrom('api_keys').select('last_used_at').where('id', '=', id).executeTakeFirstOrThrow()).toEqual(noted);

    expect((await asAdmin('DELETE', `/api-keys/${id}`)).status).toBe(204);
    // Refused on the very next request: no cache keeps a revoked key alive.
    expect((await callAdmin(t.app, key, 'GET', '/customers')).status).toBe(401);
    expect((await callAdmin(t.app, key, 'PUT', '/tenant', { name: 'Gekaapt', requireTotp: false })).status).toBe(401);
    expect((await asAdmin('DELETE', `/api-keys/${id}`)).status).toBe(404);
    expect((await json(await asAdmin('GET', '/api-keys'))).items.some((item: { id: string }) => item.id === id)).toBe(false);
  });
});

describe(`the business’s settings, on ${dialectUnderTest}`, () => {
  it('GET and PUT /tenant {name, requireTotp}; unknown fields are refused', async () => {
    const before = await json(await asColleague('GET', '/tenant'));
    expect(before).toEqual({ id: business.tenantId, name: 'Business rollen', requireTotp: false, createdAt: expect.any(String) });
    const put = await asAdmin('PUT', '/tenant', { name: 'Rollen Installatie', requireTotp: false });
    expect(await json(put)).toMatchObject({ name: 'Rollen Installatie', requireTotp: false });
    expect((await asAdmin('PUT', '/tenant', { name: 'Rollen', requireTotp: false, id: 'ten_ander' })).status).toBe(400);
    await asAdmin('PUT', '/tenant', { name: 'Business rollen', requireTotp: false });
  });
});
