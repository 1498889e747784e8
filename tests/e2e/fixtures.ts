import { test as base, expect } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { launchWithExtension, TEST_BUILD_DIR, type ExtensionBrowser } from './support/extension-browser';
import { collectPageErrors } from './support/page-errors';

interface WorkerFixtures {
  /** The Alma-like fixture pages over http://127.0.0.1 on a free port. */
  server: FixtureServer;
  /** Chromium with the TEST build (matches http://localhost and 127.0.0.1). */
  extension: ExtensionBrowser;
}

interface TestFixtures {
  /** Uncaught exceptions and logged feature errors; each test ends by asserting there were none. */
  pageErrors: string[];
}

/** One browser and one server per worker (starting Chromium costs seconds); a fresh page per test. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({}, use) => {
      const browser = await launchWithExtension(TEST_BUILD_DIR);
      await use(browser);
      await browser.context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
    await page.close();
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors = collectPageErrors(page);
      await use(errors);
      expect(errors, 'uncaught exceptions or logged feature errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
