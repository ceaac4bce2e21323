import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callPortal, seedContact, seedCustomer, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { issueOneTimeToken } from '../auth/one-time-tokens.js';

let t: TestApp;
let shop: SeededTenant;
let other: SeededTenant;
let customerId: string;

beforeAll(async () => {
  t = await createTestApp();
  shop = await seedTenant(t.deps.db, 'uitnodiging', { homeUrl: 'https://uitnodiging.example/' });
  other = await seedTenant(t.deps.db, 'elders', { homeUrl: 'https://elders.example/' });
  customerId = await seedCustomer(t.deps.db, shop.tenantId, 'K-1');
});
afterAll(async () => {
  await t.close();
});

async function invite(email: string, status: 'invited' | 'active' | 'disabled' = 'invited', now = new Date()) {
  const contactId = await seedContact(t.deps.db, { tenantId: shop.tenantId, customerId, email, name: 'Jan de Boer', status });
  return (await issueOneTimeToken(t.deps.db, { tenantId: shop.tenantId, portalId: shop.portalId, contactId, purpose: 'invite' }, now)).token;
}

const preview = (token: string, slug = 'uitnodiging') => callPortal(t.app, slug, '/auth/invite/preview', { body: { token } });

describe(`the preview of an invite, on ${dialectUnderTest}`, () => {
  it('answers the address being activated and the name the inviter typed, and leaves the invite usable', async () => {
    const token = await invite('jan@boer.example');
    const response = await preview(token);
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ email: 'jan@boer.example', name: 'Jan de Boer' });
    expect((await preview(token)).status).toBe(200);
    const accepted = await callPortal(t.app, 'uitnodiging', '/auth/invite/accept', { body: { token, password: 'een lange zin als wachtwoord' } });
    expect(accepted.status).toBe(200);
  });

  it('says an invite that was used, expired, or belongs to another portal no longer works', async () => {
    const used = await invite('gebruikt@boer.example');
    expect((await callPortal(t.app, 'uitnodiging', '/auth/invite/accept', { body: { token: used, password: 'een lange zin als wachtwoord' } })).status).toBe(200);
    expect((await preview(used)).status).toBe(404);
    const expired = await invite('verlopen@boer.example', 'invited', new Date(Date.now() - 8 * 24 * 3_600_000));
    expect((await preview(expired)).status).toBe(404);
    const elsewhere = await invite('elders@boer.example');
    expect((await preview(elsewhere, other.slug)).status).toBe(404);
    expect((await preview('A'.repeat(43))).status).toBe(404);
    expect((await preview('kort')).status).toBe(400);
  });

  it('tells a disabled contact so, without their details', async () => {
    const token = await invite('uit@boer.example', 'disabled');
    const response = await preview(token);
    expect(response.status).toBe(403);
    expect(JSON.stringify(await json(response))).not.toContain('uit@boer.example');
  });
});
