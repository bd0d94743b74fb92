import { defineConfig, devices } from '@playwright/test';

/**
 * Two projects: `web` drives the built renderer through the loopback host in Debian's
 * Chromium (never `playwright install`: the machine is offline); `electron` drives the
 * packaged-style app through Playwright's Electron support.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties its output folder on start: keep it apart from screenshots and reports.
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-report.json' }]],
  // Two cores: one browser plus one host at a time keeps timings honest.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testIgnore: /electron\..*\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        browserName: 'chromium',
        launchOptions: {
          executablePath: '/usr/bin/chromium',
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
        viewport: { width: 1366, height: 768 },
        locale: 'id-ID',
        timezoneId: 'Asia/Jakarta',
      },
    },
    {
      name: 'electron',
      testMatch: /electron\..*\.spec\.ts$/,
    },
  ],
});
