import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { launchWithExtension, TEST_BUILD_DIR } from './support/extension-browser';
import { collectPageErrors } from './support/page-errors';
import { runCommand } from './support/commands';
import {
  afterRecheck,
  clearSettings,
  defaultSettings,
  expectedFindings,
  markerOf,
  openEditor,
  panelFindings,
  row,
  sortFindings,
  storeSettings,
  textOf,
  withoutNew,
  WRAPPER,
} from './live-support/panel';

/**
 * Live validation in the Metadata Editor fixtures, in Chromium with the test build: the panel shows what the
 * rules find, marks what the cataloger introduced, follows edits, fixes and undoes, and never gets in the
 * way (docked beside the grid, never validating a half-loaded record, never stopping a save).
 * No uncaught exception or logged extension error in any test (the pageErrors fixture).
 */

const url = (server: { url: string }, path: string): string => new URL(path, server.url).href;
const wrapperOf = (page: Page): FrameLocator => page.frameLocator(`iframe[id="${WRAPPER[0]}"]`);
const gridFrame = (page: Page, path: string) => {
  const frame = page.frames().find((candidate) => candidate.url().endsWith(path));
  if (!frame) throw new Error(`no frame ${path}`);
  return frame;
};
const newFindings = (panel: Locator) => panel.getByTestId('new-findings').getByTestId('finding');

test.afterEach(async ({ extension }) => clearSettings(extension));

test('a record with known errors shows exactly the findings the rules report, all inherited, rows marked', async ({
  page,
  server,
}) => {
  const { grid, panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  const expected = expectedFindings('mde-errors/grid.html')[0]?.findings ?? [];
  const shown = await panelFindings(panel);

  expect(sortFindings(withoutNew(shown))).toEqual(sortFindings(expected));
  expect(shown.filter((finding) => finding.isNew)).toEqual([]);
  // The errors the fixture was built with are among them (tests/fixtures/alma/fixtures.json describes them).
  expect(shown.map((finding) => `${finding.ruleId} ${finding.tag}`)).toEqual(
    expect.arrayContaining([
      'leader-invalid-code LDR',
      'field-008-length 008',
      'non-repeatable-subfield 245',
      'empty-subfield 049',
      'undefined-tag 087',
      'grid-text-before-first-subfield 500',
    ]),
  );
  const errors = expected.filter((finding) => finding.severity === 'error').length;
  await expect(panel.getByTestId('count-error').first()).toHaveAttribute('data-count', String(errors));

  // Offending rows carry a marker whose hover text is the finding; clean rows carry none.
  const emptySubfield = expected.find((finding) => finding.ruleId === 'empty-subfield');
  await expect(markerOf(row(grid, '049'))).toHaveAttribute('title', `Error: ${emptySubfield?.message}`);
  await expect(row(grid, '049')).toHaveClass(/acc-hl-error/);
  await expect(markerOf(row(grid, '650'))).toHaveCount(0);
  await expect(markerOf(row(grid, '500', 1))).toHaveCount(0);
  await expect(markerOf(row(grid, '500', 0))).toHaveCount(1);
});

test('the panel is styled from its own inline stylesheet, docked at the right edge', async ({ page, server }) => {
  const { panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  // The styles travel in the content script (content/dom/companion-css.ts), nothing is fetched from the extension.
  const style = await panel.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { position: computed.position, width: computed.width, right: computed.right };
  });
  expect(style).toEqual({ position: 'fixed', width: '336px', right: '0px' });
});

test('typing a correction into the textarea removes the finding and its highlight', async ({ page, server }) => {
  const { grid, panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  const field049 = row(grid, '049');
  await expect(markerOf(field049)).toHaveCount(1);
  await afterRecheck(panel, () =>
    textOf(field049).fill('$$a BL $$b 800927 $$c BL $$d 810522 $$e UM $$f 050 $$g NL $$i NL $$z NL'),
  );

  const shown = await panelFindings(panel);
  expect(shown.filter((finding) => finding.tag === '049')).toEqual([]);
  await expect(markerOf(field049)).toHaveCount(0);
  await expect(field049).not.toHaveClass(/acc-hl-/);
});

test('an error typed into a clean field shows as new, listed first and marked in the grid', async ({
  page,
  server,
}) => {
  const { grid, panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  await expect(panel.getByTestId('new-findings')).toHaveAttribute('data-count', '0');

  // An indicator that 300 does not define, typed into its box.
  const field300 = row(grid, '300');
  await afterRecheck(panel, () => field300.locator('input[id^="FieldIndicatorBox"][id$=".1"]').fill('5'));
  await expect(newFindings(panel)).toHaveCount(1);
  await expect(newFindings(panel).first()).toHaveAttribute('data-tag', '300');
  await expect(newFindings(panel).first().getByTestId('new-badge')).toBeVisible();
  await expect(panel.getByTestId('finding').first()).toHaveAttribute('data-new', 'true');
  await expect(markerOf(field300)).toHaveClass(/acc-marker-new/);

  // Real keystrokes at the end of a clean ISBN: a digit too many.
  const isbn = textOf(row(grid, '020'));
  await isbn.press('End');
  await afterRecheck(panel, () => isbn.pressSequentially('7'));
  await expect(newFindings(panel).and(panel.locator('[data-tag="020"]'))).not.toHaveCount(0);
  // The inherited findings stayed inherited.
  const shown = await panelFindings(panel);
  expect(
    shown.filter((finding) => finding.isNew).every((finding) => finding.tag === '300' || finding.tag === '020'),
  ).toBe(true);
});

test('the checks go on after Chrome stops the idle service worker that runs the engine', async ({ server }) => {
  // A browser of its own: the stopped worker must not leave stale handles to the tests that share one.
  const browser = await launchWithExtension(TEST_BUILD_DIR);
  try {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    const { grid, panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
    await expect(panel.getByTestId('new-findings')).toHaveAttribute('data-count', '0');
    // What Chrome does to a service worker idle for 30 s; the DevTools protocol reports its running status.
    const cdp = await browser.context.newCDPSession(page);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (event) =>
      statuses.push(...event.versions.map((version) => version.runningStatus)),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.at(-1)).toBe('stopped');

    // The next edit wakes it, and is checked like any other.
    const field300 = row(grid, '300');
    await afterRecheck(panel, () => field300.locator('input[id^="FieldIndicatorBox"][id$=".1"]').fill('5'));
    await expect(newFindings(panel)).toHaveCount(1);
    await expect(newFindings(panel).first()).toHaveAttribute('data-tag', '300');
    expect(statuses.at(-1)).toBe('running');
    expect(errors).toEqual([]);
  } finally {
    await browser.context.close();
  }
});

test('"Fix" writes the fix into the textarea (events fired, nothing saved); undo restores it', async ({
  page,
  server,
}) => {
  const { grid, panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  const wrapper = gridFrame(page, 'mde-errors/wrapper.html');
  await wrapper.evaluate(() => {
    const counter = window as unknown as { saves: number };
    counter.saves = 0;
    document.getElementById('MenuItem_menu_records_save')?.addEventListener('click', () => counter.saves++);
  });
  const title = textOf(row(grid, '245'));
  const before = await title.inputValue();
  await panelFindings(panel); // opens the inherited group
  const finding = panel.locator('[data-testid="finding"][data-rule="title-ending-period"]');
  await expect(finding).toHaveCount(1);

  await afterRecheck(panel, () => finding.getByTestId('fix').click());
  await expect(title).toHaveValue(`${before}.`);
  await expect(finding).toHaveCount(0);
  await expect(panel.getByTestId('status-text')).toContainText('Fixed:');
  // The grid's own input listener saw the change (its overlay follows the textarea).
  await expect(row(grid, '245').locator('.hwt-highlights')).toHaveText(`${before}.`);
  expect(await wrapper.evaluate(() => (window as unknown as { saves: number }).saves)).toBe(0);

  await afterRecheck(panel, () => panel.getByTestId('undo').click());
  await expect(title).toHaveValue(before);
  await expect(finding).toHaveCount(1);
  await expect(finding).toHaveAttribute('data-new', 'false');
});

test('"go to" focuses the textarea, or the indicator box for an indicator finding', async ({ page, server }) => {
  const { panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  const frame = gridFrame(page, 'mde-errors/grid.html');
  await panelFindings(panel);
  const focused = () =>
    frame.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | HTMLTextAreaElement | null;
      return { id: element?.id || element?.closest('[id]')?.id, start: element?.selectionStart };
    });

  await panel.locator('[data-rule="invalid-indicator"][data-tag="100"]').getByTestId('go-to').click();
  expect((await focused()).id).toMatch(/^FieldIndicatorBox\.tag\.100\..*\.2$/);

  await panel.locator('[data-rule="leader-invalid-code"]').first().getByTestId('go-to').click();
  expect(await focused()).toEqual({ id: expect.stringMatching(/^MarcEditorPresenter\.textArea\.LDR/), start: 5 });
});

test('keyboard: next/previous finding moves the focus there; the panel hides and shows', async ({
  extension,
  page,
  server,
}) => {
  const { grid, panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  const frame = gridFrame(page, 'mde-errors/grid.html');
  await textOf(row(grid, '650')).focus();

  await runCommand(extension, page, 'next-finding');
  const first = panel.locator('[data-testid="finding"][aria-current="true"]');
  await expect(first).toHaveCount(1);
  await expect(first).toHaveAttribute('data-tag', 'LDR');
  expect(await frame.evaluate(() => document.activeElement?.closest('[id]')?.id)).toMatch(
    /^MarcEditorPresenter\.textArea\.LDR/,
  );
  await runCommand(extension, page, 'next-finding');
  const second = await panel.locator('[aria-current="true"]').getAttribute('data-finding-id');
  await runCommand(extension, page, 'previous-finding');
  await expect(panel.locator('[aria-current="true"]')).not.toHaveAttribute('data-finding-id', second ?? '');
  await expect(panel.getByTestId('status-text')).toContainText('Finding 1 of');

  await runCommand(extension, page, 'toggle-panel');
  await expect(panel).toHaveAttribute('data-expanded', 'false');
  await runCommand(extension, page, 'toggle-panel');
  await expect(panel).toHaveAttribute('data-expanded', 'true');
  await expect(panel.getByTestId('findings-toggle')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveAttribute('data-expanded', 'false');
  await expect(panel.getByTestId('findings-toggle')).toBeFocused();
});

test('the panel and its badge are docked beside the grid, never over it', async ({ page, server }) => {
  const { grid, panel } = await openEditor(page, url(server, 'mde-large/top.html'));
  const table = grid.locator('table[id^="editorTable"]');
  const right = async (): Promise<number> => {
    const box = await table.boundingBox();
    return (box?.x ?? 0) + (box?.width ?? 0);
  };
  expect((await panel.boundingBox())?.x).toBeGreaterThanOrEqual(await right());
  await panel.getByTestId('findings-toggle').click();
  await expect(panel).toHaveAttribute('data-expanded', 'false');
  expect((await panel.getByTestId('findings-toggle').boundingBox())?.x).toBeGreaterThanOrEqual(await right());
});

test('split view: each pane has its own findings; an edit in one pane is new there only', async ({ page, server }) => {
  const { grid, panel } = await openEditor(page, url(server, 'mde-split/top.html'));
  const expected = expectedFindings('mde-split/grid.html');
  await expect(panel.getByTestId('pane')).toHaveCount(2);
  for (const { pane, findings } of expected) {
    const section = panel.locator(`[data-testid="pane"][data-pane="${pane}"]`);
    expect(sortFindings(withoutNew(await panelFindings(section)))).toEqual(sortFindings(findings));
  }
  await expect(panel.locator('[data-pane="left"] [data-testid="record-type"]')).toHaveAttribute(
    'data-record-type',
    'bib',
  );
  await expect(panel.locator('[data-pane="right"] [data-testid="record-type"]')).toHaveAttribute(
    'data-record-type',
    'holdings',
  );

  const holdings852 = grid.locator('#editorTable-right').locator('tr:has(input[id^="FieldTagBox.tag.852."])');
  await afterRecheck(panel, () => holdings852.locator('input[id^="FieldIndicatorBox"][id$=".1"]').fill('z'));
  const rightNew = panel.locator('[data-pane="right"] [data-testid="new-findings"] [data-testid="finding"]');
  await expect(rightNew.first()).toBeVisible();
  expect(await rightNew.evaluateAll((items) => items.map((item) => item.getAttribute('data-tag')))).toEqual(
    expect.arrayContaining(['852']),
  );
  expect(new Set(await rightNew.evaluateAll((items) => items.map((item) => item.getAttribute('data-tag'))))).toEqual(
    new Set(['852']),
  );
  await expect(panel.locator('[data-pane="left"] [data-testid="new-findings"]')).toHaveAttribute('data-count', '0');
});

test('switching to another record resets the panel: new baseline, old highlights gone', async ({ page, server }) => {
  const { grid, panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  await afterRecheck(panel, () => row(grid, '300').locator('input[id^="FieldIndicatorBox"][id$=".1"]').fill('5'));
  await expect(panel.getByTestId('new-findings')).toHaveAttribute('data-count', '1');

  // Alma loads the next record the GWT way: the grid is rebuilt in place and the shell's header changes.
  await gridFrame(page, 'mde-errors/wrapper.html').evaluate(async () => {
    const next = new DOMParser().parseFromString(await (await fetch('../mde-bib/wrapper.html')).text(), 'text/html');
    document.getElementById('gwt-headers')!.innerHTML = next.getElementById('gwt-headers')!.innerHTML;
  });
  await gridFrame(page, 'mde-errors/grid.html').evaluate(async () => {
    const next = new DOMParser().parseFromString(await (await fetch('../mde-bib/grid.html')).text(), 'text/html');
    document
      .querySelector('.marcEditor.mainContainer')!
      .replaceWith(document.importNode(next.querySelector('.marcEditor.mainContainer')!, true));
  });

  const fresh = grid.getByTestId('findings-panel');
  await expect(fresh.getByTestId('mms-id')).toHaveText('991311343606532');
  await expect(fresh.getByTestId('new-findings')).toHaveAttribute('data-count', '0');
  const expected = expectedFindings('mde-bib/grid.html')[0]?.findings ?? [];
  expect(sortFindings(withoutNew(await panelFindings(fresh)))).toEqual(sortFindings(expected));
  const markedRows = new Set(expected.map((finding) => finding.tag).filter((tag) => tag !== ''));
  expect(await grid.locator('.acc-marker').count()).toBeLessThanOrEqual(markedRows.size);
  await expect(grid.locator('.acc-marker-new')).toHaveCount(0);
});

test('never validates while Alma is loading: the edit is checked once the loading state clears', async ({
  page,
  server,
}) => {
  const { grid, panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  const wrapper = gridFrame(page, 'mde-errors/wrapper.html');
  await wrapper.evaluate(() => {
    const loading = document.createElement('div');
    loading.className = 'gwtVisibility';
    document.querySelector('mdng-layout')!.append(loading);
  });
  const revision = await panel.getAttribute('data-revision');
  await row(grid, '300').locator('input[id^="FieldIndicatorBox"][id$=".1"]').fill('5');
  await expect(panel).toHaveAttribute('data-waiting', 'true');
  await page.waitForTimeout(400);
  await expect(panel).toHaveAttribute('data-revision', revision ?? '');
  await expect(panel.getByTestId('new-findings')).toHaveAttribute('data-count', '0');

  await wrapper.evaluate(() => document.querySelector('mdng-layout div.gwtVisibility')!.remove());
  await expect(panel.getByTestId('new-findings')).toHaveAttribute('data-count', '1');
  await expect(panel).toHaveAttribute('data-waiting', 'false');
});

test('a rule switched off in the settings disappears from the open editor without a reload', async ({
  page,
  server,
  extension,
}) => {
  const { panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  await panelFindings(panel);
  const undefinedTag = panel.locator('[data-rule="undefined-tag"]');
  await expect(undefinedTag).toHaveCount(1);

  const settings = defaultSettings() as { rules: { enabled: Record<string, boolean> } };
  settings.rules.enabled['undefined-tag'] = false;
  await storeSettings(extension, settings);
  await expect(undefinedTag).toHaveCount(0);

  settings.rules.enabled['undefined-tag'] = true;
  await storeSettings(extension, settings);
  await expect(undefinedTag).toHaveCount(1);
  // Switching a rule back on does not make the record's own problems look new.
  await expect(undefinedTag).toHaveAttribute('data-new', 'false');
});

test('the old Metadata Editor gets the same panel in its editor frame', async ({ page, server }) => {
  await page.goto(url(server, 'mde-old/top.html'));
  const panel = page.frameLocator('iframe[id="mdeditor_iframe"]').getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
  const expected = expectedFindings('mde-old/editor.html')[0]?.findings ?? [];
  expect(sortFindings(withoutNew(await panelFindings(panel)))).toEqual(sortFindings(expected));
});

test.describe('save reminder', () => {
  test('Save with errors: the save goes through untouched, then a banner lists the errors', async ({
    page,
    server,
  }) => {
    await openEditor(page, url(server, 'mde-errors/top.html'));
    const wrapper = gridFrame(page, 'mde-errors/wrapper.html');
    await wrapper.evaluate(() => {
      const log = window as unknown as { saveEvents: boolean[] };
      log.saveEvents = [];
      // Alma's own handler, registered on the button: it must run, with the event not cancelled.
      document
        .getElementById('MenuItem_menu_records_save')
        ?.addEventListener('click', (event) => log.saveEvents.push(event.defaultPrevented));
    });
    await wrapperOf(page).locator('#MenuItem_menu_records_save').click();
    expect(await wrapper.evaluate(() => (window as unknown as { saveEvents: boolean[] }).saveEvents)).toEqual([false]);

    const errors = (expectedFindings('mde-errors/grid.html')[0]?.findings ?? []).filter(
      (finding) => finding.severity === 'error',
    );
    const banner = wrapperOf(page).getByTestId('save-reminder');
    await expect(banner).toHaveAttribute('data-count', String(errors.length));
    await expect(banner.getByTestId('save-reminder-error')).toHaveCount(Math.min(errors.length, 5));
    await banner.getByTestId('save-reminder-dismiss').click();
    await expect(banner).toHaveCount(0);
  });

  test('Ctrl+Alt+S in the grid reminds too; a record without errors gets no banner', async ({ page, server }) => {
    const { grid } = await openEditor(page, url(server, 'mde-errors/top.html'));
    await textOf(row(grid, '650')).focus();
    await page.keyboard.press('Control+Alt+S');
    await expect(grid.getByTestId('save-reminder')).toBeVisible();

    const clean = expectedFindings('mde-mvm/grid.html')[0]?.findings ?? [];
    expect(clean.filter((finding) => finding.severity === 'error')).toEqual([]);
    await openEditor(page, url(server, 'mde-mvm/top.html'));
    await wrapperOf(page).locator('#MenuItem_menu_records_save').click();
    await page.waitForTimeout(300);
    await expect(page.getByTestId('save-reminder')).toHaveCount(0);
    await expect(wrapperOf(page).getByTestId('save-reminder')).toHaveCount(0);
  });

  test('switched off in the settings, it stays silent', async ({ page, server, extension }) => {
    const settings = defaultSettings() as { ui: { saveReminder: boolean } };
    settings.ui.saveReminder = false;
    await storeSettings(extension, settings);
    await openEditor(page, url(server, 'mde-errors/top.html'));
    await wrapperOf(page).locator('#MenuItem_menu_records_save').click();
    await page.waitForTimeout(300);
    await expect(wrapperOf(page).getByTestId('save-reminder')).toHaveCount(0);
  });
});
