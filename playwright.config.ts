import { defineConfig, devices } from '@playwright/test'

const port = process.env.E2E_PORT || '3210'
const chromium = process.env.CHROMIUM_PATH

/** Run through `npm run test:e2e` (scripts/e2e.mjs), which builds and seeds first. */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS) || 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    // A trace records every action with DOM snapshots: 24 tests took 128 s with one each, 101 s
    // without (Chromium's CPU 171 s against 119 s). In CI a failed test runs again with a trace;
    // E2E_TRACE=retain-on-failure (the default outside CI) traces every test.
    trace:
      (process.env.E2E_TRACE as 'on' | 'off' | 'retain-on-failure' | 'on-first-retry' | undefined) ??
      (process.env.CI ? 'on-first-retry' : 'retain-on-failure'),
    launchOptions: {
      // The system Chromium where there is one (Playwright cannot download its own here).
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // Each worker's own staff accounts, signed in once before the tests (tests/e2e/staff.setup.ts).
    { name: 'staff', testMatch: 'staff.setup.ts' },
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, dependencies: ['staff'] },
  ],
  webServer: {
    // The production server (npm start without its preflight), as if behind one proxy: the tests give
    // each browser context its own client address through X-Forwarded-For (tests/e2e/staff.ts).
    command: 'node server.mjs',
    // A sitemap file holds 50 URLs here (50,000 by default), so the seed's sitemap is an index. The
    // forms' minimum fill time is 1 s here (3 s by default; the int tests check the refusal): the
    // suite fills in some twenty forms, and a person's pause is what a test waits (tests/e2e/staff.ts).
    env: { PORT: port, TRUST_PROXY: '1', SITEMAP_URLS_PER_FILE: '50', FORM_MIN_FILL_MS: '1000' },
    url: `http://localhost:${port}/zh`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
