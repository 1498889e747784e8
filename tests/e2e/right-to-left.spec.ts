import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Alma in Arabic or Hebrew sets dir="rtl" on its pages. The companion's panel and docks use logical CSS properties
 * (inset-inline-end, margin-inline-end, border-inline-start…), so the layout mirrors: the findings panel docks
 * on the left and Alma's page makes room on that side, the dock column moves to the bottom right and the
 * page-status panel to the bottom left. The same pages left-to-right are the control.
 */
const url = (server: { url: string }, path: string): string => new URL(path, server.url).href;

async function box(locator: Locator): Promise<{ left: number; right: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not rendered');
  return { left: found.x, right: found.x + found.width };
}

async function setDirection(page: Page, dir: 'ltr' | 'rtl'): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.dir = value;
  }, dir);
}

const bodyMargins = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { left: style.marginLeft, right: style.marginRight };
  });

for (const dir of ['ltr', 'rtl'] as const) {
  test(`the findings panel docks on the ${dir === 'rtl' ? 'left' : 'right'} of a ${dir} editor page`, async ({
    page,
    server,
  }) => {
    await page.goto(url(server, 'mde-errors/grid.html'));
    const panel = page.getByTestId('findings-panel');
    await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
    await setDirection(page, dir);
    const width = page.viewportSize()!.width;
    const { left, right } = await box(panel);
    if (dir === 'rtl') {
      expect(left).toBeLessThan(2);
      expect(right).toBeLessThan(width / 2);
      expect(await bodyMargins(page)).toEqual({ left: '344px', right: '0px' });
    } else {
      expect(right).toBeGreaterThan(width - 2);
      expect(left).toBeGreaterThan(width / 2);
      expect(await bodyMargins(page)).toEqual({ left: '0px', right: '344px' });
    }
  });

  test(`the checklist dock and the page-status panel trade corners on a ${dir} list page`, async ({ page, server }) => {
    await page.goto(url(server, 'items-list-mvm/index.html'));
    await expect(page.getByTestId('checklists-toggle')).toBeVisible();
    await expect(page.getByTestId('page-status')).toBeVisible();
    await setDirection(page, dir);
    const width = page.viewportSize()!.width;
    const dock = await box(page.locator('#alma-companion-left-dock'));
    const status = await box(page.getByTestId('page-status'));
    if (dir === 'rtl') {
      expect(dock.right).toBeGreaterThan(width - 40);
      expect(status.left).toBeLessThan(40);
    } else {
      expect(dock.left).toBeLessThan(40);
      expect(status.right).toBeGreaterThan(width - 40);
    }
  });
}
