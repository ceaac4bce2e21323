import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../test/support/database.js';
import { seedContact, seedCustomer, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';
import { sha256Hex } from '../db/ids.js';
import { refreshTokenLifetimeMs, revokeContactSessions, rotateRefreshToken, sessionLifetimeMs, startSession } from './sessions.js';

let database: TestDatabase;
let tenant: SeededTenant;
let contactId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await seedTenant(database.db, 'sessies');
  const customerId = await seedCustomer(database.db, tenant.tenantId, 'c1');
  contactId = await seedContact(database.db, { tenantId: tenant.tenantId, customerId, email: 'sessie@example.nl' });
});
afterAll(async () => {
  await database.close();
});

const start = (now = new Date()) =>
  startSession(database.db, { tenantId: tenant.tenantId, portalId: tenant.portalId, contactId, kind: 'login' }, now);

describe(`sessions and refresh tokens on ${dialectUnderTest}`, () => {
  it('keep only the sha256 of a refresh token', async () => {
    const { refreshToken, sessionId } = await start();
    const rows = await database.db.selectFrom('refresh_tokens').selectAll().where('session_id', '=', sessionId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(sha256Hex(refreshToken!));
    expect(JSON.stringify(rows)).not.toContain(refreshToken);
  });

  it('rotate on every use: each token works once, and a second use revokes the family', async () => {
    const { refreshToken, sessionId } = await start();
    const first = await rotateRefreshToken(database.db, tenant.portalId, refreshToken!);
    expect(first).toMatchObject({ ok: true, sessionId, contactId });
    const second = await rotateRefreshToken(database.db, tenant.portalId, (first as { refreshToken: string }).refreshToken);
    expect(second.ok).toBe(true);

    expect(await rotateRefreshToken(database.db, tenant.portalId, refreshToken!)).toEqual({ ok: false, reason: 'reused' });
    expect(await rotateRefreshToken(database.db, tenant.portalId, (second as { refreshToken: string }).refreshToken)).toEqual({
      ok: false,
      reason: 'revoked',
    });
    const session = await database.db.selectFrom('sessions').select(['revoked_at', 'revoke_reason']).where('id', '=', sessionId).executeTakeFirstOrThrow();
    expect(session.revoke_reason).toBe('refresh_token_reused');
  });

  it('let exactly one of two racing uses of the same token through', async () => {
    const { refreshToken } = await start();
    const results = await Promise.all([1, 2, 3].map(() => rotateRefreshToken(database.db, tenant.portalId, refreshToken!)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it('expire: a refresh token after 14 days, a session after 30 days however often it was refreshed', async () => {
    const began = new Date('2030-03-01T00:00:00.000Z');
    const idle = await start(began);
    expect(await rotateRefreshToken(database.db, tenant.portalId, idle.refreshToken!, new Date(began.getTime() + refreshTokenLifetimeMs + 1))).toEqual({
      ok: false,
      reason: 'expired',
    });

    const busy = await start(began);
    let token = busy.refreshToken!;
    for (let day = 10; day < 30; day += 10) {
      const rotated = await rotateRefreshToken(database.db, tenant.portalId, token, new Date(began.getTime() + day * 86_400_000));
      expect(rotated.ok).toBe(true);
      token = (rotated as { refreshToken: string }).refreshToken;
    }
    expect((await rotateRefreshToken(database.db, tenant.portalId, token, new Date(began.getTime() + sessionLifetimeMs + 1))).ok).toBe(false);
  });

  it('belong to one portal: another portal does not know the token', async () => {
    const { refreshToken } = await start();
    const other = await seedTenant(database.db, 'sessies-ander');
    expect(await rotateRefreshToken(database.db, other.portalId, refreshToken!)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('all end for a contact at once, optionally but the current one', async () => {
    const keep = await start();
    const end = await start();
    await revokeContactSessions(database.db, contactId, 'password_changed', keep.sessionId);
    expect((await rotateRefreshToken(database.db, tenant.portalId, end.refreshToken!)).ok).toBe(false);
    expect((await rotateRefreshToken(database.db, tenant.portalId, keep.refreshToken!)).ok).toBe(true);
  });
});
