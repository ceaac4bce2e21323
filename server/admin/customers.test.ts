import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callAdmin, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';

let t: TestApp;
let alpha: SeededTenant;
let bravo: SeededTenant;

beforeAll(async () => {
  t = await createTestApp();
  alpha = await seedTenant(t.deps.db, 'alpha');
  bravo = await seedTenant(t.deps.db, 'bravo');
});
afterAll(async () => {
  await t.close();
});

const admin = (method: string, path: string, body?: unknown, apiKey = alpha.apiKey) => callAdmin(t.app, apiKey, method, path, body);

const devries = {
  name: 'Familie de Vries',
  debtorNumber: '10045',
  email: 'Info@DeVries.nl',
  phone: '+31 20 123 4567',
  address: { street: 'Keizersgracht', houseNumber: '12a', postalCode: '1015 CJ', city: 'Amsterdam' },
};

describe(`admin customers on ${dialectUnderTest}`, () => {
  it('creates with 201, updates with 200, and the same body twice changes nothing', async () => {
    const created = await admin('PUT', '/customers/DEB-10045', devries);
    expect(created.status).toBe(201);
    const body = await json(created);
    expect(body).toEqual({
      externalId: 'DEB-10045',
      name: 'Familie de Vries',
      debtorNumber: '10045',
      email: 'info@devries.nl',
      phone: '+31 20 123 4567',
      address: { street: 'Keizersgracht', houseNumber: '12a', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' },
      source: 'api',
      createdAt: expect.any(String),
      updatedAt: body.createdAt,
    });

    const same = await admin('PUT', '/customers/DEB-10045', devries);
    expect(same.status).toBe(200);
    expect(await json(same)).toEqual(body);

    await new Promise((resolve) => setTimeout(resolve, 5));
    const changed = await admin('PUT', '/customers/DEB-10045', { ...devries, name: 'Fam. de Vries', phone: undefined });
    expect(changed.status).toBe(200);
    const updated = await json(changed);
    expect(updated).toMatchObject({ name: 'Fam. de Vries', phone: null, createdAt: body.createdAt });
    expect(updated.updatedAt > body.updatedAt).toBe(true);
    const rows = await t.deps.db.selectFrom('customers').select('id').where('external_id', '=', 'DEB-10045').execute();
    expect(rows).toHaveLength(1);
  });

  it('keeps two businesses’ customers apart, even with the same external id', async () => {
    await admin('PUT', '/customers/SHARED-1', { name: 'Van Alpha' });
    await admin('PUT', '/customers/SHARED-1', { name: 'Van Bravo' }, bravo.apiKey);
    expect((await json(await admin('GET', '/customers/SHARED-1'))).name).toBe('Van Alpha');
    expect((await json(await admin('GET', '/customers/SHARED-1', undefined, bravo.apiKey))).name).toBe('Van Bravo');
    expect((await admin('GET', '/customers/DEB-10045', undefined, bravo.apiKey)).status).toBe(404);
    expect((await admin('PUT', '/customers/DEB-10045/locations/L1', { street: 'X', houseNumber: '1', postalCode: '1', city: 'Y' }, bravo.apiKey)).status).toBe(404);
  });

  it('rejects unknown fields, bad values and bad external ids with 400, storing nothing', async () => {
    for (const body of [
      { name: 'X', tenantId: bravo.tenantId },
      { name: 'X', email: 'geen-email' },
      { name: 'X', address: { street: 'X', houseNumber: '1', postalCode: '1', city: 'Y', country: 'Nederland' } },
      { name: 'X', address: { street: 'X' } },
      { name: 'x'.repeat(201) },
      {},
    ]) {
      expect((await admin('PUT', '/customers/NEW-1', body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await admin('PUT', `/customers/${encodeURIComponent('a/b')}`, { name: 'X' })).status).toBe(400);
    expect((await admin('PUT', `/customers/${'x'.repeat(101)}`, { name: 'X' })).status).toBe(400);
    expect((await admin('GET', '/customers/NEW-1')).status).toBe(404);
  });

  it('lists customers newest first with a cursor, stable while new ones arrive', async () => {
    // A few milliseconds apart, so "newest first" has one right answer.
    for (let n = 0; n < 5; n++) {
      await admin('PUT', `/customers/PAGE-${n}`, { name: `Klant ${n}` });
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const first = await json(await admin('GET', '/customers?limit=3'));
    expect(first.items).toHaveLength(3);
    expect(first.items[0].externalId).toBe('PAGE-4');
    expect(first.nextCursor).toEqual(expect.any(String));
    await admin('PUT', '/customers/PAGE-NEW', { name: 'Nieuwkomer' });
    const second = await json(await admin('GET', `/customers?limit=3&cursor=${first.nextCursor}`));
    expect(second.items.map((item: { externalId: string }) => item.externalId)).toEqual(['PAGE-1', 'PAGE-0', 'SHARED-1']);
    const all = await json(await admin('GET', '/customers?limit=100'));
    expect(all.items.every((item: { name: string }) => item.name !== 'Van Bravo')).toBe(true);
    expect((await admin('GET', '/customers?cursor=not-a-cursor')).status).toBe(400);
  });

  it('upserts locations under a customer and shows them with it', async () => {
    const location = { name: 'Zomerhuis', street: 'Duinweg', houseNumber: '3', postalCode: '1234 AB', city: 'Bergen' };
    const created = await admin('PUT', '/customers/DEB-10045/locations/LOC-1', location);
    expect(created.status).toBe(201);
    expect(await json(created)).toEqual({
      externalId: 'LOC-1',
      customerExternalId: 'DEB-10045',
      name: 'Zomerhuis',
      street: 'Duinweg',
      houseNumber: '3',
      postalCode: '1234 AB',
      city: 'Bergen',
      country: 'NL',
      source: 'api',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await admin('PUT', '/customers/DEB-10045/locations/LOC-1', location)).status).toBe(200);
    const moved = await admin('PUT', '/customers/DEB-10045/locations/LOC-1', { ...location, country: 'BE', city: 'Knokke' });
    expect(await json(moved)).toMatchObject({ country: 'BE', city: 'Knokke' });
    expect((await admin('PUT', '/customers/UNKNOWN/locations/LOC-1', location)).status).toBe(404);

    const customer = await json(await admin('GET', '/customers/DEB-10045'));
    expect(customer.locations).toHaveLength(1);
    expect(customer.locations[0]).toMatchObject({ externalId: 'LOC-1', city: 'Knokke' });
  });
});
