import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { ExtensionBrowser } from './support/extension-browser';

/** The part of the extension API these tests call inside the service worker and extension pages (typed here: no @types/chrome). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> } };
  tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/**
 * The toolbar popup, opened as chrome-extension://<id>/popup.html in a tab. With `?tab=<id>` it describes
 * that tab (a fixture page) instead of the active one, which would be the popup itself.
 */

/** Id of the tab showing `page`: brought to the front, it is the active tab the service worker sees. */
async function tabIdOf(extension: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = extension.context.serviceWorkers()[0]!;
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}

async function openPopup(extension: ExtensionBrowser, forTab?: number): Promise<Page> {
  const popup = await extension.context.newPage();
  await popup.goto(
    `chrome-extension://${extension.extensionId}/popup.html${forTab === undefined ? '' : `?tab=${forTab}`}`,
  );
  return popup;
}

test('searching "withdraw" lists the withdrawal and OCLC holdings procedures first', async ({ extension }) => {
  const popup = await openPopup(extension);
  const search = popup.getByRole('combobox', { name: 'Search documents and procedures' });
  await expect(search).toBeFocused();
  await popup.keyboard.type('withdraw');
  const options = popup.getByTestId('document-option');
  await expect(options.nth(0)).toHaveAttribute('data-document-id', 'procedure/withdrawal');
  await expect(options.nth(1)).toHaveAttribute('data-document-id', 'procedure/oclc-holdings');
  await expect(options.nth(0)).toContainText('Withdraw items');
  await expect(options.nth(0)).toContainText('Roles:');
  await popup.close();
});

test('arrows and Enter open a document in a new tab; typos still find it', async ({ extension }) => {
  const popup = await openPopup(extension, 0);
  await popup.getByTestId('document-search').fill('multivolum');
  await expect(popup.getByTestId('document-option').first()).toHaveAttribute(
    'data-document-id',
    'procedure/multi-volume-monographs',
  );
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowUp');
  // The test browser is offline: answer for the documentation site so the opened tab keeps its address.
  await extension.context.route('https://www.lib.berkeley.edu/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>doc</title>' }),
  );
  const opened = extension.context.waitForEvent('page');
  await popup.keyboard.press('Enter');
  const tab = await opened;
  await expect
    .poll(() => tab.url())
    .toBe('https://www.lib.berkeley.edu/Staff/staff-docs/sils/resource-management/procedures-for-mvms');
  await tab.close();
  await extension.context.unroute('https://www.lib.berkeley.edu/**');
  await popup.close();
});

test('without a query the documents are grouped as the staff page is', async ({ extension }) => {
  const popup = await openPopup(extension);
  const titles = popup.locator('.doc-group-title');
  await expect(titles.first()).toHaveText('Functional area lead');
  await expect(titles).toContainText([
    'Information sources',
    'Problem reporting',
    'Alma roles and how to request them',
    'Documentation areas',
    'Unit procedures',
    'Procedures',
  ]);
  await popup.close();
});

test('describes the fixture tab: page kind, MMS ID, finding counts, top findings, checklists', async ({
  extension,
  page,
  server,
}) => {
  await page.goto(new URL('mde-mvm/top.html', server.url).href);
  await expect(
    page.frameLocator('#yardsNgWrapper').frameLocator('#yards_iframe').getByTestId('findings-panel'),
  ).toBeVisible();
  const popup = await openPopup(extension, await tabIdOf(extension, page));
  const summary = popup.getByTestId('page-summary');
  await expect(summary).toHaveAttribute('data-status', 'ready');
  await expect(summary.getByTestId('page-kind')).toHaveText('Metadata Editor: bibliographic record');
  await expect(summary.getByTestId('page-record')).toHaveText(/Bibliographic record: \d{6,}/);
  await expect(summary.getByTestId('count-info')).toHaveAttribute('data-count', /[1-9]/);
  await expect(summary.getByTestId('top-finding').first()).toBeVisible();
  await expect(summary.getByTestId('page-checklists').locator('li').first()).toHaveAttribute(
    'data-procedure-id',
    'multi-volume-monographs',
  );
  await popup.close();
});

test('a tab that is not an Alma page gets a plain explanation', async ({ extension, page, server }) => {
  await page.goto(new URL('index.html', server.url).href);
  const popup = await openPopup(extension, await tabIdOf(extension, page));
  await expect(popup.getByTestId('page-summary')).toHaveAttribute('data-status', 'none');
  await expect(popup.getByTestId('page-kind')).toContainText('Not an Alma editor page');
  await popup.close();
});

test('counts the pending OCLC worklist entries and links the worklist and options pages', async ({ extension }) => {
  const popup = await openPopup(extension, 0);
  const count = popup.getByTestId('worklist-count');
  await expect(count).toHaveAttribute('data-count', /^\d+$/);
  const before = Number(await count.getAttribute('data-count'));
  // An entry added the way the OCLC reminder's "Add to worklist" adds one (a typed message to the background).
  const added = await popup.evaluate(async (oclcNumber) => {
    const envelope = {
      channel: 'alma-companion/v1',
      type: 'worklist/add',
      payload: {
        oclcNumber,
        action: 'set',
        mmsId: '991234567890106532',
        title: 'Popup test',
        reason: 'first item added',
      },
    };
    return (await chrome.runtime.sendMessage(envelope)) as { ok: boolean };
  }, String(Date.now()).slice(-9));
  expect(added.ok).toBe(true);
  await popup.reload();
  await expect(count).toHaveAttribute('data-count', String(before + 1));
  await expect(count).toHaveText(`${before + 1} holdings ${before + 1 === 1 ? 'change' : 'changes'} waiting.`);

  const worklist = extension.context.waitForEvent('page');
  await popup.getByTestId('open-worklist').click();
  const worklistTab = await worklist;
  await expect.poll(() => worklistTab.url()).toBe(`chrome-extension://${extension.extensionId}/worklist.html`);
  await worklistTab.close();
  const options = extension.context.waitForEvent('page');
  await popup.getByTestId('open-options').click();
  const optionsTab = await options;
  await expect.poll(() => optionsTab.url()).toBe(`chrome-extension://${extension.extensionId}/options.html`);
  await optionsTab.close();
  await popup.close();
});

test('README screenshot of the popup (written to docs/screenshots with UPDATE_SCREENSHOTS=1)', async ({
  extension,
  page,
  server,
}) => {
  await page.goto(new URL('mde-mvm/top.html', server.url).href);
  await expect(
    page.frameLocator('#yardsNgWrapper').frameLocator('#yards_iframe').getByTestId('findings-panel'),
  ).toBeVisible();
  const popup = await extension.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${await tabIdOf(extension, page)}`);
  await expect(popup.getByTestId('page-summary')).toHaveAttribute('data-status', 'ready');
  await expect(popup.getByTestId('worklist-count')).toHaveAttribute('data-count', /\d/);
  await popup.getByTestId('document-search').fill('withdraw');
  await popup.keyboard.press('ArrowDown');
  await expect(popup.getByTestId('document-option').nth(1)).toHaveAttribute('aria-selected', 'true');
  const path =
    process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots/popup.png' : test.info().outputPath('popup.png');
  await popup.screenshot({ path, fullPage: true });
  await popup.close();
});
