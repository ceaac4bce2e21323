import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { callAdmin, seedCustomer, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';
import { ApiError } from './errors.js';
import { decodeCursor, encodeCursor } from './pagination.js';

const handMade = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('page cursors', () => {
  it('reads back the position of a cursor the server made', () => {
    const cursor = encodeCursor({ created_at: '2026-11-30T10:00:00.000Z', id: 'cus_abc' });
    expect(decodeCursor(cursor)).toEqual({ createdAt: '2026-11-30T10:00:00.000Z', id: 'cus_abc' });
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it('refuses a well-formed cursor the server did not make, and one with its position edited', () => {
    const made = JSON.parse(Buffer.from(encodeCursor({ created_at: '2026-11-30T10:00:00.000Z', id: 'cus_abc' }), 'base64url').toString()) as string[];
    for (const forged of [
      handMade(['2026-01-01T00:00:00.000Z', 'cus_x']),
      handMade(['2026-01-01T00:00:00.000Z', 'cus_abc', made[2]]),
      handMade(['2026-11-30T10:00:00.000Z', 'cus_abd', made[2]]),
      handMade(['2026-11-30T10:00:00.000Z', 'cus_abc', 'AAAAAAAAAAAAAAAA']),
      handMade(['2026-11-30T10:00:00.000Z', 'cus_abc', '']),
      handMade({ createdAt: '2026-11-30T10:00:00.000Z', id: 'cus_abc' }),
      'not a cursor',
    ]) {
      expect(() => decodeCursor(forged), forged).toThrow(ApiError);
    }
  });
});

describe('cursors on a list', () => {
  let t: TestApp;
  let tenant: SeededTenant;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await seedTenant(t.deps.db, 'paged');
    for (const n of [1, 2, 3]) await seedCustomer(t.deps.db, tenant.tenantId, `DEB-${n}`);
  });
  afterAll(async () => {
    await t.close();
  });

  it('pages through with the nextCursor it gave', async () => {
    const first = await callAdmin(t.app, tenant.apiKey, 'GET', '/customers?limit=2');
    expect(first.status).toBe(200);
    const page = await json(first);
    expect(page.items).toHaveLength(2);
    const rest = await json(await callAdmin(t.app, tenant.apiKey, 'GET', `/customers?limit=2&cursor=${page.nextCursor}`));
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
  });

  it('answers 400 in the JSON error shape for a forged but well-formed cursor', async () => {
    const response = await callAdmin(t.app, tenant.apiKey, 'GET', `/customers?cursor=${handMade(['2099-01-01T00:00:00.000Z', 'cus_x'])}`);
    expect(response.status).toBe(400);
    expect((await json(response)).error).toMatchObject({ code: 'validation_failed', details: [{ path: 'cursor' }] });
  });
});
