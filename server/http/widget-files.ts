// Serves the built widget (dist/widget) to any site: module scripts from another origin need CORS.
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import { notFound } from './errors.js';
import type { AppEnv } from './env.js';

const contentTypes: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  map: 'application/json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

// Chunks carry a content hash in their name (name-1a2b3c4d.js) and never change; the entry keeps its name.
const hashedName = /-[A-Za-z0-9_]{8,}\.js$/;
const safePath = /^(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_.-]+\.(js|map|json|css)$/;

export function widgetFiles(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/*', async (c) => {
    const path = c.req.path.replace(/^\/widget\//, '');
    const match = safePath.exec(path);
    if (!match || path.includes('..')) throw notFound('No such widget file');
    const root = resolve(c.var.deps.widgetDir);
    const file = resolve(join(root, path));
    if (!file.startsWith(root + sep)) throw notFound('No such widget file');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      throw notFound('No such widget file');
    }
    c.header('Content-Type', contentTypes[match[1]!] ?? 'application/octet-stream');
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    c.header(
      'Cache-Control',
      hashedName.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=300, stale-while-revalidate=86400',
    );
    return c.body(new Uint8Array(body));
  });
  return app;
}
