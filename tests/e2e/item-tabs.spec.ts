import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { panelFindings } from './live-support/panel';
import { clearRecordMemory } from './live-support/record-memory';

/**
 * The Physical Item Editor's tabs are separate pages (docs/alma-evidence.md §9.3): a box the page does not
 * contain is unknown, never empty, and the item is one record across its tabs (the background's record memory).
 * Fixtures: item-cases/no-copy-id-box.html (a General tab without the Copy ID box) and
 * item-cases/pieces-without-note.html with its Notes tab pieces-without-note-notes.html (Pieces 3, no note).
 */

const url = (server: { url: string }, path: string): string => new URL(path, server.url).href;

async function openItem(page: Page, server: { url: string }, path: string) {
  await page.goto(url(server, path));
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
  return panel;
}

test.beforeEach(async ({ extension }) => clearRecordMemory(extension));

test('a General tab without the Copy ID box: no rule reports Copy ID as empty, the panel says once it is not there', async ({
  page,
  server,
}) => {
  const panel = await openItem(page, server, 'item-cases/no-copy-id-box.html');
  const findings = await panelFindings(panel);
  expect(findings.map((finding) => finding.ruleId)).not.toContain('item-copy-id-missing');
  await expect(panel.getByText('Copy ID is empty')).toHaveCount(0);
  await expect(panel.getByTestId('pane-note').filter({ hasText: 'Copy ID' })).toHaveCount(1);
  await expect(panel.getByTestId('pane-note').filter({ hasText: 'Copy ID' })).toContainText('Not found on this page');
});

test('the Notes tab alone: no General box is reported empty, and the panel says the General tab has them', async ({
  page,
  server,
}) => {
  const panel = await openItem(page, server, 'item-cases/pieces-without-note-notes.html');
  const rules = (await panelFindings(panel)).map((finding) => finding.ruleId);
  for (const rule of [
    'item-barcode-missing',
    'item-copy-id-missing',
    'item-type-and-policy',
    'item-pieces-without-fulfillment-note',
  ])
    expect(rules).not.toContain(rule);
  await expect(panel.getByTestId('pane-note').filter({ hasText: 'on the General tab' })).toHaveCount(1);
  await expect(panel.getByTestId('pane-note').filter({ hasText: 'Not found on this page' })).toHaveCount(0);
});

test('Notes first, then General of the same item: the check needing both runs on the General page', async ({
  page,
  server,
}) => {
  await openItem(page, server, 'item-cases/pieces-without-note-notes.html');
  await page.locator('#cresource_editorgeneral_span a').click();
  await page.waitForURL(/pieces-without-note\.html$/);
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
  expect((await panelFindings(panel)).map((finding) => finding.ruleId)).toContain(
    'item-pieces-without-fulfillment-note',
  );
  // Both tabs seen: nothing is waiting any more.
  await expect(panel.getByTestId('pane-note').filter({ hasText: 'Notes tab' })).toHaveCount(0);
});

test('an item with another id seen before does not complete this item', async ({ page, server }) => {
  // The new item of the OCLC bib has no PID and another bib: its boxes are remembered under another key.
  await openItem(page, server, 'item-editor-new-oclc/index.html');
  const panel = await openItem(page, server, 'item-cases/pieces-without-note.html');
  expect((await panelFindings(panel)).map((finding) => finding.ruleId)).not.toContain(
    'item-pieces-without-fulfillment-note',
  );
  await expect(panel.getByTestId('pane-note').filter({ hasText: 'Notes tab' })).toHaveCount(1);
});
