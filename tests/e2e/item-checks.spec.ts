import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  afterRecheck,
  clearSettings,
  defaultSettings,
  openEditor,
  panelFindings,
  storeSettings,
} from './live-support/panel';
import { bibRemembered, clearRecordMemory } from './live-support/record-memory';
import type { ExtensionBrowser } from './support/extension-browser';

/**
 * Physical Item Editor checks on one fixture per case (tests/fixtures/alma/item-cases, each the General tab of the
 * volume-2 item of the multi-volume set with one thing changed; a case needing a Notes-tab box also has that tab
 * as its own page), in Chromium with the test build. The multi-volume checks
 * need the bib, which the background remembers from the Metadata Editor of any tab (storage.session): those
 * cases open mde-mvm first, as a cataloger would come from the bib. Each test starts with an empty memory.
 */

interface ItemCase {
  id: string;
  /** Rules that must fire on this page and not on the unchanged item. */
  rules: string[];
  needsBib?: boolean;
  /** Institution profile preset the case needs (the deposit work order is a Berkeley parameter). */
  preset?: string;
  /** Text the finding's source link must point to (the procedure the cataloger is sent to). */
  source?: RegExp;
  /** The check needs a box of the Notes tab too: open the General page, then its Notes tab (a separate page). */
  notesTab?: boolean;
}

const CASES: ItemCase[] = [
  { id: 'required-missing', rules: ['item-barcode-missing', 'item-copy-id-missing', 'item-type-and-policy'] },
  { id: 'barcode-scanned-early', rules: ['item-type-and-policy', 'item-barcode-scanned-early'] },
  { id: 'mvm-description-missing', rules: ['mvm-description-missing'], needsBib: true },
  { id: 'mvm-description-verbose', rules: ['mvm-description-verbose'], needsBib: true },
  { id: 'mvm-description-format', rules: ['mvm-description-format'], needsBib: true },
  { id: 'mvm-enumeration-mismatch', rules: ['mvm-enumeration-mismatch'], needsBib: true },
  { id: 'mvm-chronology', rules: ['mvm-chronology-on-monograph'], needsBib: true },
  { id: 'temporary-location-off', rules: ['item-temporary-location-off'] },
  { id: 'withdrawn-location', rules: ['item-in-withdrawn-location'], source: /reinstat/ },
  {
    id: 'pieces-without-note',
    rules: ['item-pieces-without-fulfillment-note'],
    source: /pul-confluence.*Items\+-\+Edit\+Fields/,
    notesTab: true,
  },
  { id: 'nrlf-work-order', rules: ['item-nrlf-work-order'], preset: 'uc-berkeley', source: /nrlf-deposit/ },
];

const ALL_CASE_RULES = [...new Set(CASES.flatMap((itemCase) => itemCase.rules))];

const url = (server: { url: string }, path: string): string => new URL(path, server.url).href;

const MVM_BIB = '990000000906532';

/** Opens the bib in the Metadata Editor first, so the background remembers it. */
async function comeFromTheBib(page: Page, server: { url: string }, extension: ExtensionBrowser): Promise<void> {
  const { panel } = await openEditor(page, url(server, 'mde-mvm/top.html'));
  await expect(panel.getByTestId('mms-id')).toHaveText(MVM_BIB);
  await expect.poll(() => bibRemembered(extension, MVM_BIB)).toBe(true);
}

async function openItem(page: Page, server: { url: string }, path: string) {
  await page.goto(url(server, path));
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
  return panel;
}

test.beforeEach(async ({ extension }) => clearRecordMemory(extension));
test.afterEach(async ({ extension }) => clearSettings(extension));

test('the unchanged item (volume 2, bib known) triggers none of the case rules', async ({
  page,
  server,
  extension,
}) => {
  await storeSettings(extension, defaultSettings('uc-berkeley'));
  await comeFromTheBib(page, server, extension);
  const panel = await openItem(page, server, 'item-editor/index.html');
  const rules = (await panelFindings(panel)).map((finding) => finding.ruleId);
  expect(rules.filter((rule) => ALL_CASE_RULES.includes(rule))).toEqual([]);
  // Only the Notes tab's boxes are unknown here, said once; nothing is "not found".
  await expect(panel.getByTestId('pane-note')).toHaveCount(1);
  await expect(panel.getByTestId('pane-note')).toContainText('on the Notes tab');
});

for (const itemCase of CASES) {
  test(`item case ${itemCase.id}: ${itemCase.rules.join(', ')}`, async ({ page, server, extension }) => {
    if (itemCase.preset) await storeSettings(extension, defaultSettings(itemCase.preset));
    if (itemCase.needsBib) await comeFromTheBib(page, server, extension);
    let panel = await openItem(page, server, `item-cases/${itemCase.id}.html`);
    if (itemCase.notesTab) {
      // General shows Pieces but not the Fulfillment note: the check waits, and the panel says which tab to open.
      expect((await panelFindings(panel)).map((finding) => finding.ruleId)).not.toContain(itemCase.rules[0]);
      await expect(panel.getByTestId('pane-note').filter({ hasText: 'Notes tab' })).toHaveCount(1);
      await page.locator('#cresource_editornotes a').click();
      await page.waitForURL(/-notes\.html$/);
      panel = page.getByTestId('findings-panel');
      await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
    }
    const shown = await panelFindings(panel);
    expect(shown.map((finding) => finding.ruleId)).toEqual(expect.arrayContaining(itemCase.rules));
    // As the item was opened: nothing is new yet.
    expect(shown.filter((finding) => finding.isNew)).toEqual([]);
    const first = panel.locator(`[data-testid="finding"][data-rule="${itemCase.rules[0]}"]`).first();
    if (itemCase.source) await expect(first.getByTestId('source')).toHaveAttribute('href', itemCase.source);
    // The field is highlighted on the page, and "go to" puts the cursor in it.
    await first.getByTestId('go-to').click();
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    expect(focused).toMatch(/acc-target-/);
  });
}

test('the bib opened in one tab, its item in another tab: the multi-volume checks run', async ({
  page,
  server,
  extension,
}) => {
  await comeFromTheBib(page, server, extension);
  const other = await extension.context.newPage();
  try {
    const panel = await openItem(other, server, 'item-cases/mvm-description-missing.html');
    expect((await panelFindings(panel)).map((finding) => finding.ruleId)).toContain('mvm-description-missing');
    const notes = await panel.getByTestId('pane-note').allTextContents();
    expect(notes.join(' ')).not.toContain('has not been open');
  } finally {
    await other.close();
  }
});

test('without the bib, the multi-volume checks are off and the panel says why', async ({ page, server }) => {
  const panel = await openItem(page, server, 'item-cases/mvm-description-missing.html');
  await expect(
    panel.getByTestId('pane-note').filter({ hasText: 'has not been open in the Metadata Editor' }),
  ).toHaveCount(1);
  expect((await panelFindings(panel)).map((finding) => finding.ruleId)).not.toContain('mvm-description-missing');
});

test('a barcode scanned while required fields are empty gets the scanner reminder, as new', async ({
  page,
  server,
}) => {
  const panel = await openItem(page, server, 'item-cases/required-missing.html');
  await afterRecheck(panel, () => page.locator('#pageBeanitemMddnxphysicalItemTablebarcode').fill('C090000002'));
  const reminder = panel.locator('[data-testid="finding"][data-rule="item-barcode-scanned-early"]');
  await expect(reminder).toHaveAttribute('data-new', 'true');
  await expect(reminder.getByTestId('message')).toContainText('scanner sends Enter');
  await expect(panel.locator('[data-rule="item-barcode-missing"]')).toHaveCount(0);
});

test('"Fix" fills Description with the suggested v.N (input and change fired); undo empties it again', async ({
  page,
  server,
  extension,
}) => {
  await comeFromTheBib(page, server, extension);
  const panel = await openItem(page, server, 'item-cases/mvm-description-missing.html');
  const description = page.locator('#pageBeanitemMddnxphysicalItemTabledescription');
  await page.evaluate(() => {
    const seen = window as unknown as { changes: string[] };
    seen.changes = [];
    document.addEventListener('change', (event) => seen.changes.push((event.target as HTMLInputElement).id));
  });
  await panelFindings(panel);
  const finding = panel.locator('[data-testid="finding"][data-rule="mvm-description-missing"]');
  await expect(description).toHaveClass(/acc-target-warning/);

  await afterRecheck(panel, () => finding.getByTestId('fix').click());
  await expect(description).toHaveValue('v.2');
  await expect(finding).toHaveCount(0);
  await expect(description).not.toHaveClass(/acc-target-/);
  expect(await page.evaluate(() => (window as unknown as { changes: string[] }).changes)).toContain(
    'pageBeanitemMddnxphysicalItemTabledescription',
  );

  await afterRecheck(panel, () => panel.getByTestId('undo').click());
  await expect(description).toHaveValue('');
  await expect(finding).toHaveCount(1);
});

test('saving an item with errors shows the reminder; the Save click goes through', async ({ page, server }) => {
  const panel = await openItem(page, server, 'item-cases/required-missing.html');
  expect((await panelFindings(panel)).map((finding) => finding.ruleId)).toContain('item-copy-id-missing');
  await page.evaluate(() => {
    const log = window as unknown as { saved: boolean[] };
    log.saved = [];
    document
      .getElementById('PAGE_BUTTONS_save_and_continue')
      ?.addEventListener('click', (event) => log.saved.push(event.defaultPrevented));
  });
  await page.locator('#PAGE_BUTTONS_save_and_continue').click();
  expect(await page.evaluate(() => (window as unknown as { saved: boolean[] }).saved)).toEqual([false]);
  const banner = page.getByTestId('save-reminder');
  await expect(banner.locator('[data-rule="item-copy-id-missing"]')).toHaveCount(1);
});
