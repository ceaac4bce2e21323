// Writes /openapi.json to a file, as the server answers it, for tools that read a document from disk (the linter),
// and the front ends' TypeScript types generated from it (widget/api/schema.d.ts). The server URL is fixed, so both
// depend on the routes alone.
//   tsx server/openapi/write-document.ts <file.json>
//   tsx server/openapi/write-document.ts --types <file.d.ts>        (npm run api-types)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openRuntime } from '../runtime.js';

export const documentServerUrl = 'https://portal.example';

/** Where the committed types live, and the command that writes them. */
export const apiTypesFile = 'widget/api/schema.d.ts';
export const apiTypesCommand = 'npm run api-types';

/** The document the server serves at /openapi.json, built by the same app on an empty in-memory database. */
export async function servedDocument(): Promise<Record<string, any>> {
  const { deps, database } = await openRuntime(loadConfig({ DATABASE_URL: ':memory:', KP_PUBLIC_URL: documentServerUrl, KP_LOG: 'silent' }));
  try {
    const response = await createApp(deps).request('/openapi.json');
    if (response.status !== 200) throw new Error(`GET /openapi.json answered ${response.status}`);
    return (await response.json()) as Record<string, any>;
  } finally {
    await database.close();
  }
}

/**
 * The types openapi-typescript generates from the document: `paths`, `components` and `operations`. Files, sent or
 * received, are Blobs, as fetch() gives and takes them, rather than strings.
 */
export async function apiTypes(document: Record<string, any>): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const { default: ts } = await import('typescript');
  const blob = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
  const isFile = (schema: { type?: unknown; format?: unknown; contentMediaType?: unknown }) =>
    schema.type === 'string' && (schema.format === 'binary' || (typeof schema.contentMediaType === 'string' && !schema.contentMediaType.endsWith('json')));
  const banner = [
    '/**',
    ` * The HTTP API's types, generated from /openapi.json by \`${apiTypesCommand}\`: do not edit.`,
    ' * A test fails when this file no longer matches the routes.',
    ' */',
    '',
  ].join('\n');
  const nodes = await openapiTS(document as never, { transform: (schema) => (isFile(schema as never) ? blob : undefined) });
  return `${banner}\n${astToString(nodes)}`;
}

function write(target: string, text: string) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [first, second] = process.argv.slice(2);
  const types = first === '--types';
  const target = types ? second : first;
  if (!target) {
    process.stderr.write('usage: tsx server/openapi/write-document.ts <file.json> | --types <file.d.ts>\n');
    process.exit(2);
  }
  const document = await servedDocument();
  write(target, types ? await apiTypes(document) : `${JSON.stringify(document, null, 2)}\n`);
}
