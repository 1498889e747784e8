import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { launchWithExtension, TEST_BUILD_DIR, type ExtensionBrowser } from './support/extension-browser';
import { collectPageErrors } from './support/page-errors';

/**
 * OCLC reminders from what a list shows (issue 10 item 6): the bib of mde-oclc (035 (OCoLC)1929242) is opened
 * first, so its OCLC number is known; then a List of Items or List of Holdings of it. Each test starts from a
 * fresh browser profile (the holdings memory gives each reminder once per bib). "Publish Bib" is the profile's
 * checkbox on the options page.
 */
const MMS_ID = '990000001706532';

const test = base.extend<{ extension: ExtensionBrowser; errors: string[] }, { server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: async ({}, use) => {
    const browser = await launchWithExtension(TEST_BUILD_DIR);
    await use(browser);
    await browser.context.close();
  },
  page: async ({ extension, errors }, use) => {
    const page = await extension.context.newPage();
    const pageErrors = collectPageErrors(page);
    page.on('close', () => errors.push(...pageErrors));
    await use(page);
  },
  errors: [
    async ({}, use) => {
      const errors: string[] = [];
      await use(errors);
      expect(errors, 'uncaught exceptions or logged feature errors on any page').toEqual([]);
    },
    { auto: true },
  ],
});

test.describe.configure({ timeout: 120_000 });

/** Waits until the background has recorded a page of `kind` as the tab's latest (read from storage.session). */
async function waitUntilObserved(context: BrowserContext, kind: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
        return worker.evaluate(async () => {
          const storage = (
            globalThis as unknown as {
              chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
            }
          ).chrome.storage;
          // The background stores its memory as one JSON string (background/session-store.ts).
          const stored = (await storage.session.get('pageMemory')).pageMemory;
          const memory = (typeof stored === 'string' ? JSON.parse(stored) : stored) as
            | { tabs?: Record<string, { previous?: { kind: string } | null }> }
            | undefined;
          return Object.values(memory?.tabs ?? {}).map((tab) => tab.previous?.kind ?? '');
        });
      },
      { timeout: 20_000 },
    )
    .toContain(kind);
}

async function visit(page: Page, server: FixtureServer, path: string, kind: string): Promise<void> {
  await page.goto(new URL(path, server.url).href);
  await waitUntilObserved(page.context(), kind);
}

/** The bib first (its 035 gives the OCLC number), then the list. */
async function bibThenList(page: Page, server: FixtureServer, list: string, kind: string): Promise<void> {
  await visit(page, server, 'mde-oclc/top.html', 'mde-bib');
  await visit(page, server, list, kind);
}

const reminder = (page: Page, action: 'set' | 'delete') =>
  page.locator(`[data-testid="oclc-reminder"][data-action="${action}"][data-mms-id="${MMS_ID}"]`);

async function publishBib(extension: ExtensionBrowser): Promise<void> {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.getByLabel('Alma publishes our holdings to WorldCat (Publish Bib)').check();
  await options.getByTestId('save-profile').click();
  await expect(options.getByTestId('profile-status')).toHaveText('Profile saved.');
  await options.close();
}

test('a List of Items with no active item left asks to delete the holding and says what it saw', async ({
  page,
  server,
}) => {
  await bibThenList(page, server, 'items-list-oclc-none-active/index.html', 'items-list');
  const card = reminder(page, 'delete');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('oclc-number')).toHaveText('OCLC #1929242');
  await expect(card.getByTestId('oclc-reason')).toContainText('No active copy of this bib is left');
  await expect(card.getByTestId('oclc-seen')).toHaveText(
    'This List of Items shows 0 active of 3 items at Main Withdrawn (mazw).',
  );
  await expect(card.getByTestId('add-to-worklist')).toBeEnabled();
  await expect(card.getByTestId('oclc-by-alma')).toHaveCount(0);

  // One copy back from the withdrawn location: set the holding again, from the same kind of list.
  await page.goto(new URL('items-list-oclc-reinstated/index.html', server.url).href);
  const set = reminder(page, 'set');
  await expect(set).toBeVisible();
  await expect(set.getByTestId('oclc-reason')).toContainText('An item was reinstated from a withdrawn location');
  await expect(set.getByTestId('oclc-seen')).toHaveText(
    'This List of Items shows 1 active of 3 items at Main Stacks (mstk), Main Withdrawn (mazw).',
  );
});

test('a List of Holdings with every holdings record in a withdrawn location asks to delete the holding', async ({
  page,
  server,
}) => {
  await bibThenList(page, server, 'holdings-list-oclc-none-active/index.html', 'holdings-list');
  const card = reminder(page, 'delete');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('oclc-seen')).toHaveText(
    'This List of Holdings shows 0 active of 2 holdings records at MAIN, NRLF.',
  );
  await expect(card.getByTestId('add-to-worklist')).toBeVisible();
});

test('a paged List of Items ("1 - 20 of 45") cannot say none is left: no reminder', async ({ page, server }) => {
  await bibThenList(page, server, 'items-list-oclc-paged/index.html', 'items-list');
  // The feature has run (the page was observed); give the dock a moment it would need to appear.
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('oclc-reminder')).toHaveCount(0);
});

test('with "Publish Bib" on, the list reminders say Alma will do it and offer no worklist', async ({
  page,
  server,
  extension,
}) => {
  await publishBib(extension);
  await bibThenList(page, server, 'items-list-oclc-none-active/index.html', 'items-list');
  const card = reminder(page, 'delete');
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('data-by-alma', 'true');
  await expect(card.getByTestId('oclc-reason')).toContainText('Alma publishes your holdings to WorldCat');
  await expect(card.getByTestId('oclc-by-alma')).toContainText('Nothing to do in Connexion or Record Manager');
  await expect(card.getByTestId('oclc-seen')).toContainText('0 active of 3 items');
  await expect(card.getByTestId('add-to-worklist')).toHaveCount(0);
  await expect(card.getByTestId('oclc-question')).toHaveCount(0);
  // The reminder dock with its new lines is axe-clean (the fixture page itself imitates Alma and is not judged).
  const results = await new AxeBuilder({ page })
    .include('alma-companion-oclc-reminders')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  expect(results.passes.length, 'axe looked at the dock').toBeGreaterThan(0);
});

test('with "Publish Bib" on, the List of Holdings reminder says Alma will do it', async ({
  page,
  server,
  extension,
}) => {
  await publishBib(extension);
  await bibThenList(page, server, 'holdings-list-oclc-none-active/index.html', 'holdings-list');
  const card = reminder(page, 'delete');
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('data-by-alma', 'true');
  await expect(card.getByTestId('oclc-seen')).toContainText('0 active of 2 holdings records');
  await expect(card.getByTestId('add-to-worklist')).toHaveCount(0);
});
