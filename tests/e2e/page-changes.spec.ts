import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The feature manager starts features again when the page changes under it, and waits while Alma is
 * loading. Each test changes a fixture page from the page's own script, as Alma would, and checks that
 * exactly one fresh panel is shown (the previous run was aborted and cleaned up).
 */
const HOST = 'alma-companion-page-status';
/** On the editor grid the findings panel is the one panel (page-status stays off there). */
const GRID_HOST = 'alma-companion-findings';

/** Marks the current panel host, so a test can tell a re-created panel from the old one. */
async function markPanel(frame: Page | Frame, host = HOST): Promise<void> {
  await expect(frame.locator(host)).toHaveCount(1);
  await frame.evaluate((name) => document.querySelector(name)!.setAttribute('data-test-old', ''), host);
}

async function expectFreshPanel(frame: Page | Frame, host = HOST): Promise<void> {
  await expect(frame.locator(`${host}:not([data-test-old])`)).toHaveCount(1);
  await expect(frame.locator(host)).toHaveCount(1);
}

test('starts again with one fresh panel when the body id changes', async ({ page, server }) => {
  await page.goto(new URL('items-list/index.html', server.url).href);
  await markPanel(page);
  await page.evaluate(() => {
    document.body.id = 'body_id_xml_file_resource_editor.physical.items_list.xml_2';
  });
  await expectFreshPanel(page);
  // The List of Items is known by its body id (content/alma): with another id its rows alone are not enough.
  await expect(page.getByTestId('page-status')).toHaveAttribute('data-kind', 'unrecognised');
  await expect(page.getByTestId('not-recognised')).toContainText('itemsListBody');
});

test("waits while Alma's loading blocker is shown, then follows the new page", async ({ page, server }) => {
  await page.goto(new URL('items-list/index.html', server.url).href);
  await expect(page.getByTestId('page-status')).toHaveAttribute('data-kind', 'items-list');
  await page.evaluate(() => {
    document.getElementById('loadingBlocker')!.classList.remove('hide');
    // Alma swaps the page while the blocker is up: this one is no page the companion knows.
    document.body.id = 'body_id_xml_file_some_other_page.xml';
    for (const row of document.querySelectorAll('[id^="recordContainerlist"]')) row.remove();
  });
  await page.waitForTimeout(1_000);
  await expect(page.getByTestId('page-status'), 'nothing re-runs while loading').toHaveCount(1);
  await page.evaluate(() => document.getElementById('loadingBlocker')!.classList.add('hide'));
  await expect(page.getByTestId('page-status'), 'the panel of the old page is removed').toHaveCount(0);
});

test('shows the new record when the editor grid is replaced (record switch)', async ({ page, server }) => {
  await page.goto(new URL('mde-bib/top.html', server.url).href);
  const grid =
    page.frame({ name: 'yards_iframe' }) ?? page.frames().find((frame) => frame.url().endsWith('/grid.html'));
  if (!grid) throw new Error('grid frame not found');
  const panel = grid.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-kind', 'mde-bib');
  await expect(panel.getByTestId('field-count')).toHaveText('27');
  await markPanel(grid, GRID_HOST);
  await grid.evaluate(() => {
    const table = document.querySelector('table[id^="editorTable"]')!;
    const next = table.cloneNode(true) as HTMLTableElement;
    next.querySelector('tbody > tr:last-child')!.remove();
    table.replaceWith(next);
  });
  await expectFreshPanel(grid, GRID_HOST);
  await expect(panel.getByTestId('field-count')).toHaveText('26');
  await expect(grid.getByTestId('page-status')).toHaveCount(0);
});

test('starts again after single-page navigation (history.pushState)', async ({ page, server }) => {
  await page.goto(new URL('items-list/index.html', server.url).href);
  await markPanel(page);
  await page.evaluate(() => history.pushState({}, '', '?page=2'));
  await expectFreshPanel(page);
});
