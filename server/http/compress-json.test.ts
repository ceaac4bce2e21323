import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { seedCustomer, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';

let t: TestApp;
let tenant: SeededTenant;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await seedTenant(t.deps.db, 'compressed');
  for (let n = 1; n <= 30; n++) await seedCustomer(t.deps.db, tenant.tenantId, `cus-${n}`, `Installatiebedrijf klant nummer ${n}`);
});
afterAll(async () => {
  await t.close();
});

const list = (headers: Record<string, string> = {}) =>
  t.app.request('/api/v1/admin/customers?limit=30', { headers: { Authorization: `Bearer ${tenant.apiKey}`, ...headers } });

describe('JSON answers', () => {
  it('go out gzip-compressed above a kilobyte when the client accepts gzip, and read the same', async () => {
    const plain = await list();
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(1024);
    expect(plain.headers.get('content-encoding')).toBeNull();

    const compressed = await list({ 'Accept-Encoding': 'gzip, deflate, br' });
    expect(compressed.status).toBe(200);
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    expect(compressed.headers.get('vary')).toContain('Accept-Encoding');
    expect(compressed.headers.get('content-type')).toMatch(/^application\/json/);
    const bytes = Buffer.from(await compressed.arrayBuffer());
    expect(bytes.length).toBeLessThan(text.length / 2);
    expect(gunzipSync(bytes).toString()).toBe(text);
  });

  it('stay as they are when small, or when the client takes no gzip', async () => {
    const refused = await list({ 'Accept-Encoding': 'gzip;q=0, br' });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect((await refused.json()).items).toHaveLength(30);

    const error = await t.app.request('/api/v1/admin/customers', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(error.status).toBe(401);
    expect(error.headers.get('content-encoding')).toBeNull();
    expect((await error.json()).error.code).toBe('unauthorized');
  });
});
