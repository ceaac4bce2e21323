import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';

let t: TestApp;
let widgetDir: string;
beforeAll(async () => {
  widgetDir = mkdtempSync(join(tmpdir(), 'kp-widget-'));
  mkdirSync(join(widgetDir, 'chunks'));
  writeFileSync(join(widgetDir, 'klantportaal.js'), 'export const entry = 1;');
  writeFileSync(join(widgetDir, 'chunks', 'views-Ab12Cd34.js'), 'export const chunk = 1;');
  writeFileSync(join(tmpdir(), 'outside.js'), 'secret');
  t = await createTestApp({ widgetDir });
});
afterAll(async () => {
  await t.close();
  rmSync(widgetDir, { recursive: true, force: true });
});

describe('the widget files', () => {
  it('serve the entry to any site as a JavaScript module with a short cache', async () => {
    const response = await t.app.request('/widget/klantportaal.js', { headers: { Origin: 'https://www.any-business.nl' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export const entry = 1;');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('cache-control')).toMatch(/max-age=300\b/);
  });

  it('cache hashed chunks for a year, since their content never changes', async () => {
    const response = await t.app.request('/widget/chunks/views-Ab12Cd34.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('never serve a file outside the widget folder', async () => {
    for (const path of ['/widget/../outside.js', '/widget/%2e%2e/outside.js', '/widget/chunks/../../outside.js', '/widget/missing.js']) {
      const response = await t.app.request(path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });
});
