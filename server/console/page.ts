// The business console's page: GET /console is an HTML page with <kp-console>, GET /console/* its built files
// (dist/console, beside dist/widget), all under a content security policy that runs only this server's own scripts.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { notFound } from '../http/errors.js';

/**
 * Scripts and connections to this origin only; no plugins, frames or forms elsewhere. Styles may be inline: Lit
 * adopts its style sheets, and the placeholders of loading states size themselves with style attributes.
 */
export const consolePolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const page = `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex">
  <title>Klantportaal console</title>
  <link rel="icon" href="data:,">
  <script type="module" src="/console/kp-console.js"></script>
  <style>html, body { margin: 0; background: #f4f6f9; }</style>
</head>
<body>
  <kp-console></kp-console>
  <noscript><p style="font-family: system-ui, sans-serif; padding: 16px">De console werkt alleen met JavaScript aan. · The console needs JavaScript.</p></noscript>
</body>
</html>
`;

const contentTypes: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  map: 'application/json; charset=utf-8',
};

// Chunks carry a content hash in their name (name-1a2b3c4d.js) and never change; the entry keeps its name.
const hashedChunk = /^chunks\/[A-Za-z0-9_-]+-[a-z0-9]{8,}\.js(\.map)?$/;
const builtFile = /^(?:chunks\/)?[A-Za-z0-9_-]+(?:\.js|\.js\.map)$/;

export function consolePage(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    c.header('Content-Security-Policy', consolePolicy);
    c.header('Cache-Control', 'no-cache');
    return c.html(page);
  });

  app.get('/*', async (c) => {
    const path = c.req.path.replace(/^\/console\//, '');
    if (!builtFile.test(path)) throw notFound('No such console file');
    const root = resolve(dirname(resolve(c.var.deps.widgetDir)), 'console');
    const file = resolve(join(root, path));
    if (!file.startsWith(root + sep)) throw notFound('No such console file');
    const body = await readFile(file).catch(() => null);
    if (!body) throw notFound('No such console file');
    c.header('Content-Type', contentTypes[path.endsWith('.map') ? 'map' : 'js']!);
    c.header('Cache-Control', hashedChunk.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(new Uint8Array(body));
  });

  return app;
}
