import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { panelFindings } from './live-support/panel';
import { clearRecordMemory } from './live-support/record-memory';

/**
 * Every save path of the Physical Item Editor shows the save reminder (docs/alma-evidence.md §9.6), and the save
 * still goes through: the fixture page records each save as Alma would perform it (a click on a save button,
 * Enter in the barcode box, Ctrl+S) in <html data-fixture-saves> as "what:defaultPrevented", so a reminder that
 * blocked or cancelled the save would show as missing or ":true". Fixture: item-cases/required-missing.html
 * (Copy ID empty: an error).
 */

const FIXTURE = 'item-cases/required-missing.html';

/** What the fixture page recorded of its saves (the top document's own attribute, not a shadow root's html). */
const savesOf = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.documentElement.getAttribute('data-fixture-saves'));
const BARCODE = '#pageBeanitemMddnxphysicalItemTablebarcode';

const PATHS: ReadonlyArray<{ name: string; recorded: string; save: (page: Page) => Promise<void> }> = [
  {
    name: 'Save (#PAGE_BUTTONS_cbuttonsave)',
    recorded: 'PAGE_BUTTONS_cbuttonsave',
    save: (page) => page.locator('#PAGE_BUTTONS_cbuttonsave').click(),
  },
  {
    name: 'Save with confirmation (#PAGE_BUTTONS_cbuttonsaveConfirmation)',
    recorded: 'PAGE_BUTTONS_cbuttonsaveConfirmation',
    save: (page) => page.locator('#PAGE_BUTTONS_cbuttonsaveConfirmation').click(),
  },
  {
    name: 'Save and edit (#PAGE_BUTTONS_cresource_editorpitem_generalsave_and_edit)',
    recorded: 'PAGE_BUTTONS_cresource_editorpitem_generalsave_and_edit',
    save: (page) => page.locator('#PAGE_BUTTONS_cresource_editorpitem_generalsave_and_edit').click(),
  },
  {
    name: 'Enter in the barcode box (a scanner)',
    recorded: 'enter-barcode',
    save: async (page) => {
      await page.locator(BARCODE).fill('C090000002');
      await page.locator(BARCODE).press('Enter');
    },
  },
  {
    name: 'Ctrl+S',
    recorded: 'ctrl-s',
    save: async (page) => {
      await page.locator('#pageBeanitemMddnxphysicalItemTabledescription').focus();
      await page.keyboard.press('Control+s');
    },
  },
];

test.beforeEach(async ({ extension }) => clearRecordMemory(extension));

for (const path of PATHS) {
  test(`${path.name}: the reminder lists the error and the save goes through`, async ({ page, server }) => {
    await page.goto(new URL(FIXTURE, server.url).href);
    const panel = page.getByTestId('findings-panel');
    await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
    expect((await panelFindings(panel)).map((finding) => finding.ruleId)).toContain('item-copy-id-missing');
    await path.save(page);
    // The page's own save handler ran, with nothing prevented by the extension.
    await expect.poll(() => savesOf(page)).toBe(`${path.recorded}:false`);
    const banner = page.getByTestId('save-reminder');
    await expect(banner.locator('[data-rule="item-copy-id-missing"]')).toHaveCount(1);
  });
}

test('a save without errors shows no reminder, and still goes through', async ({ page, server }) => {
  await page.goto(new URL('item-editor/index.html', server.url).href);
  await expect(page.getByTestId('findings-panel')).toHaveAttribute('data-revision', /[1-9]/);
  await page.locator(BARCODE).press('Enter');
  await expect.poll(() => savesOf(page)).toBe('enter-barcode:false');
  await expect(page.getByTestId('save-reminder').locator('[data-rule]')).toHaveCount(0);
});
