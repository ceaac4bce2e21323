import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../test/support/database.js';
import { seedContact, seedCustomer, seedTenant, type SeededTenant } from '../../test/support/fixtures.js';
import { sha256Hex } from '../db/ids.js';
import { consumeOneTimeToken, issueOneTimeToken, oneTimeLink, pendingTokenContact, voidOneTimeTokens } from './one-time-tokens.js';

let database: TestDatabase;
let tenant: SeededTenant;
let other: SeededTenant;
let contactId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await seedTenant(database.db, 'tokens');
  other = await seedTenant(database.db, 'tokens-other');
  const customerId = await seedCustomer(database.db, tenant.tenantId, 'c1');
  contactId = await seedContact(database.db, { tenantId: tenant.tenantId, customerId, email: 'anna@example.nl' });
});
afterAll(async () => {
  await database.close();
});

const binding = (purpose: 'invite' | 'magic' | 'reset' = 'magic') => ({ tenantId: tenant.tenantId, portalId: tenant.portalId, purpose });
const consume = (token: string, overrides: Partial<Parameters<typeof consumeOneTimeToken>[1]> = {}, now?: Date) =>
  consumeOneTimeToken(database.db, { ...binding(), token, contactStatuses: ['active'], ...overrides }, now);

describe(`one-time tokens on ${dialectUnderTest}`, () => {
  it('are 256 random bits, kept only as sha256, with the lifetime of their purpose', async () => {
    const now = new Date('2030-01-01T00:00:00.000Z');
    const magic = await issueOneTimeToken(database.db, { ...binding('magic'), contactId }, now);
    const reset = await issueOneTimeToken(database.db, { ...binding('reset'), contactId }, now);
    const invite = await issueOneTimeToken(database.db, { ...binding('invite'), contactId }, now);
    expect(magic.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(magic.expiresAt).toBe('2030-01-01T00:15:00.000Z');
    expect(reset.expiresAt).toBe('2030-01-01T00:30:00.000Z');
    expect(invite.expiresAt).toBe('2030-01-08T00:00:00.000Z');
    const rows = await database.db.selectFrom('one_time_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(magic.token);
    expect(rows.some((row) => row.token_hash === sha256Hex(magic.token))).toBe(true);
  });

  it('work once: the second use is refused', async () => {
    const { token } = await issueOneTimeToken(database.db, { ...binding(), contactId });
    expect(await consume(token)).toBe(contactId);
    expect(await consume(token)).toBeUndefined();
  });

  it('work once even when ten requests race for the same token', async () => {
    const { token } = await issueOneTimeToken(database.db, { ...binding(), contactId });
    const results = await Promise.all(Array.from({ length: 10 }, () => consume(token)));
    expect(results.filter((result) => result === contactId)).toHaveLength(1);
  });

  it('are refused after they expire', async () => {
    const issued = new Date();
    const { token } = await issueOneTimeToken(database.db, { ...binding(), contactId }, issued);
    expect(await consume(token, {}, new Date(issued.getTime() + 15 * 60 * 1000 + 1))).toBeUndefined();
  });

  it('are refused for another purpose, another portal or another tenant, and stay usable where they belong', async () => {
    const { token } = await issueOneTimeToken(database.db, { ...binding('reset'), contactId });
    expect(await consume(token, { purpose: 'magic' })).toBeUndefined();
    expect(await consume(token, { purpose: 'reset', portalId: other.portalId, tenantId: other.tenantId })).toBeUndefined();
    expect(await consume(token, { purpose: 'reset', tenantId: other.tenantId })).toBeUndefined();
    expect(await consume(token, { purpose: 'reset' })).toBe(contactId);
  });

  it('of a disabled contact are refused without being used up, and show whose they are before use', async () => {
    const customerId = await seedCustomer(database.db, tenant.tenantId, 'c2');
    const disabled = await seedContact(database.db, { tenantId: tenant.tenantId, customerId, email: 'weg@example.nl', status: 'disabled' });
    const { token } = await issueOneTimeToken(database.db, { ...binding('invite'), contactId: disabled });
    expect(await consume(token, { purpose: 'invite', contactStatuses: ['invited', 'active'] })).toBeUndefined();
    expect(await pendingTokenContact(database.db, { ...binding('invite'), token })).toMatchObject({ id: disabled, email: 'weg@example.nl', status: 'disabled' });
    expect(await pendingTokenContact(database.db, { ...binding('magic'), token })).toBeUndefined();
    const row = await database.db.selectFrom('one_time_tokens').select('used_at').where('token_hash', '=', sha256Hex(token)).executeTakeFirstOrThrow();
    expect(row.used_at).toBeNull();
  });

  it('can all be voided at once for a contact', async () => {
    const first = await issueOneTimeToken(database.db, { ...binding('reset'), contactId });
    const second = await issueOneTimeToken(database.db, { ...binding('magic'), contactId });
    await voidOneTimeTokens(database.db, contactId);
    expect(await consume(first.token, { purpose: 'reset' })).toBeUndefined();
    expect(await consume(second.token)).toBeUndefined();
  });

  it('travel in the fragment of the portal home page, which browsers never send to a server', () => {
    expect(oneTimeLink('https://www.jansen.nl/mijn-portaal', 'invite', 'abc')).toBe('https://www.jansen.nl/mijn-portaal#kp-invite=abc');
    expect(oneTimeLink('https://www.jansen.nl/portaal?x=1#oud', 'magic', 'abc')).toBe('https://www.jansen.nl/portaal?x=1#kp-magic=abc');
    expect(oneTimeLink('https://www.jansen.nl', 'reset', 'abc')).toBe('https://www.jansen.nl/#kp-reset=abc');
  });
});
