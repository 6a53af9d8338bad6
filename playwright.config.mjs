// End-to-end tests of the built widget (dist/) in Debian's Chromium.
// Run through scripts/test, which builds dist/ first; or, after scripts/build:
//   npx playwright test                 all
//   npx playwright test smoke -g Start  some
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/lib/chromium.mjs';

const PORT = Number(process.env.E2E_PORT || 8181);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.mjs',
  outputDir: 'test-results/artifacts',
  globalSetup: './tests/e2e/global-setup.mjs',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    // Playwright's own browsers are never downloaded: Debian's Chromium.
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `python3 scripts/lib/server.py --dir dist --host 127.0.0.1 --port ${PORT} --quiet`,
    url: `${BASE_URL}/ryggsjekk.js`,
    reuseExistingServer: !process.env.CI,
    timeout: 15_000,
  },
});
