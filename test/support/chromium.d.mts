/** Finds a Chromium for the browser tests: CHROME_PATH, then the usual install paths; throws what to install. */
export function findChromium(): string;
