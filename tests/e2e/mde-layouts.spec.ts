import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  expectedFindings,
  openEditor,
  panelFindings,
  row,
  sortFindings,
  textOf,
  withoutNew,
  WRAPPER,
} from './live-support/panel';
import { frameByIds } from './support/frames';

/**
 * The Metadata Editor as public code shows it in 2026 (docs/alma-evidence.md §2-§6), in Chromium with the test
 * build: header rows (type in header.secondRow, MMS ID in header.firstRow), text containers without a row
 * suffix, blank indicators as "#" or as empty boxes, holdings relinked in the split editor's right-hand pane,
 * and every save path of the editor reminding without stopping the save.
 */

const url = (server: { url: string }, path: string): string => new URL(path, server.url).href;
const frameOf = (page: Page, path: string): Frame => {
  const frame = page.frames().find((candidate) => candidate.url().endsWith(path));
  if (!frame) throw new Error(`no frame ${path}`);
  return frame;
};

test('blank indicators as empty boxes: the same record gives exactly the findings of the "#" grid', async ({
  page,
  server,
}) => {
  // Expected from the "#" grid: an empty box read as anything but a blank would add indicator findings.
  const expected = expectedFindings('mde-bib/grid.html')[0]?.findings ?? [];
  const { grid, panel } = await openEditor(page, url(server, 'mde-blank-empty/top.html'));
  await expect(row(grid, '300').locator('input[id^="FieldIndicatorBox"][id$=".1"]')).toHaveValue('');
  expect(sortFindings(withoutNew(await panelFindings(panel)))).toEqual(sortFindings(expected));
  await expect(panel.getByTestId('record-type')).toHaveAttribute('data-record-type', 'bib');
  await expect(panel.getByTestId('mms-id')).not.toHaveText('not shown');
});

test('header rows: the MMS ID comes from header.firstRow, the type label of header.secondRow does not mislead', async ({
  page,
  server,
}) => {
  const { panel } = await openEditor(page, url(server, 'mde-holdings/top.html'));
  const wrapper = frameOf(page, 'mde-holdings/wrapper.html');
  const mmsId = await wrapper.locator('[id$="header.firstRow"] .mmsIdContainer').textContent();
  await expect(panel.getByTestId('mms-id')).toHaveText((mmsId ?? '').replace(/[()]/g, ''));
  await expect(panel.getByTestId('record-type')).toHaveAttribute('data-record-type', 'holdings');
  expect(sortFindings(withoutNew(await panelFindings(panel)))).toEqual(
    sortFindings(expectedFindings('mde-holdings/grid.html')[0]?.findings ?? []),
  );
});

test('split relink: the grid frame is a relink, with the relinking procedure, and no findings panel', async ({
  page,
  server,
}) => {
  await page.goto(url(server, 'mde-relink/top.html'));
  const grid = frameByIds(page, [...WRAPPER, 'yards_iframe']);
  await expect(grid.getByTestId('page-status')).toHaveAttribute('data-kind', 'relink');
  await expect(grid.getByTestId('findings-panel')).toHaveCount(0);
  const toggle = grid.getByTestId('checklists-toggle');
  await expect(toggle).toBeVisible();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(grid.locator('[data-testid="checklist"][data-procedure-id="relinking"]')).toBeVisible();
});

test.describe('save reminder on every save path of the Metadata Editor', () => {
  /** Registers an "Alma" handler on the control: it must run with the event not cancelled by the extension. */
  async function watchSave(frame: Frame, selector: string): Promise<void> {
    await frame.evaluate((target) => {
      const log = window as unknown as { saves: boolean[] };
      log.saves = [];
      document.querySelector(target)?.addEventListener('click', (event) => log.saves.push(event.defaultPrevented));
    }, selector);
  }
  const saves = (frame: Frame) => frame.evaluate(() => (window as unknown as { saves: boolean[] }).saves);

  for (const [name, selector] of [
    ['Save', '#MenuItem_menu_records_save'],
    ['the save drop-down', '#save_dropdown'],
    ['Add Inventory', '#MenuItem_menu_records_addInventory'],
  ] as const) {
    test(`${name}: the save goes through, then the banner lists the errors`, async ({ page, server }) => {
      await openEditor(page, url(server, 'mde-errors/top.html'));
      const wrapper = frameOf(page, 'mde-errors/wrapper.html');
      await watchSave(wrapper, selector);
      await wrapper.locator(selector).click();
      expect(await saves(wrapper)).toEqual([false]);
      await expect(wrapper.getByTestId('save-reminder')).toBeVisible();
    });
  }

  test('Save and Release (a save sub-menu entry): the save goes through, then the banner', async ({ page, server }) => {
    await openEditor(page, url(server, 'mde-errors/top.html'));
    const wrapper = frameOf(page, 'mde-errors/wrapper.html');
    await wrapper.locator('#save_dropdown').click();
    await wrapper.getByTestId('save-reminder-dismiss').click();
    const entry = '[id^="SubMenuItem_menu_records_save"]';
    await watchSave(wrapper, entry);
    await wrapper.locator(entry).click();
    expect(await saves(wrapper)).toEqual([false]);
    await expect(wrapper.getByTestId('save-reminder')).toBeVisible();
  });

  test('Ctrl+S in the grid: Alma’s own key handler still runs, then the banner', async ({ page, server }) => {
    const { grid } = await openEditor(page, url(server, 'mde-errors/top.html'));
    const gridFrame = frameOf(page, 'mde-errors/grid.html');
    await gridFrame.evaluate(() => {
      const log = window as unknown as { keys: boolean[] };
      log.keys = [];
      // Alma's handler (bubbling, as a page's own): it sees the key uncancelled and takes it, as Alma does.
      document.addEventListener('keydown', (event) => {
        if (!(event.ctrlKey && event.code === 'KeyS')) return;
        log.keys.push(event.defaultPrevented);
        event.preventDefault();
      });
    });
    await textOf(row(grid, '650')).focus();
    await page.keyboard.press('Control+s');
    expect(await gridFrame.evaluate(() => (window as unknown as { keys: boolean[] }).keys)).toEqual([false]);
    await expect(grid.getByTestId('save-reminder')).toBeVisible();
  });
});

for (const [fixture, blank] of [
  ['mde-bib', '#'],
  ['mde-blank-empty', ''],
] as const) {
  test(`${fixture}: a fix rewrites the field and leaves its blank indicator the page's way ("${blank}")`, async ({
    page,
    server,
  }) => {
    const { grid, panel } = await openEditor(page, url(server, `${fixture}/top.html`));
    await panelFindings(panel); // unfolds the inherited warnings
    const finding = panel.locator('[data-testid="finding"][data-rule="subject-source-codes"]');
    await expect(finding).toHaveCount(1);
    const rows = grid.locator('tr:has(> td > input[id^="FieldTagBox.tag.655."])');
    const texts = async () =>
      rows.locator('textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    const before = await texts();
    await finding.getByTestId('fix').click();
    await expect.poll(texts).not.toEqual(before);
    await expect(finding).toHaveCount(0);
    for (const box of await rows.locator('input[id^="FieldIndicatorBox"][id$=".1"]').all())
      await expect(box).toHaveValue(blank);
  });
}
