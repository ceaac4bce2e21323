import { SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, json, type TestApp } from '../../test/support/app.js';
import { dialectUnderTest } from '../../test/support/database.js';
import { callPortal, seedTwoTenants, signInAs } from '../../test/support/fixtures.js';
import { nowIso } from '../db/ids.js';
import { AccessTokenVerifier, portalAudience, tokenIssuer } from './access-tokens.js';
import { revokeSession } from './sessions.js';
import { retiredKeyGraceMs, SigningKeys } from './signing-keys.js';

let t: TestApp;
let tenants: Awaited<ReturnType<typeof seedTwoTenants>>;
let sessionId: string;

beforeAll(async () => {
  t = await createTestApp();
  tenants = await seedTwoTenants(t.deps);
  const session = await t.deps.db.selectFrom('sessions').select('id').where('contact_id', '=', tenants.alpha.customers[0]!.contactId).executeTakeFirstOrThrow();
  sessionId = session.id;
});
afterAll(async () => {
  await t.close();
});

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The claims a real access token of alpha's first contact carries. */
function genuineClaims(overrides: JWTPayload = {}): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: tenants.alpha.customers[0]!.contactId,
    tid: tenants.alpha.tenantId,
    pid: tenants.alpha.portalId,
    sid: sessionId,
    typ: 'access',
    iss: tokenIssuer,
    aud: portalAudience(tenants.alpha.portalId),
    iat: now,
    exp: now + 600,
    ...overrides,
  };
}

async function forge(options: { claims?: JWTPayload; header?: Record<string, unknown>; key?: Uint8Array; alg?: string; drop?: string[] } = {}): Promise<string> {
  const current = await t.deps.auth.keys.current();
  const claims = genuineClaims(options.claims);
  for (const name of options.drop ?? []) delete claims[name];
  return new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'HS256', kid: current.kid, typ: 'at+jwt', ...options.header } as never)
    .sign(options.key ?? current.key);
}

const me = (token: string, slug = 'alpha') => callPortal(t.app, slug, '/me', { token });

describe(`access tokens on ${dialectUnderTest}`, () => {
  it('a correctly forged-from-scratch token with the real key passes, so the refusals below are about one thing each', async () => {
    expect((await me(await forge())).status).toBe(200);
  });

  it('refuses alg "none", with or without a signature', async () => {
    const current = await t.deps.auth.keys.current();
    const unsigned = `${b64({ alg: 'none', kid: current.kid, typ: 'at+jwt' })}.${b64(genuineClaims())}.`;
    expect((await me(unsigned)).status).toBe(401);
    const withJunk = `${b64({ alg: 'none', kid: current.kid, typ: 'at+jwt' })}.${b64(genuineClaims())}.c2lnbmF0dXJl`;
    expect((await me(withJunk)).status).toBe(401);
  });

  it('refuses a swapped algorithm signed with the same key', async () => {
    expect((await me(await forge({ alg: 'HS512' }))).status).toBe(401);
    expect((await me(await forge({ alg: 'HS384' }))).status).toBe(401);
  });

  it('refuses a wrong key, an unknown kid and a missing kid', async () => {
    expect((await me(await forge({ key: new TextEncoder().encode('x'.repeat(32)) }))).status).toBe(401);
    expect((await me(await forge({ header: { kid: 'deadbeefdeadbeef' } }))).status).toBe(401);
    expect((await me(await forge({ header: { kid: undefined } }))).status).toBe(401);
  });

  it('refuses tokens that carry their own key (jku, jwk, x5u)', async () => {
    expect((await me(await forge({ header: { jku: 'https://evil.example/jwks.json' } }))).status).toBe(401);
    expect((await me(await forge({ header: { jwk: { kty: 'oct', k: 'eA' } } }))).status).toBe(401);
    expect((await me(await forge({ header: { x5u: 'https://evil.example/cert.pem' } }))).status).toBe(401);
  });

  it('refuses an expired token and one without exp', async () => {
    const past = Math.floor(Date.now() / 1000) - 700;
    expect((await me(await forge({ claims: { iat: past, exp: past + 600 } }))).status).toBe(401);
    expect((await me(await forge({ drop: ['exp'] }))).status).toBe(401);
  });

  it('refuses the wrong issuer, the wrong audience and a missing session claim', async () => {
    expect((await me(await forge({ claims: { iss: 'someone-else' } }))).status).toBe(401);
    expect((await me(await forge({ claims: { aud: 'portal:por_other' } }))).status).toBe(401);
    expect((await me(await forge({ drop: ['sid'] }))).status).toBe(401);
    expect((await me(await forge({ claims: { typ: 'refresh' } }))).status).toBe(401);
  });

  it('refuses a token of another business’s portal, and a valid token of this business sent to the other', async () => {
    const bravoToken = tenants.bravo.customers[0]!.token;
    expect((await me(bravoToken, 'bravo')).status).toBe(200);
    const response = await me(bravoToken, 'alpha');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await me(tenants.alpha.customers[0]!.token, 'bravo')).status).toBe(401);
  });

  it('refuses a refresh token presented as an access token', async () => {
    const session = await signInAs(t.deps, { tenantId: tenants.alpha.tenantId, portalId: tenants.alpha.portalId, contactId: tenants.alpha.customers[1]!.contactId });
    expect((await me(session.refreshToken!)).status).toBe(401);
    expect((await me(session.token)).status).toBe(200);
  });

  it('answers a revoked session with 401 at once, even though the token was verified and cached a moment ago', async () => {
    const session = await signInAs(t.deps, { tenantId: tenants.alpha.tenantId, portalId: tenants.alpha.portalId, contactId: tenants.alpha.customers[1]!.contactId });
    expect((await me(session.token)).status).toBe(200);
    await revokeSession(t.deps.db, session.sessionId, 'logout');
    expect((await me(session.token)).status).toBe(401);
  });

  it('a preview token reads but never writes', async () => {
    const preview = await signInAs(t.deps, { tenantId: tenants.alpha.tenantId, portalId: tenants.alpha.portalId, contactId: tenants.alpha.customers[1]!.contactId, kind: 'preview' });
    expect((await me(preview.token)).status).toBe(200);
    const write = await callPortal(t.app, 'alpha', '/me', { method: 'PATCH', token: preview.token, body: { name: 'Gekaapt' } });
    expect(write.status).toBe(403);
    expect((await json(write)).error.code).toBe('forbidden');
  });
});

describe(`signing key rotation on ${dialectUnderTest}`, () => {
  it('signs new tokens with the new key; tokens of the retired key verify until the grace period ends', async () => {
    const keys = new SigningKeys(t.deps.db);
    const verifier = new AccessTokenVerifier(keys);
    const oldKid = (await keys.current()).kid;
    const session = await signInAs(t.deps, { tenantId: tenants.alpha.tenantId, portalId: tenants.alpha.portalId, contactId: tenants.alpha.customers[1]!.contactId });

    const newKid = await keys.rotate();
    expect(newKid).not.toBe(oldKid);
    expect((await keys.current()).kid).toBe(newKid);
    expect((await verifier.verify(session.token, tenants.alpha.portalId)).sessionId).toBe(session.sessionId);

    // Long after the rotation the old key no longer verifies anything (a fresh verifier: no cached tokens).
    await t.deps.db.updateTable('signing_keys').set({ retired_at: nowIso(new Date(Date.now() - retiredKeyGraceMs - 1000)) }).where('kid', '=', oldKid).execute();
    const later = new AccessTokenVerifier(new SigningKeys(t.deps.db));
    await expect(later.verify(session.token, tenants.alpha.portalId)).rejects.toThrow(/unknown kid/);
  });
});
