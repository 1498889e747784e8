import type { FrameLocator, Locator, Page } from '@playwright/test';
import { readFixtureManifest, type FrameExpectation, type PaneExpectation } from '../../scripts/serve-fixtures';
import { PAGE_KIND_LABEL_KEYS } from '../../components/page-status-view';
import { messageIn } from './support/messages';
import type { PageKind } from '../../content/alma/types';
import { expect, test } from './fixtures';
import { frameByIds } from './support/frames';

/**
 * Every fixture page in tests/fixtures/alma/fixtures.json, in Chromium with the test build: each expected
 * frame's panel shows what content/alma should recognise there. On the Metadata Editor grid and the Item Editor
 * that is the findings panel (page kind, record type, MMS ID, field count) and no page-status panel; on
 * lists, dialogs, relink and unrecognised pages the page-status panel. Frames that get no panel (the
 * editors' shells, non-editor pages) stay without one. No uncaught exception or logged feature error
 * anywhere (asserted by the pageErrors fixture after every test).
 */
const fixtures = await readFixtureManifest();

/** Page kinds the page-status feature deliberately leaves alone (shells around a grid frame, other pages). */
const NO_PANEL: ReadonlySet<string> = new Set(['mde-wrapper', 'mde-old', 'other']);
/** Page kinds where the findings panel (record or item checks) names the page instead of page-status. */
const FINDINGS_PANEL: ReadonlySet<string> = new Set(['mde-bib', 'mde-holdings', 'mde-split', 'item-editor']);

async function expectPane(pane: Locator, expected: Omit<PaneExpectation, 'pane'>): Promise<void> {
  await expect(pane.getByTestId('record-type')).toHaveAttribute('data-record-type', expected.recordType);
  await expect(pane.getByTestId('mms-id')).toHaveText(expected.mmsId ?? 'not shown');
  await expect(pane.getByTestId('field-count')).toHaveText(String(expected.fieldCount));
}

async function expectFindingsPanel(scope: Page | FrameLocator, expected: FrameExpectation): Promise<void> {
  const panel = scope.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-kind', expected.kind);
  await expect(panel).toHaveAttribute('data-expanded', 'true');
  await expect(panel.getByTestId('page-kind')).toHaveText(
    messageIn('en', PAGE_KIND_LABEL_KEYS[expected.kind as PageKind]),
  );
  if (expected.kind === 'item-editor') {
    const item = panel.locator('[data-testid="pane"][data-pane="item"]');
    await expect(item.getByTestId('record-type')).toHaveAttribute('data-record-type', 'item');
    await expect(item.getByTestId('mms-id')).toHaveText(expected.mmsId ?? 'not shown');
  } else {
    const panes = expected.panes ?? [];
    await expect(panel.getByTestId('pane')).toHaveCount(panes.length);
    for (const pane of panes) await expectPane(panel.locator(`[data-testid="pane"][data-pane="${pane.pane}"]`), pane);
  }
  // One panel per frame: the page-status panel would repeat these facts and cover the findings panel.
  await expect(scope.getByTestId('page-status')).toHaveCount(0);
}

async function expectFrame(scope: Page | FrameLocator, expected: FrameExpectation): Promise<void> {
  if (FINDINGS_PANEL.has(expected.kind)) return expectFindingsPanel(scope, expected);
  const panel = scope.getByTestId('page-status');
  if (NO_PANEL.has(expected.kind)) {
    await expect(panel).toHaveCount(0);
    await expect(scope.getByTestId('findings-panel')).toHaveCount(0);
    return;
  }
  await expect(panel).toHaveAttribute('data-kind', expected.kind);
  await expect(scope.getByTestId('findings-panel')).toHaveCount(0);
  const missing = expected.missing ?? [];
  if (expected.kind === 'unrecognised') {
    await expect(panel.getByTestId('not-recognised')).toContainText(
      `Page not recognised: missing ${missing.join(', ')}`,
    );
    await expect(panel.getByTestId('pane')).toHaveCount(0);
    return;
  }
  await expect(panel.getByTestId('missing')).toHaveCount(missing.length > 0 ? 1 : 0);
  await expect(panel.getByTestId('pane')).toHaveCount(0);
}

for (const fixture of fixtures) {
  test(`${fixture.id}: ${fixture.description}`, async ({ page, server }) => {
    await page.goto(new URL(fixture.path, server.url).href);
    // Frames with a panel first: once those have rendered, a panel missing elsewhere is really absent.
    const ordered = [...fixture.expect].sort((a, b) => Number(NO_PANEL.has(a.kind)) - Number(NO_PANEL.has(b.kind)));
    for (const expected of ordered) {
      await test.step(`frame [${expected.frame.join(' › ') || 'top'}] is ${expected.kind}`, () =>
        expectFrame(frameByIds(page, expected.frame), expected));
    }
  });
}
