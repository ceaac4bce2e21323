import { defineConfig } from 'vitest/config';

// End-to-end journeys: the real server on a temporary database, driven in Chromium, and the core journeys in Firefox
// too when one is installed (browsers.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    server: { deps: { inline: ['kysely'] } },
  },
});
