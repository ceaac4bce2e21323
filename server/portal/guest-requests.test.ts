import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, callPortal, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';
import { setPortalSettings } from '../../test/support/customer-data-fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { guestLimits } from './guest-requests.js';

let t: TestApp;
let tenant: SeededTenant;
const slug = 'gasten';

const guestRequest = (overrides: Record<string, unknown> = {}) => ({
  name: 'Gerda de Gast',
  email: 'gerda@example.com',
  phone: '+31 30 123 4567',
  address: { street: 'Oudegracht', houseNumber: '12a', postalCode: '3511 AB', city: 'Utrecht' },
  workType: 'repair',
  description: 'De boiler lekt.',
  preferredDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
  ...overrides,
});

const send = (body: unknown, ip = '203.0.113.7') => callPortal(t.app, slug, '/guest-requests', { body, ip });

beforeAll(async () => {
  t = await createTestApp();
  tenant = await seedTenant(t.deps.db, slug, { features: { guestRequests: true } });
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.deps.db.deleteFrom('rate_limits').execute();
  await setPortalSettings(t.deps.db, slug, (settings) => {
    settings.features.guestRequests = true;
  });
});

async function requestCount(): Promise<number> {
  const row = await t.deps.db.selectFrom('requests').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenant.tenantId).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe(`guest requests on ${dialectUnderTest}`, () => {
  it('takes a request without an account, answers 202 with its reference, and puts it in the inbox', async () => {
    const response = await send(guestRequest({ email: 'Gerda@Example.com', locale: 'en' }));
    expect(response.status).toBe(202);
    const { reference } = await json(response);
    expect(reference).toMatch(/^KP-[A-Z2-9]{6}$/);
    const inbox = await json(await callAdmin(t.app, tenant.apiKey, 'GET', '/requests'));
    expect(inbox.items.find((item: any) => item.reference === reference)).toMatchObject({
      source: 'guest',
      status: 'submitted',
      locale: 'en',
      guest: { name: 'Gerda de Gast', email: 'gerda@example.com', phone: '+31 30 123 4567' },
    });
  });

  it('mails the guest of status changes in the language they wrote in', async () => {
    const { reference } = await json(await send(guestRequest({ email: 'gast-en@example.com', locale: 'en' })));
    const request = await t.deps.db.selectFrom('requests').select('id').where('reference', '=', reference).executeTakeFirstOrThrow();
    const moved = await callAdmin(t.app, tenant.apiKey, 'PATCH', `/requests/${request.id}`, { status: 'rejected', note: 'We do not serve your area.' });
    expect(moved.status).toBe(200);
    await t.deps.mailer.idle();
    const mails = await t.deps.db.selectFrom('emails').selectAll().where('to_address', '=', 'gast-en@example.com').execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'request_status', locale: 'en', subject: `Your request ${reference} is declined` });
    expect(mails[0]!.text_body).toContain('We do not serve your area.');
  });

  it('answers 403 feature_disabled when the portal takes no guest requests', async () => {
    await setPortalSettings(t.deps.db, slug, (settings) => {
      settings.features.guestRequests = false;
    });
    const before = await requestCount();
    const response = await send(guestRequest());
    expect(response.status).toBe(403);
    expect((await json(response)).error.code).toBe('feature_disabled');
    expect(await requestCount()).toBe(before);
  });

  it('answers a bot that fills in the honeypot as if it worked, and keeps nothing', async () => {
    const before = await requestCount();
    const response = await send(guestRequest({ website: 'https://cheap-pills.example' }));
    expect(response.status).toBe(202);
    expect((await json(response)).reference).toMatch(/^KP-[A-Z2-9]{6}$/);
    expect(await requestCount()).toBe(before);
  });

  it('refuses what the request form does not allow, naming the field', async () => {
    const before = await requestCount();
    for (const [body, path] of [
      [guestRequest({ workType: 'painting' }), 'workType'],
      [guestRequest({ email: 'not-an-email' }), 'email'],
      [guestRequest({ address: undefined }), 'address'],
      [guestRequest({ customerId: 'cus_1' }), ''],
    ] as const) {
      const response = await send(body);
      expect(response.status).toBe(400);
      if (path) expect((await json(response)).error.details.map((detail: any) => detail.path)).toContain(path);
    }
    expect(await requestCount()).toBe(before);
  });

  it('throttles one email address, with Retry-After, while others still get through', async () => {
    for (let n = 0; n < guestLimits.perEmail.max; n++) {
      expect((await send(guestRequest({ email: 'druk@example.com', description: `Poging ${n}` }), `203.0.113.${10 + n}`)).status).toBe(202);
    }
    const throttled = await send(guestRequest({ email: 'druk@example.com' }), '203.0.113.99');
    expect(throttled.status).toBe(429);
    expect((await json(throttled)).error.code).toBe('rate_limited');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await send(guestRequest({ email: 'rustig@example.com' }), '203.0.113.99')).status).toBe(202);
  });

  it('throttles one address sending for many email addresses', async () => {
    for (let n = 0; n < guestLimits.perIp.max; n++) {
      expect((await send(guestRequest({ email: `persoon${n}@example.com` }), '198.51.100.50')).status).toBe(202);
    }
    const before = await requestCount();
    expect((await send(guestRequest({ email: 'nog-een@example.com' }), '198.51.100.50')).status).toBe(429);
    expect(await requestCount()).toBe(before);
    expect((await send(guestRequest({ email: 'nog-een@example.com' }), '198.51.100.51')).status).toBe(202);
  });
});
