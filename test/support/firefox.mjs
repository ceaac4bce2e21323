// Finds a Firefox for the end-to-end journeys: FIREFOX_PATH, then Debian's firefox-esr, then a firefox on the usual
// path. Unlike Chromium there is none in the npm registry to fall back on: without one the Firefox journeys are skipped.
// KP_FIREFOX=none skips them on purpose (to run the journeys in Chromium alone, or to see the skip reported).
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const firefoxCandidates = ['FIREFOX_PATH', ...candidates];

export function findFirefox() {
  if (process.env.KP_FIREFOX === 'none') return undefined;
  if (process.env.FIREFOX_PATH) {
    if (existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
    throw new Error(`FIREFOX_PATH is set to ${process.env.FIREFOX_PATH}, but there is no file there.`);
  }
  return candidates.find((path) => existsSync(path));
}
