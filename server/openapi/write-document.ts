// Writes /openapi.json to a file, as the server answers it, for tools that read a document from disk (the linter, the
// type generator). The server URL is fixed, so the file depends on the routes alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openRuntime } from '../runtime.js';

export const documentServerUrl = 'https://portal.example';

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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: tsx server/openapi/write-document.ts <file.json>\n');
    process.exit(2);
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(await servedDocument(), null, 2)}\n`);
}
