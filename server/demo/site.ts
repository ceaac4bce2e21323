// The demo business's website (demo/) with the embedded portal and the developer panel's back-office bridge.
// Mounted only with KP_DEMO=1: the bridge acts with the demo tenant's API key, which a real site would never expose.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { Hono, type Context } from 'hono';
import { acceptedEncodings, stillFresh } from '../http/built-files.js';
import { compressJson } from '../http/compress-json.js';
import { notFound } from '../http/errors.js';
import type { AppEnv } from '../http/env.js';
import { renderPdf } from './pdf.js';

export const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));

export interface DemoSiteOptions {
  /** The demo tenant's API key; read per request, since the site is mounted before the seed has made it. */
  apiKey: () => string;
  /** The origin of the API and widget script (this server's public URL). */
  apiOrigin: string;
  /** The other origin that serves the same site, shown as a link in the panel. */
  otherOrigin?: string;
  /** Forwards a request to the real app (the admin API). */
  forward: (request: Request) => Response | Promise<Response>;
}

const assetTypes: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
};

// Text the browser takes compressed; a PNG is compressed already, and a body under a kilobyte gains less than it costs.
const compressible = /^(text\/|image\/svg\+xml)/;
const compressFromBytes = 1024;

/**
 * A page or file of the demo site as a business's own server would send it: brotli or gzip when the browser takes it,
 * and an ETag, so a revalidation (the files are `no-cache`: an edit in demo/ shows at once) costs a 304.
 */
function sendFile(c: Context<AppEnv>, body: Buffer, contentType: string): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  const encoding = compressible.test(contentType) && body.length >= compressFromBytes ? acceptedEncodings(c.req.header('Accept-Encoding'))[0] : undefined;
  c.header('Cache-Control', 'no-cache');
  c.header('Vary', 'Accept-Encoding');
  c.header('ETag', encoding ? `${etag.slice(0, -1)}-${encoding}"` : etag);
  if (stillFresh(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', contentType);
  if (!encoding) return c.body(new Uint8Array(body));
  c.header('Content-Encoding', encoding);
  const encoded =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 });
  return c.body(new Uint8Array(encoded));
}

const demoCsp = (apiOrigin: string) =>
  [
    "default-src 'self'",
    `script-src 'self' ${apiOrigin}`,
    `connect-src 'self' ${apiOrigin}`,
    `img-src 'self' data: blob: ${apiOrigin}`,
    // As strict as a bank's page: the widget sets no inline style, so the demo proves it runs without 'unsafe-inline'.
    "style-src 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

export function demoSite(options: DemoSiteOptions): Hono<AppEnv> {
  const site = new Hono<AppEnv>();

  const page = (file: string) => async (c: Context<AppEnv>) => {
    const html = (await readFile(join(demoDir, file), 'utf8'))
      .replaceAll('%API_ORIGIN%', options.apiOrigin)
      .replaceAll('%OTHER_ORIGIN%', options.otherOrigin ?? '');
    c.header('Content-Security-Policy', demoCsp(options.apiOrigin));
    return sendFile(c, Buffer.from(html), 'text/html; charset=utf-8');
  };
  site.get('/', page('index.html'));
  site.get('/mijn-portaal', page('mijn-portaal.html'));

  site.get('/demo/assets/:file', async (c) => {
    const file = c.req.param('file');
    const match = /^[a-z0-9-]+\.(css|js|svg|png)$/.exec(file);
    if (!match) throw notFound('No such file');
    const body = await readFile(join(demoDir, 'assets', file)).catch(() => undefined);
    if (!body) throw notFound('No such file');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return sendFile(c, body, assetTypes[match[1]!]!);
  });

  // The mailbox holds up to thirty mails with their text: gzip, like the portal's own JSON answers.
  site.use('/demo/api/*', compressJson());

  site.get('/demo/api/mailbox', async (c) => {
    const rows = await c.var.deps.db
      .selectFrom('emails')
      .select(['id', 'to_address', 'subject', 'text_body', 'created_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(30)
      .execute();
    return c.json({ items: rows.map((row) => ({ id: row.id, to: row.to_address, subject: row.subject, text: row.text_body, createdAt: row.created_at })) });
  });

  const toAdmin = (c: Context<AppEnv>, path: string, init: RequestInit = {}) =>
    options.forward(
      new Request(`${options.apiOrigin}/api/v1/admin${path}`, {
        ...init,
        headers: { Authorization: `Bearer ${options.apiKey()}`, ...(init.body ? { 'Content-Type': c.req.header('Content-Type') ?? 'application/json' } : {}) },
      }),
    );

  site.post('/demo/api/publish-invoice', async (c) => {
    const number = `F-2026-${String(Math.floor(Date.now() / 1000) % 10000).padStart(4, '0')}`;
    const today = new Date().toISOString().slice(0, 10);
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const created = await toAdmin(c, `/invoices/${number}`, {
      method: 'PUT',
      body: JSON.stringify({ customerExternalId: 'jan-de-vries', number, issueDate: today, dueDate: due, totalCents: 11900, totalExclVatCents: 9835, currency: 'EUR', status: 'open', paymentUrl: `https://betalen.example/${number}` }),
    });
    if (!created.ok) return created;
    const pdf = renderPdf(`Factuur ${number}`, [
      { text: 'Van der Berg Installatietechniek', size: 18, bold: true },
      { text: `Factuur ${number}`, size: 15, bold: true, gap: 20 },
      { text: 'Jan de Vries, Oudegracht 112, 3511 AX Utrecht', gap: 6 },
      { text: 'Onderhoud cv-ketel Intergas Kombi Kompakt', gap: 16 },
      { text: 'Totaal incl. btw: € 119,00', bold: true, gap: 12 },
    ]);
    const stored = await options.forward(
      new Request(`${options.apiOrigin}/api/v1/admin/invoices/${number}/pdf`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${options.apiKey()}`, 'Content-Type': 'application/pdf' },
        body: new Uint8Array(pdf),
      }),
    );
    if (!stored.ok) return stored;
    return c.json({ number });
  });

  site.all('/demo/api/admin/*', async (c) => {
    const url = new URL(c.req.url);
    const path = url.pathname.replace(/^\/demo\/api\/admin/, '') + url.search;
    const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    return toAdmin(c, path, { method: c.req.method, ...(hasBody ? { body: await c.req.arrayBuffer() } : {}) });
  });

  return site;
}
