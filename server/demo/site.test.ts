import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dialectUnderTest, type TestDatabase } from '../../test/support/database.js';
import type { AppEnv, Deps } from '../http/env.js';
import { demoDir, demoSite } from './site.js';

const site = demoSite({ apiKey: () => 'unused', apiOrigin: 'http://portal.test', otherOrigin: 'http://localhost:3001', forward: () => new Response(null, { status: 500 }) });
const fetchPage = (path: string, headers: Record<string, string> = {}) => site.request(path, { headers });
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('the demo business site', () => {
  it('sends the portal page brotli-compressed, with its strict policy, a description and the widget from the portal server', async () => {
    const response = await fetchPage('/mijn-portaal', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("style-src 'self'");
    const html = brotliDecompressSync(await bytesOf(response)).toString('utf8');
    expect(html).toContain('<script type="module" src="http://portal.test/widget/klantportaal.js"></script>');
    expect(html).toMatch(/<meta name="description" content="[^"]{50,160}">/);
    expect(html).not.toContain('%API_ORIGIN%');
  });

  it('sends gzip to a browser that takes only gzip, and the page as it is to one that takes neither', async () => {
    const gzip = await fetchPage('/', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytesOf(gzip)).toString('utf8')).toContain('<meta name="description"');
    const plain = await fetchPage('/');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('<meta name="description"');
  });

  it('sends its scripts and styles compressed, and answers a revalidation of an unchanged one with 304 and no body', async () => {
    const script = await fetchPage('/demo/assets/panel.js', { 'Accept-Encoding': 'br' });
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('no-cache');
    expect(brotliDecompressSync(await bytesOf(script))).toEqual(readFileSync(join(demoDir, 'assets', 'panel.js')));
    const etag = script.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);

    // The browser may ask again in another encoding than the one it kept: the file has not changed either way.
    const again = await fetchPage('/demo/assets/panel.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect((await bytesOf(again)).length).toBe(0);

    const style = await fetchPage('/demo/assets/site.css', { 'Accept-Encoding': 'gzip' });
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(gunzipSync(await bytesOf(style))).toEqual(readFileSync(join(demoDir, 'assets', 'site.css')));
  });

  it('sends a file of less than a kilobyte as it is: compressing it would gain less than the header costs', async () => {
    const logo = await fetchPage('/demo/assets/logo.svg', { 'Accept-Encoding': 'br, gzip' });
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-encoding')).toBeNull();
    expect(logo.headers.get('content-type')).toBe('image/svg+xml');
    expect(await bytesOf(logo)).toEqual(readFileSync(join(demoDir, 'assets', 'logo.svg')));
  });
});

describe(`the demo mailbox on ${dialectUnderTest}`, () => {
  let database: TestDatabase;
  let withDatabase: Hono<AppEnv>;
  beforeAll(async () => {
    database = await createTestDatabase();
    withDatabase = new Hono<AppEnv>();
    withDatabase.use('*', async (c, next) => {
      c.set('deps', { db: database.db } as Deps);
      await next();
    });
    withDatabase.route('/', site);
    for (let n = 1; n <= 12; n += 1) {
      await database.db
        .insertInto('emails')
        .values({
          id: `mail-${n}`,
          tenant_id: null,
          portal_id: null,
          to_address: 'jan@example.com',
          subject: `Uw aanvraag ${n} is ontvangen`,
          text_body: 'Beste Jan, wij hebben uw aanvraag ontvangen en nemen binnen twee werkdagen contact met u op.',
          html_body: '<p>Beste Jan, wij hebben uw aanvraag ontvangen.</p>',
          kind: 'request_received',
          locale: 'nl',
          status: 'logged',
          error: null,
          created_at: new Date(Date.UTC(2026, 11, 1, 9, n)).toISOString(),
          sent_at: null,
        })
        .execute();
    }
  });
  afterAll(async () => {
    await database.close();
  });

  it('sends a full mailbox gzip-compressed, newest mail first', async () => {
    const response = await withDatabase.request('/demo/api/mailbox', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
    const body = JSON.parse(gunzipSync(await bytesOf(response)).toString('utf8')) as { items: { id: string; subject: string }[] };
    expect(body.items).toHaveLength(12);
    expect(body.items[0]).toMatchObject({ id: 'mail-12', subject: 'Uw aanvraag 12 is ontvangen' });
  });
});
