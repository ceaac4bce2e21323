// JSON answers above about a kilobyte go out gzip-compressed to clients that accept it: a page of work orders shrinks
// to a fifth, which a customer on a phone notices. Event streams and files keep their own encoding.
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { acceptedEncodings } from './built-files.js';

const gzipAsync = promisify(gzip);

/** Smaller bodies gain less than the header costs. */
export const compressFromBytes = 1024;
// Above this, the work moves to libuv's thread pool instead of the request's turn on the event loop.
const compressInlineUpTo = 64 * 1024;

export function compressJson(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (res.headers.has('Content-Encoding')) return;
    if (!/^application\/(problem\+)?json\b/.test(res.headers.get('Content-Type') ?? '')) return;
    if (!acceptedEncodings(c.req.header('Accept-Encoding')).includes('gzip')) return;
    // Only now: asking for the body turns @hono/node-server's answer made of a string into one around a web stream,
    // which it then sends chunk by chunk.
    if (!res.body) return;
    const body = Buffer.from(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    if (body.length < compressFromBytes) {
      c.res = new Response(new Uint8Array(body), { status: res.status, headers });
      return;
    }
    headers.append('Vary', 'Accept-Encoding');
    const compressed = body.length <= compressInlineUpTo ? gzipSync(body, { level: 6 }) : await gzipAsync(body, { level: 6 });
    headers.set('Content-Encoding', 'gzip');
    headers.delete('Content-Length');
    c.res = new Response(new Uint8Array(compressed), { status: res.status, headers });
  };
}
