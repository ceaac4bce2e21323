import { randomUUID } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, refreshCookieOf, seedContact, seedCustomer, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';

let t: TestApp;
let shop: SeededTenant;
let ssoSecret: string;
let customerId: string;

const portalSettings = (ssoEnabled: boolean) => ({
  name: 'Loodgieter Pieters',
  homeUrl: 'https://www.pieters.nl/account',
  allowedOrigins: ['https://www.pieters.nl'],
  auth: { sso: { enabled: ssoEnabled } },
});

beforeAll(async () => {
  t = await createTestApp();
  shop = await seedTenant(t.deps.db, 'pieters');
  const enabled = await callAdmin(t.app, shop.apiKey, 'PUT', '/portals/pieters', portalSettings(true));
  ssoSecret = (await json(enabled)).ssoSecret;
  customerId = await seedCustomer(t.deps.db, shop.tenantId, 'K-100', 'Bakkerij Brood');
  await seedCustomer(t.deps.db, shop.tenantId, 'K-200', 'Slagerij Vlees');
  await t.deps.db
    .insertInto('webhooks')
    .values({ id: 'whk_sso', tenant_id: shop.tenantId, url: 'https://erp.pieters.nl/hook', secret: 's', events: '["contact.activated"]', created_at: new Date().toISOString() })
    .execute();
});
afterAll(async () => {
  await t.close();
});

interface IdentityClaims {
  sub?: string;
  customer?: string;
  name?: string;
  email?: string;
  jti?: string;
  expiresIn?: number | null;
}

/** An identity token as the business's own site would sign it for its signed-in user. */
function identityToken(claims: IdentityClaims, secret = ssoSecret, alg = 'HS256'): Promise<string> {
  const { expiresIn = 300, jti = randomUUID(), ...rest } = claims;
  const jwt = new SignJWT({ ...rest, jti }).setProtectedHeader({ alg }).setIssuedAt();
  if (expiresIn !== null) jwt.setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn);
  return jwt.sign(new TextEncoder().encode(secret));
}

const sso = (identity: string) => callPortal(t.app, 'pieters', '/auth/sso', { body: { identityToken: identity } });

describe(`SSO sign-in on ${dialectUnderTest}`, () => {
  it('creates an active contact for the named customer and signs in', async () => {
    const response = await sso(await identityToken({ sub: 'Marie@Bakkerij.nl', customer: 'K-100', name: 'Marie Brood' }));
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.user).toMatchObject({ email: 'marie@bakkerij.nl', name: 'Marie Brood', role: 'member', customer: { id: customerId, name: 'Bakkerij Brood' } });
    expect(refreshCookieOf(response)).toBeDefined();
    const row = await t.deps.db.selectFrom('contacts').selectAll().where('id', '=', body.user.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'active', customer_id: customerId, password_hash: null });
    expect((await callPortal(t.app, 'pieters', '/me', { token: body.accessToken })).status).toBe(200);

    const again = await sso(await identityToken({ sub: 'marie@bakkerij.nl', customer: 'K-100' }));
    expect((await json(again)).user.id).toBe(body.user.id);
    const deliveries = await t.deps.db.selectFrom('webhook_deliveries').select('payload').where('webhook_id', '=', 'whk_sso').execute();
    const announced = deliveries.map((delivery) => JSON.parse(delivery.payload)).filter((event) => event.data.contact.id === body.user.id);
    expect(announced).toHaveLength(1);
    expect(announced[0]).toMatchObject({ type: 'contact.activated', data: { via: 'sso', contact: { email: 'marie@bakkerij.nl', customerExternalId: 'K-100' } } });
  });

  it('finds the contact by the site’s own user id, and activates an invited contact', async () => {
    const invited = await seedContact(t.deps.db, { tenantId: shop.tenantId, customerId, email: 'jan@bakkerij.nl', status: 'invited' });
    const first = await sso(await identityToken({ sub: 'user-4711', email: 'jan@bakkerij.nl', customer: 'K-100' }));
    expect(first.status).toBe(200);
    expect((await json(first)).user.id).toBe(invited);
    const row = await t.deps.db.selectFrom('contacts').select(['status', 'external_id']).where('id', '=', invited).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'active', external_id: 'user-4711' });
    const byId = await sso(await identityToken({ sub: 'user-4711', customer: 'K-100' }));
    expect((await json(byId)).user.id).toBe(invited);
  });

  it('uses every identity token once (jti)', async () => {
    const token = await identityToken({ sub: 'once@bakkerij.nl', customer: 'K-100' });
    expect((await sso(token)).status).toBe(200);
    const replay = await sso(token);
    expect(replay.status).toBe(401);
    expect((await json(replay)).error.message).toMatch(/used before/);
  });

  it('refuses tokens that live longer than 10 minutes, have expired, or carry no exp', async () => {
    const long = await sso(await identityToken({ sub: 'a@bakkerij.nl', customer: 'K-100', expiresIn: 3600 }));
    expect(long.status).toBe(401);
    expect((await json(long)).error.message).toMatch(/10 minutes/);
    expect((await sso(await identityToken({ sub: 'a@bakkerij.nl', customer: 'K-100', expiresIn: -60 }))).status).toBe(401);
    expect((await sso(await identityToken({ sub: 'a@bakkerij.nl', customer: 'K-100', expiresIn: null }))).status).toBe(401);
  });

  it('refuses another secret, another algorithm and unsigned tokens', async () => {
    expect((await sso(await identityToken({ sub: 'a@bakkerij.nl', customer: 'K-100' }, 'not-the-secret-of-this-portal-000'))).status).toBe(401);
    expect((await sso(await identityToken({ sub: 'a@bakkerij.nl', customer: 'K-100' }, ssoSecret, 'HS512'))).status).toBe(401);
    const unsigned = new UnsecuredJWT({ sub: 'a@bakkerij.nl', customer: 'K-100', jti: randomUUID() }).setExpirationTime('5m').encode();
    expect((await sso(unsigned)).status).toBe(401);
  });

  it('refuses an unknown customer, a contact of another customer, a disabled contact, and a new user without email', async () => {
    expect((await sso(await identityToken({ sub: 'x@elders.nl', customer: 'K-999' }))).status).toBe(401);
    await seedContact(t.deps.db, { tenantId: shop.tenantId, customerId, email: 'piet@bakkerij.nl' });
    const wrongCustomer = await sso(await identityToken({ sub: 'piet@bakkerij.nl', customer: 'K-200' }));
    expect(wrongCustomer.status).toBe(401);
    await seedContact(t.deps.db, { tenantId: shop.tenantId, customerId, email: 'weg@bakkerij.nl', status: 'disabled' });
    expect((await sso(await identityToken({ sub: 'weg@bakkerij.nl', customer: 'K-100' }))).status).toBe(403);
    expect((await sso(await identityToken({ sub: 'user-without-email', customer: 'K-100' }))).status).toBe(401);
  });

  it('stops working at once when the secret is rotated, and the new secret is shown once', async () => {
    const token = await identityToken({ sub: 'rotate@bakkerij.nl', customer: 'K-100' });
    const rotated = await callAdmin(t.app, shop.apiKey, 'PUT', '/portals/pieters?rotateSsoSecret=1', portalSettings(true));
    expect(rotated.status).toBe(200);
    const { ssoSecret: fresh } = await json(rotated);
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fresh).not.toBe(ssoSecret);
    expect((await sso(token)).status).toBe(401);
    ssoSecret = fresh;
    expect((await sso(await identityToken({ sub: 'rotate@bakkerij.nl', customer: 'K-100' }))).status).toBe(200);
    const unchanged = await callAdmin(t.app, shop.apiKey, 'PUT', '/portals/pieters', portalSettings(true));
    expect(await json(unchanged)).not.toHaveProperty('ssoSecret');
  });

  it('answers 403 feature_disabled once SSO is switched off, and the old secret is gone', async () => {
    const token = await identityToken({ sub: 'off@bakkerij.nl', customer: 'K-100' });
    await callAdmin(t.app, shop.apiKey, 'PUT', '/portals/pieters', portalSettings(false));
    const response = await sso(token);
    expect(response.status).toBe(403);
    expect((await json(response)).error.code).toBe('feature_disabled');
    const row = await t.deps.db.selectFrom('portals').select('sso_secret').where('slug', '=', 'pieters').executeTakeFirstOrThrow();
    expect(row.sso_secret).toBeNull();
  });
});
