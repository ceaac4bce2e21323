// Runs the widget tests in Chromium, or says what to install when there is none.
import { spawnSync } from 'node:child_process';
import { findChromium } from './support/chromium.mjs';

try {
  findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const result = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
