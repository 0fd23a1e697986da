import { defineConfig } from '@playwright/test';

/**
 * Crash consistency (`npm run test:crash`): a 100,000-row import and a 100,000-order restore
 * interrupted mid-write by closing the page and by killing the browser. Slow, so apart from `npm test`; CI runs both.
 * The specs launch Debian's Chromium themselves (a persistent profile that outlives the kill),
 * so only the server and the URL are set here. Its own port, clear of the e2e run's 4319.
 */
/** CRASH_PORT: another port, for a second checkout on the same machine. */
const PORT = Number(process.env.CRASH_PORT ?? 4329);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/crash',
  timeout: 300_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '../../reports/crash.json' }]] : [['list']],
  use: { baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    // CRASH_OUT_DIR: serve a build other than out/renderer (a private build on a shared machine).
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1${process.env.CRASH_OUT_DIR ? ` --outDir ${process.env.CRASH_OUT_DIR}` : ''}`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
