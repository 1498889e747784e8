/**
 * Renders assets/icon.svg to the PNG icons the manifest names (public/icon/<size>.png, 16/32/48/128 px),
 * with the Chromium the e2e tests use (CHROMIUM_PATH, default /usr/bin/chromium), so no image library or
 * binary download is needed. Run after changing the SVG: `npx tsx scripts/gen-icons.ts`; commit the PNGs.
 */
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(resolve(`public/icon/${size}.png`), png);
    console.log(`public/icon/${size}.png`);
    await page.close();
  }
} finally {
  await browser.close();
}
