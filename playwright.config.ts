import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.mjs';

/**
 * Browser tests run against the built site served by `astro preview` (build first: `npm run build`).
 * Debian's Chromium is used where it is installed (CI, machines without Playwright's own browser
 * download); elsewhere Playwright's bundled Chromium (`npx playwright install chromium`). The same
 * browser and flags serve the benchmark (scripts/lib/chromium.mjs).
 */
const PORT = Number(process.env.PREVIEW_PORT || 4329);
const BASE_PATH = process.env.BASE_PATH || '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH.replace(/\/?$/, '/')}`,
    // Without the system's Chromium, Playwright's own (no executablePath).
    launchOptions: { ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: /no-js\.spec\.ts$/ },
    // The same pages with JavaScript off: no dead control, all the content.
    { name: 'no-js', use: { browserName: 'chromium', javaScriptEnabled: false }, testMatch: /no-js\.spec\.ts$/ },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH.replace(/\/?$/, '/')}`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
