import type { Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { openEditor, panelFindings } from './live-support/panel';
import type { ExtensionBrowser } from './support/extension-browser';

/**
 * The store images (docs/store-listing.md): screenshots at 1280×800 and the 440×280 promotional tile, made from
 * the fixture pages with the test build. Written to docs/store with UPDATE_SCREENSHOTS=1 (as the README
 * screenshots are), otherwise to the test output; either way each image's size is checked.
 */
/** The part of the extension API called inside the service worker (typed here: no @types/chrome). */
declare const chrome: {
  tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>> };
};

const STORE_DIR = 'docs/store';
const SCREENSHOT = { width: 1280, height: 800 };

function outputPath(name: string): string {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return test.info().outputPath(name);
  mkdirSync(STORE_DIR, { recursive: true });
  return `${STORE_DIR}/${name}`;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function tabIdOf(extension: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await extension.context.serviceWorkers()[0]!.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}

test('store screenshot: the findings panel beside the editor (1280×800)', async ({ page, server }) => {
  await page.setViewportSize(SCREENSHOT);
  const { panel } = await openEditor(page, new URL('mde-errors/top.html', server.url).href);
  await panelFindings(panel);
  const path = outputPath('screenshot-findings-panel.png');
  await page.screenshot({ path });
  expect(pngSize(path)).toEqual(SCREENSHOT);
});

test('store screenshot: the options page (1280×800)', async ({ extension }) => {
  const options = await extension.context.newPage();
  await options.setViewportSize(SCREENSHOT);
  await options.goto(`chrome-extension://${extension.extensionId}/options.html#rules`);
  await expect(options.getByTestId('rule-row').first()).toBeVisible();
  await options.getByTestId('rule-search').fill('245');
  const path = outputPath('screenshot-options.png');
  await options.screenshot({ path });
  expect(pngSize(path)).toEqual(SCREENSHOT);
  await options.close();
});

test('store screenshot: the popup over the record it describes (1280×800)', async ({ extension, page, server }) => {
  await page.setViewportSize(SCREENSHOT);
  await openEditor(page, new URL('mde-mvm/top.html', server.url).href);
  const popup = await extension.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${await tabIdOf(extension, page)}`);
  await expect(popup.getByTestId('page-summary')).toHaveAttribute('data-status', 'ready');
  await popup.getByTestId('document-search').fill('multi-volume');
  const popupPng = (await popup.screenshot()).toString('base64');
  await popup.close();
  const editorPng = (await page.screenshot()).toString('base64');
  // As the browser shows it: the popup drops from the toolbar at the top right, over the page.
  const composed = await extension.context.newPage();
  await composed.setViewportSize(SCREENSHOT);
  await composed.setContent(
    `<body style="margin:0"><img src="data:image/png;base64,${editorPng}" style="position:absolute;inset:0">` +
      `<img src="data:image/png;base64,${popupPng}" style="position:absolute;top:8px;right:16px;` +
      'box-shadow:0 4px 18px rgba(0,0,0,.35);border:1px solid #999"></body>',
  );
  const path = outputPath('screenshot-popup.png');
  await composed.screenshot({ path });
  expect(pngSize(path)).toEqual(SCREENSHOT);
  await composed.close();
});

test('store promotional tile (440×280)', async ({ extension }) => {
  const icon = readFileSync('assets/icon.svg', 'utf8');
  const tile = await extension.context.newPage();
  await tile.setViewportSize({ width: 440, height: 280 });
  await tile.setContent(`<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:24px;
      box-sizing:border-box;padding:0 32px;background:#1d4f91;color:#fff;font:600 30px/1.15 system-ui,sans-serif">
    <img alt="" width="112" height="112" src="data:image/svg+xml;base64,${Buffer.from(icon).toString('base64')}"
      style="flex:none;border-radius:24px;box-shadow:0 0 0 3px #fff">
    <div>Alma Cataloger Companion<div style="margin-top:12px;font:400 17px/1.35 system-ui,sans-serif">
      Live MARC 21 checks and procedure checklists in Alma</div></div></body>`);
  await tile.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const path = outputPath('promo-tile.png');
  await tile.screenshot({ path });
  expect(pngSize(path)).toEqual({ width: 440, height: 280 });
  await tile.close();
});
