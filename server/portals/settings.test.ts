// Allowed origins that are no origin at all ("*", "null", a pattern) are refused at their field: they once made
// PUT /admin/portals/{slug} answer 500 (a refine ran new URL() after the URL check had failed) instead of 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';
import { callAdminAsStaff, seedStaff, signInStaff } from '../../test/support/staff-fixtures.js';
import { portalSettingsSchema } from './settings.js';

let t: TestApp;
let tenant: SeededTenant;
let staffSession: string;

const settings = { name: 'Alpha Service', homeUrl: 'https://www.alpha.example/klantportaal', allowedOrigins: ['https://www.alpha.example'] };

beforeAll(async () => {
  t = await createTestApp();
  tenant = await seedTenant(t.deps.db, 'alpha');
  await seedStaff(t.deps, { tenantId: tenant.tenantId, email: 'beheer@alpha.example', role: 'admin' });
  staffSession = await signInStaff(t.app, 'beheer@alpha.example');
  expect((await callAdmin(t.app, tenant.apiKey, 'PUT', '/portals/alpha', settings)).status).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

const storedSettings = async () => (await t.deps.db.selectFrom('portals').select(['settings', 'updated_at']).where('slug', '=', 'alpha').executeTakeFirstOrThrow());

const notOrigins: [string, string[]][] = [
  ['*', ['*']],
  ['null', ['null']],
  ['an empty string', ['']],
  ['a scheme alone', ['https://']],
  ['another scheme', ['file:///etc/passwd']],
  ['no scheme', ['www.alpha.example']],
  ['a bad port', ['https://alpha.example:99999']],
  ['"*" after a good one', ['https://www.alpha.example', '*']],
];

describe(`allowedOrigins that are no origin, on ${dialectUnderTest}`, () => {
  it.each(notOrigins)('%s is refused by the schema at its index, without throwing', (_name, origins) => {
    const result = portalSettingsSchema.safeParse({ ...settings, allowedOrigins: origins });
    expect(result.success).toBe(false);
    const bad = origins.findIndex((origin) => origin !== 'https://www.alpha.example');
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(`allowedOrigins.${bad}`);
  });

  for (const [who, put] of [
    ['the API key', (body: unknown) => callAdmin(t.app, tenant.apiKey, 'PUT', '/portals/alpha', body)],
    ['an admin’s console session', (body: unknown) => callAdminAsStaff(t.app, staffSession, 'PUT', '/portals/alpha', body)],
  ] as const) {
    it(`with ${who}, PUT /portals/{slug} answers 400 naming allowedOrigins.<index>, and nothing is saved`, async () => {
      const before = await storedSettings();
      for (const [name, origins] of notOrigins) {
        const response = await put({ ...settings, allowedOrigins: origins });
        expect(response.status, name).toBe(400);
        expect(response.headers.get('Content-Type'), name).toMatch(/^application\/json/);
        const body = await json(response);
        expect(body.error.code, name).toBe('validation_failed');
        const bad = origins.findIndex((origin) => origin !== 'https://www.alpha.example');
        expect(body.error.details, name).toEqual(expect.arrayContaining([expect.objectContaining({ path: `allowedOrigins.${bad}`, message: expect.any(String) })]));
      }
      expect(await storedSettings()).toEqual(before);
    });
  }

  it('a portal that does not exist yet is not made by such a request', async () => {
    const response = await callAdmin(t.app, tenant.apiKey, 'PUT', '/portals/alpha-nieuw', { ...settings, allowedOrigins: ['*'] });
    expect(response.status).toBe(400);
    expect(await t.deps.db.selectFrom('portals').select('id').where('slug', '=', 'alpha-nieuw').executeTakeFirst()).toBeUndefined();
  });
});
