import type { FrameLocator, Locator, Page } from '@playwright/test';
import { readFixtureManifest, type FrameExpectation, type PaneExpectation } from '../../scripts/serve-fixtures';
import { expect, test } from './fixtures';
import { frameByIds } from './support/frames';

/**
 * Every fixture page in tests/fixtures/alma/fixtures.json, in Chromium with the test build: each expected
 * frame's panel shows what lib/alma should recognise there, and frames that get no panel (the editors'
 * shells, non-editor pages) stay without one. No uncaught exception or logged feature error anywhere
 * (asserted by the pageErrors fixture after every test).
 */
const fixtures = await readFixtureManifest();

/** Page kinds the page-status feature deliberately leaves alone (shells around a grid frame, other pages). */
const NO_PANEL: ReadonlySet<string> = new Set(['mde-wrapper', 'mde-old', 'other']);

async function expectPane(pane: Locator, expected: Omit<PaneExpectation, 'pane'>): Promise<void> {
  await expect(pane.getByTestId('record-type')).toHaveAttribute('data-record-type', expected.recordType);
  await expect(pane.getByTestId('mms-id')).toHaveText(expected.mmsId ?? 'not found');
  await expect(pane.getByTestId('field-count')).toHaveText(String(expected.fieldCount));
}

async function expectFrame(scope: Page | FrameLocator, expected: FrameExpectation): Promise<void> {
  const panel = scope.getByTestId('page-status');
  if (NO_PANEL.has(expected.kind)) {
    await expect(panel).toHaveCount(0);
    return;
  }
  await expect(panel).toHaveAttribute('data-kind', expected.kind);
  const missing = expected.missing ?? [];
  if (expected.kind === 'unrecognised') {
    await expect(panel.getByTestId('not-recognised')).toContainText(`Page not recognised: missing ${missing.join(', ')}`);
    await expect(panel.getByTestId('pane')).toHaveCount(0);
    return;
  }
  await expect(panel.getByTestId('missing')).toHaveCount(missing.length > 0 ? 1 : 0);
  const panes = expected.panes ?? [];
  await expect(panel.getByTestId('pane')).toHaveCount(panes.length);
  for (const pane of panes) await expectPane(panel.locator(`[data-testid="pane"][data-pane="${pane.pane}"]`), pane);
  if (expected.kind === 'item-editor') {
    await expect(panel.getByTestId('item').getByTestId('mms-id')).toHaveText(expected.mmsId ?? 'not shown on this page');
  }
}

for (const fixture of fixtures) {
  test(`${fixture.id}: ${fixture.description}`, async ({ page, server }) => {
    await page.goto(new URL(fixture.path, server.url).href);
    // Frames with a panel first: once those have rendered, a panel missing elsewhere is really absent.
    const ordered = [...fixture.expect].sort((a, b) => Number(NO_PANEL.has(a.kind)) - Number(NO_PANEL.has(b.kind)));
    for (const expected of ordered) {
      await test.step(`frame [${expected.frame.join(' › ') || 'top'}] is ${expected.kind}`, () =>
        expectFrame(frameByIds(page, expected.frame), expected),
      );
    }
  });
}
