import { defineConfig } from '@playwright/test';

// E2E_PORT / E2E_OUT let two test runs on one machine use their own server and build folder.
const port = Number(process.env.E2E_PORT ?? 4319);
const outDir = process.env.E2E_OUT ? ` --outDir ${process.env.E2E_OUT}` : '';

/**
 * Drives the built web app in Debian's Chromium; no Playwright-managed browser is used. Its own
 * port (not the 4173 of `npm run web`) so a running app never collides with a test run.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1360, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
