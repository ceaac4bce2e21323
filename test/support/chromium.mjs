// Finds a Chromium for the browser tests: CHROME_PATH, then an installed Chrome or Chromium, then the one the
// @sparticuz/chromium devDependency brings in the npm registry package, so `npm install && npm test` needs no browser
// on the machine. KP_CHROMIUM=bundled skips the installed ones (to check that the bundled one works).
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

let bundled;

export async function findChromium() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  }
  if (process.env.KP_CHROMIUM !== 'bundled') {
    const found = candidates.find((path) => existsSync(path));
    if (found) return found;
  }
  bundled ??= unpackBundledChromium();
  return bundled;
}

async function unpackBundledChromium() {
  let chromium;
  try {
    ({ default: chromium } = await import('@sparticuz/chromium'));
  } catch {
    throw new Error(
      'No Chromium found for the browser tests, and the bundled one is not installed (run npm install). Or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  // Unpacked once into the temporary folder; later runs find it there. Its fonts come with it, for a machine that has
  // none of its own; the browser processes inherit the setting.
  const path = await chromium.executablePath();
  if (!existsSync('/etc/fonts/fonts.conf')) process.env.FONTCONFIG_PATH ??= join(tmpdir(), 'fonts');
  return path;
}
