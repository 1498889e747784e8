import { test as base, expect, type FrameLocator, type Page } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { launchWithExtension, TEST_BUILD_DIR, type ExtensionBrowser } from './support/extension-browser';
import { frameByIds } from './support/frames';
import { collectPageErrors } from './support/page-errors';

/**
 * Procedure checklists on the Alma-like fixture pages (issue 5). Each test gets a fresh browser profile:
 * ticks and the memory of earlier pages must come only from what the test itself did.
 */
const test = base.extend<{ extension: ExtensionBrowser; pageErrors: string[] }, { server: FixtureServer }>({
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
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
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

// A fresh Chromium per test is slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

const GRID = ['yardsNgWrapper', 'yards_iframe'];

/** The checklist dock of a frame, opened (it starts closed unless opened earlier in this tab). */
async function openChecklists(scope: Page | FrameLocator) {
  const dock = scope.getByTestId('checklists');
  const toggle = scope.getByTestId('checklists-toggle');
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return dock;
}

const procedure = (scope: Page | FrameLocator, id: string) =>
  scope.locator(`[data-testid="checklist"][data-procedure-id="${id}"]`);

/** Opens one procedure's card (only the specific ones start open). */
async function openProcedure(scope: Page | FrameLocator, id: string): Promise<void> {
  const toggle = procedure(scope, id).getByRole('button', { expanded: false });
  if ((await toggle.count()) > 0) await toggle.click();
  await expect(procedure(scope, id).getByRole('button', { expanded: true })).toBeVisible();
}
const step = (scope: Page | FrameLocator, procedureId: string, stepId: string) =>
  procedure(scope, procedureId).locator(`[data-testid="checklist-step"][data-step-id="${stepId}"]`);

test('the multi-volume record shows the MVM checklist, named on the closed dock', async ({ page, server }) => {
  await page.goto(new URL('mde-mvm/top.html', server.url).href);
  const grid = frameByIds(page, GRID);
  await expect(grid.getByTestId('checklists-toggle')).toContainText('Multi-volume monographs');
  await openChecklists(grid);
  const mvm = procedure(grid, 'multi-volume-monographs');
  await expect(mvm).toBeVisible();
  await expect(step(grid, 'multi-volume-monographs', 'set-bib')).toContainText(
    'Confirm the bib describes the whole set',
  );
  // A bib alone cannot show its holdings: the 866 step says so instead of guessing.
  await expect(step(grid, 'multi-volume-monographs', 'summary-holdings').getByTestId('step-verification')).toHaveText(
    /Cannot be checked on this page/,
  );
  // Item-only steps do not apply in the Metadata Editor.
  await expect(step(grid, 'multi-volume-monographs', 'description')).toHaveCount(0);
});

test('a single-volume record gets no MVM checklist', async ({ page, server }) => {
  await page.goto(new URL('mde-oclc/top.html', server.url).href);
  const grid = frameByIds(page, GRID);
  await openChecklists(grid);
  await expect(grid.getByTestId('checklist').first()).toBeVisible();
  await expect(procedure(grid, 'multi-volume-monographs')).toHaveCount(0);
});

test('steps the record proves are shown as verified: the split view has the multipart holdings with 866', async ({
  page,
  server,
}) => {
  await page.goto(new URL('mde-split/top.html', server.url).href);
  const grid = frameByIds(page, GRID);
  await openChecklists(grid);
  for (const id of ['summary-holdings', 'multipart-template']) {
    const verification = step(grid, 'multi-volume-monographs', id).getByTestId('step-verification');
    await expect(verification).toHaveText(/Verified on this page/);
  }
});

test('ticking a step survives a reload', async ({ page, server }) => {
  await page.goto(new URL('mde-mvm/top.html', server.url).href);
  const grid = frameByIds(page, GRID);
  const dock = await openChecklists(grid);
  const box = step(grid, 'multi-volume-monographs', 'relink-strays').getByRole('checkbox');
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(procedure(grid, 'multi-volume-monographs').getByTestId('checklist-count')).toContainText('1/');
  await expect(dock).toHaveAttribute('data-saving', 'false');

  await page.reload();
  const after = frameByIds(page, GRID);
  await openChecklists(after);
  await expect(step(after, 'multi-volume-monographs', 'relink-strays').getByRole('checkbox')).toBeChecked();
  await expect(step(after, 'multi-volume-monographs', 'set-bib').getByRole('checkbox')).not.toBeChecked();

  // Unticking is saved too.
  await step(after, 'multi-volume-monographs', 'relink-strays').getByRole('checkbox').uncheck();
  await expect(after.getByTestId('checklists')).toHaveAttribute('data-saving', 'false');
  await page.reload();
  const again = frameByIds(page, GRID);
  await openChecklists(again);
  await expect(step(again, 'multi-volume-monographs', 'relink-strays').getByRole('checkbox')).not.toBeChecked();
});

test('the items list knows the set from the bib seen earlier in the editor', async ({ page, server }) => {
  await page.goto(new URL('items-list-mvm/index.html', server.url).href);
  await openChecklists(page);
  await expect(page.getByTestId('checklist').first()).toBeVisible();
  await expect(procedure(page, 'multi-volume-monographs')).toHaveCount(0);

  await page.goto(new URL('mde-mvm/top.html', server.url).href);
  await expect(frameByIds(page, GRID).getByTestId('checklists-toggle')).toContainText('Multi-volume monographs');
  await page.goto(new URL('items-list-mvm/index.html', server.url).href);
  await openChecklists(page);
  await expect(procedure(page, 'multi-volume-monographs')).toBeVisible();
});

test('the relink and withdraw screens offer their procedures', async ({ page, server }) => {
  await page.goto(new URL('relink-confirm/index.html', server.url).href);
  await openChecklists(page);
  await expect(procedure(page, 'relinking')).toBeVisible();
  await openProcedure(page, 'relinking');
  await expect(step(page, 'relinking', 'gobi-brief')).toContainText('Never relink shelf-ready');

  await page.goto(new URL('withdraw-confirm-oclc/index.html', server.url).href);
  await openChecklists(page);
  await openProcedure(page, 'withdrawal');
  await expect(step(page, 'withdrawal', 'withdraw')).toContainText('Withdraw > Confirm');
});

test('the dock works from the keyboard and is labelled', async ({ page, server }) => {
  await page.goto(new URL('item-editor/index.html', server.url).href);
  const toggle = page.getByTestId('checklists-toggle');
  await expect(toggle).toBeVisible();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'Alma Cataloger Companion: procedures for this page' })).toBeVisible();
  // The item editor shows the item of a multi-volume set only once the bib was seen; the item procedures apply anyway.
  const box = page.getByTestId('checklist-step').getByRole('checkbox').first();
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
});
