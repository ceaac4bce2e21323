import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';

let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'kp-dist-'));
  mkdirSync(join(dist, 'widget'));
  mkdirSync(join(dist, 'console', 'chunks'), { recursive: true });
  writeFileSync(join(dist, 'console', 'kp-console.js'), 'export const entry = 1;');
  writeFileSync(join(dist, 'console', 'chunks', 'inbox-view-ab12cd34.js'), 'export const chunk = 1;');
  writeFileSync(join(dist, 'widget', 'secret.js'), 'secret');
  writeFileSync(join(dist, 'outside.js'), 'secret');
  t = await createTestApp({ widgetDir: join(dist, 'widget') });
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the console page', () => {
  it('is an HTML page with <kp-console> that loads the console script of this server', async () => {
    const response = await t.app.request('/console');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain('<kp-console></kp-console>');
    expect(page).toContain('<script type="module" src="/console/kp-console.js"></script>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('runs only this server’s own scripts, and cannot be framed by another site', async () => {
    const response = await t.app.request('/console');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('the console files', () => {
  it('serve the entry as a JavaScript module of this origin only, revalidated on every load', async () => {
    const response = await t.app.request('/console/kp-console.js', { headers: { Origin: 'https://elsewhere.example' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export const entry = 1;');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('cache hashed chunks for a year, since their content never changes', async () => {
    const response = await t.app.request('/console/chunks/inbox-view-ab12cd34.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('never serve a file outside dist/console', async () => {
    for (const path of ['/console/../outside.js', '/console/%2e%2e/outside.js', '/console/chunks/..%2f..%2fwidget%2fsecret.js', '/console/..%2fwidget/secret.js', '/console/missing.js', '/console/index.html']) {
      const response = await t.app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});
