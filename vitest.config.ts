import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    maxConcurrency: 2,
    // Two files at once (the default leaves one core for the main process): the build tests spend
    // their time in child builds, so the other files run beside them.
    maxWorkers: 2,
    // npm test runs these beside the build and the browser tests (scripts/test.mjs): a test that reads the
    // whole content takes about a second alone and five under that load, the default limit.
    testTimeout: 30_000,
    environment: 'node',
  },
});
