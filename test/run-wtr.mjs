// Runs the widget tests in Chromium: the one found (test/support/chromium.mjs) is handed to the runner as CHROME_PATH.
import { spawnSync } from 'node:child_process';
import { findChromium } from './support/chromium.mjs';

let chrome;
try {
  chrome = await findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const result = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(result.status ?? 1);
