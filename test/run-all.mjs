// npm test: lint, type-check, the OpenAPI document's lint, server tests on SQLite and on a throwaway PostgreSQL,
// widget tests in Chromium, end-to-end journeys in Chromium (and in Firefox when it is installed). Stops at nothing:
// every step runs, and the exit code is nonzero when any failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { findFirefox } from './support/firefox.mjs';
import { startPostgres } from './support/postgres.mjs';

const results = [];

function step(name, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

step('lint', 'npx', ['eslint', '.']);
step('type-check', 'npx', ['tsc', '-p', 'tsconfig.json']);
step('type-check widget', 'npx', ['tsc', '-p', 'widget/tsconfig.json']);
step('type-check the published typings (TSX, plain TS)', 'npx', ['tsc', '-p', 'test/types']);
// The document as the server serves it, linted by a tool that did not write it (rules: redocly.yaml).
if (step('write /openapi.json', 'npx', ['tsx', 'server/openapi/write-document.ts', 'dist/openapi.json'])) {
  step('lint /openapi.json (Redocly)', 'npx', ['redocly', 'lint', 'dist/openapi.json', '--format', 'stylish']);
} else {
  results.push({ name: 'lint /openapi.json (Redocly)', ok: false, seconds: 0 });
}
step('server tests on SQLite', 'npx', ['vitest', 'run']);

let postgres;
try {
  postgres = await startPostgres();
} catch (error) {
  console.error(`Could not start the throwaway PostgreSQL: ${error.message}`);
  results.push({ name: 'server tests on PostgreSQL', ok: false, seconds: 0 });
}
if (postgres) {
  try {
    step('server tests on PostgreSQL', 'npx', ['vitest', 'run'], { KP_TEST_DATABASE_URL: postgres.url });
  } finally {
    await postgres.stop();
  }
}

step('widget build', 'npx', ['rollup', '-c', 'rollup.config.js']);
step('widget tests in Chromium', 'node', ['test/run-wtr.mjs']);
if (existsSync('test/e2e') && readdirSync('test/e2e').some((name) => name.endsWith('.test.ts'))) {
  // The customer's and the console's core journeys run in Firefox too, when one is installed (firefox-esr on Debian).
  const firefox = findFirefox();
  if (!firefox) console.log('\nNo Firefox found (FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox): the end-to-end journeys run in Chromium only; those in Firefox are reported skipped.');
  step(firefox ? 'end-to-end in Chromium and Firefox' : 'end-to-end in Chromium (Firefox skipped)', 'npx', ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts']);
}

console.log('\n━━ summary ━━');
for (const result of results) {
  console.log(`${result.ok ? 'ok  ' : 'FAIL'}  ${result.name.padEnd(40)} ${result.seconds.toFixed(1)} s`);
}
const failed = results.filter((result) => !result.ok).length;
console.log(`\nsteps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
