import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';

let t: TestApp;
let widgetDir: string;
beforeAll(async () => {
  widgetDir = mkdtempSync(join(tmpdir(), 'kp-widget-'));
  mkdirSync(join(widgetDir, 'chunks'));
  writeFileSync(join(widgetDir, 'klantportaal.js'), 'export const entry = 1;');
  writeFileSync(join(widgetDir, 'chunks', 'views-Ab12Cd34.js'), 'export const chunk = 1;');
  writeFileSync(join(widgetDir, 'klantportaal.d.ts'), 'export interface KlantPortaalElement extends HTMLElement {}');
  const entry = join(widgetDir, 'klantportaal.js');
  writeFileSync(`${entry}.br`, brotliCompressSync('export const entry = 1;'));
  writeFileSync(`${entry}.gz`, gzipSync('export const entry = 1;'));
  // A chunk whose compressed copies are older than the chunk: left from an earlier build.
  const chunk = join(widgetDir, 'chunks', 'stale-Zz99Yy88.js');
  writeFileSync(chunk, 'export const fresh = 1;');
  writeFileSync(`${chunk}.gz`, gzipSync('export const stale = 1;'));
  utimesSync(`${chunk}.gz`, new Date('2026-01-01'), new Date('2026-01-01'));
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

  it('send the brotli copy to a browser that accepts it, gzip to one that only takes gzip, and the file itself otherwise', async () => {
    const brotli = await t.app.request('/widget/klantportaal.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toContain('Accept-Encoding');
    expect(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()).toBe('export const entry = 1;');

    const gzip = await t.app.request('/widget/klantportaal.js', { headers: { 'Accept-Encoding': 'gzip, br;q=0' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe('export const entry = 1;');

    for (const header of [undefined, 'identity', 'br;q=0, gzip;q=0', '*;q=0']) {
      const plain = await t.app.request('/widget/klantportaal.js', { headers: header ? { 'Accept-Encoding': header } : {} });
      expect(plain.headers.get('content-encoding'), header).toBeNull();
      expect(await plain.text()).toBe('export const entry = 1;');
    }
  });

  it('never send a compressed copy older than its file', async () => {
    const response = await t.app.request('/widget/chunks/stale-Zz99Yy88.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe('export const fresh = 1;');
  });

  it('let the browser revalidate the entry: 304 for the ETag it holds, in whichever encoding it got it', async () => {
    const first = await t.app.request('/widget/klantportaal.js', { headers: { 'Accept-Encoding': 'br' } });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+-br"$/);
    expect(first.headers.get('last-modified')).toMatch(/GMT$/);
    const plainTag = (await t.app.request('/widget/klantportaal.js')).headers.get('etag');
    expect(plainTag).not.toBe(etag);

    for (const held of [etag, plainTag!, `W/${etag}`, `"other", ${etag}`]) {
      const again = await t.app.request('/widget/klantportaal.js', { headers: { 'If-None-Match': held, 'Accept-Encoding': 'gzip' } });
      expect(again.status, held).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toMatch(/-gzip"$/);
      expect(again.headers.get('cache-control')).toMatch(/max-age=300\b/);
    }
    const changed = await t.app.request('/widget/klantportaal.js', { headers: { 'If-None-Match': '"something-else"' } });
    expect(changed.status).toBe(200);
  });

  it('serve the typings beside the script, as text', async () => {
    const response = await t.app.request('/widget/klantportaal.d.ts');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toContain('KlantPortaalElement');
    expect((await t.app.request('/widget/klantportaal.ts')).status).toBe(404);
  });
});
