import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { ExtensionBrowser } from './support/extension-browser';

/** The part of the extension API these tests call in the service worker (typed here: no @types/chrome). */
declare const chrome: {
  tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>> };
};

interface OutlineNode {
  tag: string;
  id?: string;
  children?: OutlineNode[];
  frame?: OutlineFrame;
}
interface OutlineFrame {
  frameId: string | null;
  kind: string;
  readable: boolean;
  root: OutlineNode | null;
}

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

/**
 * Records what the popup writes to the clipboard, and still writes it: the real writeText must succeed for the
 * popup to say "copied" (Chromium does not let a test grant clipboard reading to an extension origin).
 */
async function recordClipboard(popup: Page): Promise<void> {
  await popup.addInitScript(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = async (text: string) => {
      await write(text);
      (window as unknown as { copiedText: string }).copiedText = text;
    };
  });
}

async function copiedText(popup: Page): Promise<string> {
  return popup.evaluate(() => (window as unknown as { copiedText?: string }).copiedText ?? '');
}

function childFrame(frame: OutlineFrame, id: string): OutlineFrame | undefined {
  const search = (node: OutlineNode | null | undefined): OutlineFrame | undefined => {
    if (!node) return undefined;
    if (node.frame?.frameId === id) return node.frame;
    for (const child of node.children ?? []) {
      const found = search(child);
      if (found) return found;
    }
    return undefined;
  };
  return search(frame.root);
}

test('"This page" lists the features of the record frame; "Copy page outline" copies the frame tree without the record', async ({
  extension,
  page,
  server,
}) => {
  await page.goto(new URL('mde-bib/top.html', server.url).href);
  const grid = page.frameLocator('#yardsNgWrapper').frameLocator('#yards_iframe');
  await expect(grid.getByTestId('findings-panel')).toBeVisible();
  // What the outline must not carry: every value of the grid (tags, indicators, the MARC text) and the page's title.
  const values = await grid
    .locator('textarea, input')
    .evaluateAll((controls) =>
      controls.map((control) => (control as HTMLInputElement).value.trim()).filter((value) => value.length >= 4),
    );
  expect(values.length).toBeGreaterThan(10);

  const tabId = await tabIdOf(extension, page);
  const popup = await extension.context.newPage();
  await recordClipboard(popup);
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  const summary = popup.getByTestId('page-summary');
  await expect(summary).toHaveAttribute('data-status', 'ready');
  await expect(summary.getByTestId('page-kind')).toHaveAttribute('data-kind', 'mde-bib');
  const feature = (id: string) => summary.locator(`[data-testid="page-feature"][data-feature-id="${id}"]`);
  await expect(feature('findings-panel')).toHaveAttribute('data-state', 'ran');
  await expect(feature('findings-panel')).toContainText('runs here');
  await expect(feature('item-checks')).toHaveAttribute('data-state', 'other-pages');
  await expect(feature('item-checks')).toContainText('runs on other pages: Physical Item Editor');

  await popup.bringToFront();
  await summary.getByRole('button', { name: 'Copy page outline' }).click();
  const status = summary.getByTestId('outline-status');
  await expect(status).toHaveAttribute('data-status', 'copied');
  await expect(status).toHaveText(/^Page outline copied: \d+ elements in 3 frames\./);
  const copied = await copiedText(popup);
  const outline = JSON.parse(copied) as { format: string; frames: number; top: OutlineFrame };
  expect(outline.format).toBe('alma-companion-page-outline');
  expect(outline.top.frameId).toBeNull();
  const wrapper = childFrame(outline.top, 'yardsNgWrapper');
  expect(wrapper?.kind).toBe('mde-wrapper');
  const gridFrame = wrapper && childFrame(wrapper, 'yards_iframe');
  expect(gridFrame?.kind).toBe('mde-bib');
  expect(gridFrame?.readable).toBe(true);
  for (const value of values) expect(copied, `grid value "${value}"`).not.toContain(value);
  expect(copied).not.toContain(await page.title());
  // The features list and the copy status are axe-clean in light and dark mode.
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page: popup })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([]);
  }
  await popup.close();
});

test('a page no recogniser knows still gives an outline from its top frame', async ({ extension, page, server }) => {
  await page.goto(new URL('index.html', server.url).href);
  const tabId = await tabIdOf(extension, page);
  const popup = await extension.context.newPage();
  await recordClipboard(popup);
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('page-summary')).toHaveAttribute('data-status', 'none');
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Copy page outline' }).click();
  await expect(popup.getByTestId('outline-status')).toHaveAttribute('data-status', 'copied');
  const outline = JSON.parse(await copiedText(popup)) as { top: OutlineFrame };
  expect(outline.top.kind).toBe('other');
  expect(JSON.stringify(outline)).not.toContain('Metadata Editor');
  await popup.close();
});
