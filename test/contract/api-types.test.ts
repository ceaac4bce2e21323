import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { apiTypes, apiTypesCommand, apiTypesFile, servedDocument } from '../../server/openapi/write-document.js';

/** Where two texts first differ, line by line, to show in the failure. */
function firstDifference(committed: string, current: string): string {
  const a = committed.split('\n');
  const b = current.split('\n');
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if (a[index] !== b[index]) return `line ${index + 1}:\n  committed: ${a[index] ?? '(end of file)'}\n  routes:    ${b[index] ?? '(end of file)'}`;
  }
  return 'no line differs';
}

describe('the front ends’ generated API types', () => {
  it(`are what ${apiTypesCommand} writes from the routes as they are`, async () => {
    const current = await apiTypes(await servedDocument());
    const file = new URL(`../../${apiTypesFile}`, import.meta.url);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (committed !== current) {
      throw new Error(`${apiTypesFile} is stale: run \`${apiTypesCommand}\` and commit it. First difference, ${firstDifference(committed, current)}`);
    }
  });
});
