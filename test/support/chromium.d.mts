/** Finds a Chromium for the browser tests: CHROME_PATH, an installed one, else the bundled one (unpacked once). */
export function findChromium(): Promise<string>;
