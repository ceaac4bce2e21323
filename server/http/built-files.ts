// The built front ends' files (dist/widget, dist/console), served from disk under a wildcard path: the entry keeps its
// name and is revalidated (ETag, 304), hashed chunks never change and are cached for a year. The build writes a
// brotli (.br) and a gzip (.gz) copy beside each file; the one the browser accepts is sent.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
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
  // The element's typings, for a developer to fetch beside the script.
  'd.ts': 'text/plain; charset=utf-8',
};

// Chunks carry a content hash in their name (name-1a2b3c4d.js).
const hashedName = /-[A-Za-z0-9_]{8,}\.js(\.map)?$/;
const safePath = /^(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*?\.(d\.ts|js|map|json|css)$/;

type Encoding = 'br' | 'gzip';
const suffixes: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** The encodings of `Accept-Encoding` with a weight above zero, brotli first since it is the smaller. */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    weights.set(name, q ? Number(q[1]) : 1);
  }
  const accepts = (name: Encoding) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  return (['br', 'gzip'] as const).filter(accepts);
}

interface FileVersion {
  modified: number;
  size: number;
  etag: string;
  lastModified: string;
  body: Buffer;
  encoded: Partial<Record<Encoding, Buffer>>;
}

/** Reads a file and its compressed copies once per change on disk; none of it is personal, so it may stay in memory. */
async function readVersion(cache: Map<string, FileVersion>, file: string): Promise<FileVersion | null> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const known = cache.get(file);
  if (known && known.modified === info.mtimeMs && known.size === info.size) return known;
  const body = await readFile(file).catch(() => null);
  if (!body) return null;
  const encoded: Partial<Record<Encoding, Buffer>> = {};
  for (const encoding of ['br', 'gzip'] as const) {
    const copy = await readFile(file + suffixes[encoding]).catch(() => null);
    // A copy older than its file belongs to an earlier build.
    if (copy && (await stat(file + suffixes[encoding])).mtimeMs >= info.mtimeMs) encoded[encoding] = copy;
  }
  const version: FileVersion = {
    modified: info.mtimeMs,
    size: info.size,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    lastModified: new Date(info.mtimeMs).toUTCString(),
    body,
    encoded,
  };
  cache.set(file, version);
  return version;
}

/** Whether `If-None-Match` names this version, whichever encoding the browser kept it in. */
export function stillFresh(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.slice(1, -1);
  return ifNoneMatch.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value.replace(/^"|"$/g, '').replace(/-(br|gzip)$/, '') === bare;
  });
}

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
        200: {
          description: 'The file: a JavaScript module, or its source map; brotli or gzip when Accept-Encoding allows',
          content: {
            'text/javascript': { schema: z.string() },
            'application/json': { schema: z.unknown().openapi({ description: 'A source map (.map) or another JSON file of the build' }) },
          },
        },
        304: { description: 'Not modified: the ETag of If-None-Match is still the current one' },
        404: failure(`No such ${files.name} file`, 'not_found'),
      },
    }),
  );
  const cache = new Map<string, FileVersion>();
  group.get('/*', async (c) => {
    const path = c.req.path.replace(/^\/[^/]+\//, '');
    const match = safePath.exec(path);
    if (!match || path.includes('..')) throw notFound(`No such ${files.name} file`);
    const root = resolve(files.root(c));
    const file = resolve(join(root, path));
    if (!file.startsWith(root + sep)) throw notFound(`No such ${files.name} file`);
    const version = await readVersion(cache, file);
    if (!version) throw notFound(`No such ${files.name} file`);
    const encoding = acceptedEncodings(c.req.header('Accept-Encoding')).find((name) => version.encoded[name]);
    // Each encoding is its own representation, so each gets its own tag; a 304 answers for any of them.
    const etag = encoding ? `${version.etag.slice(0, -1)}-${encoding}"` : version.etag;
    if (files.anyOrigin) {
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    }
    c.header('Cache-Control', hashedName.test(path) ? 'public, max-age=31536000, immutable' : files.entryCache);
    c.header('Vary', 'Accept-Encoding');
    c.header('ETag', etag);
    c.header('Last-Modified', version.lastModified);
    if (stillFresh(c.req.header('If-None-Match'), version.etag)) return c.body(null, 304);
    c.header('Content-Type', contentTypes[match[1]!] ?? 'application/octet-stream');
    if (encoding) c.header('Content-Encoding', encoding);
    return c.body(new Uint8Array(encoding ? version.encoded[encoding]! : version.body));
  });
  return group;
}
