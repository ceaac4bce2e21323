// The built front ends' files (dist/widget, dist/console), served from disk under a wildcard path: the entry keeps its
// name and is revalidated, hashed chunks never change and are cached for a year.
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';
import { notFound } from './errors.js';
import { defineRoute, failure, routeGroup, z } from './openapi.js';

const contentTypes: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  map: 'application/json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

// Chunks carry a content hash in their name (name-1a2b3c4d.js).
const hashedName = /-[A-Za-z0-9_]{8,}\.js(\.map)?$/;
const safePath = /^(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_.-]+\.(js|map|json|css)$/;

export interface BuiltFiles {
  /** "widget": names the files in errors and the document. */
  name: string;
  summary: string;
  /** The folder the files are served from. */
  root(c: Context<AppEnv>): string;
  /** Cache-Control of files without a hash in their name. */
  entryCache: string;
  /** Module scripts of another origin need CORS: the widget is loaded by the businesses' sites. */
  anyOrigin: boolean;
}

/** GET /{path}: one of the built files; the wildcard is documented as the parameter `path`. */
export function builtFiles(files: BuiltFiles) {
  const group = routeGroup();
  group.openAPIRegistry.registerPath(
    defineRoute('public', {
      method: 'get',
      path: '/{path}',
      tags: ['Operations'],
      summary: files.summary,
      request: { params: z.object({ path: z.string().openapi({ description: 'The file’s path, such as klantportaal.js or chunks/…', example: 'klantportaal.js' }) }) },
      responses: {
        200: { description: 'The file: a JavaScript module, or its source map', content: { 'text/javascript': { schema: z.string() } } },
        404: failure(`No such ${files.name} file`, 'not_found'),
      },
    }),
  );
  group.get('/*', async (c) => {
    const path = c.req.path.replace(/^\/[^/]+\//, '');
    const match = safePath.exec(path);
    if (!match || path.includes('..')) throw notFound(`No such ${files.name} file`);
    const root = resolve(files.root(c));
    const file = resolve(join(root, path));
    if (!file.startsWith(root + sep)) throw notFound(`No such ${files.name} file`);
    const body = await readFile(file).catch(() => null);
    if (!body) throw notFound(`No such ${files.name} file`);
    c.header('Content-Type', contentTypes[match[1]!] ?? 'application/octet-stream');
    if (files.anyOrigin) {
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    }
    c.header('Cache-Control', hashedName.test(path) ? 'public, max-age=31536000, immutable' : files.entryCache);
    return c.body(new Uint8Array(body));
  });
  return group;
}
