import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialectUnderTest } from '../test/support/database.js';
import { createTestApp, json, type TestApp } from '../test/support/app.js';
import { createTenant } from './tenants/tenants.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

describe(`the HTTP app on ${dialectUnderTest}`, () => {
  it('answers /healthz and /readyz while the database is reachable', async () => {
    expect(await json(await t.app.request('/healthz'))).toEqual({ status: 'ok' });
    const ready = await t.app.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await json(ready)).toEqual({ status: 'ready' });
  });

  it('answers 503 on /readyz while draining, so the load balancer stops sending traffic', async () => {
    t.deps.lifecycle.draining = true;
    const ready = await t.app.request('/readyz');
    expect(ready.status).toBe(503);
    expect(await json(ready)).toEqual({ status: 'draining' });
  });

  it('answers an unknown route with 404 in the JSON error shape', async () => {
    const response = await t.app.request('/api/v1/nothing-here', { method: 'POST' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await json(response)).toEqual({
      error: { code: 'not_found', message: 'No route for POST /api/v1/nothing-here' },
    });
  });

  it('answers an unexpected failure with 500 that names a reference but shows no stack or SQL', async () => {
    t.app.get('/api/v1/broken', async () => {
      throw new Error('SQLITE_ERROR: no such column: secret_internal_field at Statement.run (/srv/db.ts:12:3)');
    });
    const response = await t.app.request('/api/v1/broken', { headers: { 'X-Request-Id': 'trace-12345678' } });
    expect(response.status).toBe(500);
    const body = await json(response);
    expect(body.error.code).toBe('internal');
    expect(body.error.message).toContain('trace-12345678');
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|secret_internal_field|\.ts:\d+/);
    expect(t.logs.some((line) => line.msg === 'unhandled error' && line.requestId === 'trace-12345678')).toBe(true);
  });

  it('logs one line a request with method, path, status, duration and request id, and never a token', async () => {
    await t.app.request('/api/v1/admin/portals?token=secret-in-query', {
      headers: { Authorization: 'Bearer kp_live_secretsecretsecretsecret' },
    });
    const lines = t.logs.filter((line) => line.msg === 'request');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: 'GET', path: '/api/v1/admin/portals', status: 401 });
    expect(typeof lines[0]!.ms).toBe('number');
    expect(lines[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(t.logs)).not.toMatch(/secret/);
  });

  it('sends security headers and a request id on every answer', async () => {
    const response = await t.app.request('/healthz');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    const api = await t.app.request('/api/v1/portal/none/config');
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it('refuses a JSON body over the limit with 413 in the error shape', async () => {
    const response = await t.app.request('/api/v1/admin/portals', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(300 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect((await json(response)).error.code).toBe('payload_too_large');
  });
});

describe(`the public portal config on ${dialectUnderTest}`, () => {
  it('gives the portal name and locale, and nothing secret', async () => {
    await createTenant(t.deps.db, { name: 'Installatiebedrijf Jansen', portalSlug: 'jansen', allowedOrigins: ['https://www.jansen.nl'] });
    const response = await t.app.request('/api/v1/portal/jansen/config');
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.portal).toEqual({ slug: 'jansen', name: 'Installatiebedrijf Jansen', locale: 'nl', homeUrl: null });
    expect(body.features.requests).toBe(true);
    expect(body.requestForm.workTypes.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/allowedOrigins|jansen\.nl|notifications|sso_secret/);
  });

  it('answers 404 for an unknown portal and for a disabled one', async () => {
    await createTenant(t.deps.db, { name: 'Gesloten', portalSlug: 'gesloten', settings: { enabled: false } });
    for (const slug of ['bestaat-niet', 'gesloten']) {
      const response = await t.app.request(`/api/v1/portal/${slug}/config`);
      expect(response.status).toBe(404);
      expect((await json(response)).error.code).toBe('not_found');
    }
  });

  it('echoes only an exact allowed origin, with credentials, and always varies on Origin', async () => {
    await createTenant(t.deps.db, { name: 'Jansen', portalSlug: 'jansen', allowedOrigins: ['https://www.jansen.nl'] });
    const allowed = await t.app.request('/api/v1/portal/jansen/config', { headers: { Origin: 'https://www.jansen.nl' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.jansen.nl');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('vary')).toMatch(/Origin/);

    for (const origin of ['https://evil.example', 'https://www.jansen.nl.evil.example', 'http://www.jansen.nl', 'null']) {
      const refused = await t.app.request('/api/v1/portal/jansen/config', { headers: { Origin: origin } });
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      expect(refused.headers.get('vary')).toMatch(/Origin/);
    }

    const preflight = await t.app.request('/api/v1/portal/jansen/auth/login', {
      method: 'OPTIONS',
      headers: { Origin: 'https://www.jansen.nl', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
  });
});
