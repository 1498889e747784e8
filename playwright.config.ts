import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests: Debian's Chromium (/usr/bin/chromium) with the built extension on the local fixture pages.
 * Build first: `npm run build && npm run build:test` (npm test does both). One worker: the machine is small
 * and each worker starts its own Chromium.
 * PLAYWRIGHT_JSON_OUTPUT (used by .ci/run) adds a JSON report with the counts.
 */
const jsonOutput = process.env.PLAYWRIGHT_JSON_OUTPUT;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: jsonOutput ? [['list'], ['json', { outputFile: jsonOutput }]] : [['list']],
  use: { trace: 'retain-on-failure' },
});
