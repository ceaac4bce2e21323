// Sign-in against the real server process over real HTTP: login, refresh with the cookie, logout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testScryptCost } from '../../test/support/app.js';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../test/support/database.js';
import { seedContact, seedCustomer, seedTenant } from '../../test/support/fixtures.js';
import { startServerProcess, type ServerProcess } from '../../test/support/processes.js';
import { PasswordHasher } from '../auth/passwords.js';

const site = 'https://www.jansen.nl';
const password = 'Lekkende kraan in de keuken';
let database: TestDatabase;
let server: ServerProcess;

beforeAll(async () => {
  database = await createTestDatabase();
  const tenant = await seedTenant(database.db, 'jansen', { homeUrl: `${site}/portaal` }, [site]);
  const customerId = await seedCustomer(database.db, tenant.tenantId, 'DEB-1', 'Familie Jansen');
  const passwordHash = await new PasswordHasher({ cost: testScryptCost }).hash(password);
  await seedContact(database.db, { tenantId: tenant.tenantId, customerId, email: 'els@jansen.nl', passwordHash });
  server = await startServerProcess({ DATABASE_URL: database.url, ...database.env, KP_LOG: 'silent' });
});
afterAll(async () => {
  if (server) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await database.close();
});

const api = (path: string) => `${server.url}/api/v1/portal/jansen${path}`;

function cookieFrom(response: Response): string {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('kp_refresh='));
  expect(cookie, 'a kp_refresh cookie').toBeDefined();
  return cookie!;
}

const cookieValue = (setCookie: string) => setCookie.split(';')[0]!;

describe(`sign-in through the running server on ${dialectUnderTest}`, () => {
  it('logs in, refreshes with the cookie, and logs out, after which nothing works any more', async () => {
    const login = await fetch(api('/auth/login'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: site },
      body: JSON.stringify({ email: 'els@jansen.nl', password }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('access-control-allow-origin')).toBe(site);
    expect(login.headers.get('access-control-allow-credentials')).toBe('true');
    const first = await login.json();
    expect(first.user.email).toBe('els@jansen.nl');
    const loginCookie = cookieFrom(login);
    expect(loginCookie).toMatch(/; Path=\/api\/v1\/portal\/jansen\/auth/);
    expect(loginCookie).toMatch(/; HttpOnly/);
    expect(loginCookie).toMatch(/; Secure/);
    expect(loginCookie).toMatch(/; SameSite=None/);
    expect(loginCookie).toMatch(/; Partitioned/);

    const me = await fetch(api('/me'), { headers: { Authorization: `Bearer ${first.accessToken}` } });
    expect(me.status).toBe(200);

    const refresh = await fetch(api('/auth/refresh'), {
      method: 'POST',
      headers: { Cookie: cookieValue(loginCookie), 'X-Requested-With': 'klantportaal', Origin: site },
    });
    expect(refresh.status).toBe(200);
    const second = await refresh.json();
    expect(second.user.id).toBe(first.user.id);
    const refreshCookie = cookieFrom(refresh);
    expect(cookieValue(refreshCookie)).not.toBe(cookieValue(loginCookie));

    const logout = await fetch(api('/auth/logout'), {
      method: 'POST',
      headers: { Cookie: cookieValue(refreshCookie), 'X-Requested-With': 'klantportaal', Origin: site },
    });
    expect(logout.status).toBe(204);
    expect(cookieFrom(logout)).toMatch(/^kp_refresh=;.*Max-Age=0/);

    const after = await fetch(api('/me'), { headers: { Authorization: `Bearer ${second.accessToken}` } });
    expect(after.status).toBe(401);
    const refreshAfter = await fetch(api('/auth/refresh'), {
      method: 'POST',
      headers: { Cookie: cookieValue(refreshCookie), 'X-Requested-With': 'klantportaal' },
    });
    expect(refreshAfter.status).toBe(204);
  });

  it('answers a magic-link request with an empty 202 and refuses a refresh from a foreign site', async () => {
    const magic = await fetch(api('/auth/magic-link'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: site },
      body: JSON.stringify({ email: 'els@jansen.nl' }),
    });
    expect(magic.status).toBe(202);
    expect(await magic.text()).toBe('');

    const foreign = await fetch(api('/auth/refresh'), {
      method: 'POST',
      headers: { 'X-Requested-With': 'klantportaal', Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
