import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, callPortal, seedTwoTenants } from '../../test/support/fixtures.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
});
afterAll(async () => {
  await t.close();
});

const admin = (method: string, path: string, body?: unknown, apiKey = tenants.alpha.apiKey) => callAdmin(t.app, apiKey, method, path, body);

describe(`admin portals on ${dialectUnderTest}`, () => {
  it('lists only the business’s own portals, with their settings', async () => {
    const response = await admin('GET', '/portals');
    expect(response.status).toBe(200);
    const page = await json(response);
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((item: { slug: string }) => item.slug)).toEqual(['alpha']);
    expect(page.items[0]).toEqual({
      slug: 'alpha',
      settings: expect.objectContaining({ name: 'Business alpha', enabled: true, locale: 'nl' }),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(JSON.stringify(page)).not.toMatch(/sso_secret|ssoSecret|tenant/);
  });

  it('replaces the settings with PUT, filling in defaults, and the public config follows', async () => {
    const response = await admin('PUT', '/portals/alpha', {
      name: 'Alpha Installaties',
      locale: 'en',
      homeUrl: 'https://alpha.example/portaal',
      allowedOrigins: ['https://alpha.example'],
      features: { orders: true },
    });
    expect(response.status).toBe(200);
    const portal = await json(response);
    expect(portal.settings).toMatchObject({
      name: 'Alpha Installaties',
      locale: 'en',
      enabled: true,
      features: { orders: true, requests: true, contacts: true },
      auth: { password: true, magicLink: true, sso: { enabled: false } },
    });
    expect(portal).not.toHaveProperty('ssoSecret');
    const config = await json(await callPortal(t.app, 'alpha', '/config'));
    expect(config.portal).toEqual({ slug: 'alpha', name: 'Alpha Installaties', locale: 'en', homeUrl: 'https://alpha.example/portaal' });
    expect(config.features.orders).toBe(true);
  });

  it('changes nothing when the same settings come again', async () => {
    const body = { name: 'Alpha Stabiel', homeUrl: 'https://alpha.example/' };
    const first = await json(await admin('PUT', '/portals/alpha', body));
    const second = await admin('PUT', '/portals/alpha', body);
    expect(second.status).toBe(200);
    expect((await json(second)).updatedAt).toBe(first.updatedAt);
  });

  it('validates strictly: unknown fields, wrong types and bad URLs are 400 and nothing is stored', async () => {
    const before = await json(await admin('GET', '/portals'));
    for (const body of [
      { name: 'X', unknownSetting: true },
      { name: 'X', features: { payroll: true } },
      { name: 'X', allowedOrigins: ['https://alpha.example/path'] },
      { name: 'X', homeUrl: 'javascript:alert(1)' },
      { name: 'X', branding: { primaryColor: 'red' } },
      { name: '' },
      { name: 'X', requestForm: { requireTerms: true } },
    ]) {
      const response = await admin('PUT', '/portals/alpha', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await json(response)).error.code).toBe('validation_failed');
    }
    expect(await json(await admin('GET', '/portals'))).toEqual(before);
  });

  it('creates a new portal for the business with 201', async () => {
    const response = await admin('PUT', '/portals/alpha-zakelijk', { name: 'Alpha Zakelijk' });
    expect(response.status).toBe(201);
    expect((await json(response)).slug).toBe('alpha-zakelijk');
    const slugs = (await json(await admin('GET', '/portals'))).items.map((item: { slug: string }) => item.slug);
    expect(slugs).toEqual(['alpha', 'alpha-zakelijk']);
    expect((await callPortal(t.app, 'alpha-zakelijk', '/config')).status).toBe(200);
  });

  it('answers 404 for another business’s slug and leaves that portal alone', async () => {
    const response = await admin('PUT', '/portals/bravo', { name: 'Overgenomen' });
    expect(response.status).toBe(404);
    const bravo = await json(await admin('GET', '/portals', undefined, tenants.bravo.apiKey));
    expect(bravo.items[0].settings.name).toBe('Business bravo');
  });

  it('refuses a slug that is not one', async () => {
    expect((await admin('PUT', '/portals/Hoofd_Letters', { name: 'X' })).status).toBe(400);
    expect((await admin('PUT', `/portals/${'a'.repeat(41)}`, { name: 'X' })).status).toBe(400);
  });

  it('shows the SSO secret once when SSO is switched on, and a new one only when asked to rotate', async () => {
    const on = await admin('PUT', '/portals/alpha-zakelijk', { name: 'Alpha Zakelijk', auth: { sso: { enabled: true } } });
    const { ssoSecret } = await json(on);
    expect(ssoSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = await json(await admin('PUT', '/portals/alpha-zakelijk', { name: 'Alpha Zakelijk', auth: { sso: { enabled: true } } }));
    expect(again).not.toHaveProperty('ssoSecret');
    expect(JSON.stringify(await json(await admin('GET', '/portals')))).not.toContain(ssoSecret);
    const rotated = await json(await admin('PUT', '/portals/alpha-zakelijk?rotateSsoSecret=1', { name: 'Alpha Zakelijk', auth: { sso: { enabled: true } } }));
    expect(rotated.ssoSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rotated.ssoSecret).not.toBe(ssoSecret);
    const rotateWhileOff = await admin('PUT', '/portals/alpha?rotateSsoSecret=1', { name: 'Alpha' });
    expect(rotateWhileOff.status).toBe(400);
    const created = await admin('PUT', '/portals/alpha-sso', { name: 'Alpha SSO', auth: { sso: { enabled: true } } });
    expect(created.status).toBe(201);
    expect((await json(created)).ssoSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('turns the portal off for customers with enabled: false', async () => {
    await admin('PUT', '/portals/alpha-sso', { name: 'Alpha SSO', enabled: false });
    expect((await callPortal(t.app, 'alpha-sso', '/config')).status).toBe(404);
  });
});

describe(`credentials never cross on ${dialectUnderTest}`, () => {
  it('a portal access token on an admin route is 401', async () => {
    const response = await callAdmin(t.app, tenants.alpha.customers[0]!.token, 'GET', '/portals');
    expect(response.status).toBe(401);
  });

  it('an API key on a portal route is 401', async () => {
    const response = await callPortal(t.app, 'alpha', '/me', { headers: { Authorization: `Bearer ${tenants.alpha.apiKey}` } });
    expect(response.status).toBe(401);
  });
});
