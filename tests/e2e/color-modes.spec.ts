import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { panelFindings } from './live-support/panel';

/**
 * Dark (prefers-color-scheme: dark) and high-contrast (forced-colors: active) modes: axe (WCAG 2.1 A/AA) finds
 * no violation in the extension's pages and in the findings panel, and the pages really change colour.
 * Screenshots of each go to docs/screenshots/<page>-<mode>.png with UPDATE_SCREENSHOTS=1.
 */
const MODES = [
  { name: 'dark', media: { colorScheme: 'dark' as const } },
  { name: 'forced-colors', media: { forcedColors: 'active' as const } },
];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** What we put on Alma's pages (the fixture pages imitate Alma, violations and all: only ours are judged). */
const OURS = [
  'alma-companion-findings',
  'alma-companion-checklists',
  'alma-companion-save-reminder',
  'alma-companion-page-status',
  'acc-marker',
];

async function violations(page: Page, onlyOurs = false): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations
    .map((violation) => ({
      violation,
      nodes: onlyOurs
        ? violation.nodes.filter((node) => OURS.some((name) => JSON.stringify(node.target).includes(name)))
        : violation.nodes,
    }))
    .filter(({ nodes }) => nodes.length > 0)
    .map(({ violation, nodes }) => `${violation.id}: ${violation.help} ${JSON.stringify(nodes.map((n) => n.target))}`);
}

async function screenshot(page: Page, name: string): Promise<void> {
  const path =
    process.env.UPDATE_SCREENSHOTS === '1' ? `docs/screenshots/${name}.png` : test.info().outputPath(`${name}.png`);
  await page.screenshot({ path });
}

const backgroundOf = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

for (const mode of MODES) {
  test(`${mode.name}: options, popup and worklist pass axe`, async ({ extension }) => {
    test.setTimeout(90_000); // axe walks the whole rules table
    for (const [name, path, ready] of [
      ['options', 'options.html', '[data-testid="rule-row"]'],
      ['popup', 'popup.html?tab=0', '[data-testid="document-option"]'],
      ['worklist', 'worklist.html', 'h1'],
    ] as const) {
      const page = await extension.context.newPage();
      await page.emulateMedia(mode.media);
      await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
      // Judge the page once it shows its content, not its loading line.
      await expect(page.locator(ready).first()).toBeVisible();
      if (mode.name === 'dark') {
        // Dark means a dark page, not the light one with dark media queries ignored.
        const [r, g, b] = (await backgroundOf(page)).match(/\d+/g)!.map(Number);
        expect(r! + g! + b!, `${name} background in dark mode`).toBeLessThan(3 * 80);
      }
      expect(await violations(page), `${name} in ${mode.name}`).toEqual([]);
      await screenshot(page, `${name}-${mode.name}`);
      await page.close();
    }
  });

  test(`${mode.name}: the findings panel, the checklist dock and the save reminder pass axe`, async ({
    page,
    server,
  }) => {
    await page.emulateMedia(mode.media);
    await page.goto(new URL('mde-errors/grid.html', server.url).href);
    const panel = page.getByTestId('findings-panel');
    await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
    await panelFindings(panel);
    const checklists = page.getByTestId('checklists-toggle');
    await checklists.click();
    await expect(checklists).toHaveAttribute('aria-expanded', 'true');
    await page.locator('textarea').first().focus();
    await page.keyboard.press('Control+Alt+S');
    await expect(page.getByTestId('save-reminder')).toBeVisible();
    expect(await violations(page, true)).toEqual([]);
    await screenshot(page, `findings-panel-${mode.name}`);
  });

  test(`${mode.name}: the page-status panel passes axe`, async ({ page, server }) => {
    await page.emulateMedia(mode.media);
    await page.goto(new URL('items-list/index.html', server.url).href);
    await expect(page.getByTestId('page-status')).toBeVisible();
    expect(await violations(page, true)).toEqual([]);
  });
}
