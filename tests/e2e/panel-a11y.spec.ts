import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/**
 * The page-status panel must be usable with a keyboard and screen reader: axe finds no violation in it.
 * It runs on lists, dialogs, relink and unrecognised pages (the findings panel, checked in a11y.spec.ts,
 * takes its place on the editors).
 */
const HOST = 'alma-companion-page-status';

/**
 * Each page is opened on its own (the grid document without its wrapper frames), so the panel sits in the
 * top document: axe then analyses the panel's own document directly instead of walking two frames deep,
 * which was slow and in one run skipped the nested frames entirely.
 */
for (const fixturePath of ['items-list/index.html', 'relink-confirm/index.html', 'broken-grid/grid.html']) {
  test(`axe finds no violation in the panel (${fixturePath})`, async ({ page, server }) => {
    await page.goto(new URL(fixturePath, server.url).href);
    await expect(page.locator(HOST)).toHaveCount(1);
    await expect(page.getByTestId('page-status')).toBeVisible();
    // WCAG A/AA rules; best-practice rules such as landmark-one-main judge whole documents, and WXT's
    // shadow root holds its own <html>, which those rules would take for a page without a <main>.
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const ours = (nodes: Array<{ target: unknown }>) =>
      nodes.filter((node) => JSON.stringify(node.target).includes(HOST));
    // Only the panel is ours to judge; the fixture page imitates Alma, violations and all.
    const violations = results.violations
      .map((violation) => ({ id: violation.id, help: violation.help, nodes: ours(violation.nodes).length }))
      .filter((violation) => violation.nodes > 0);
    expect(violations).toEqual([]);
    // Proof that axe looked inside the shadow root at all: some rules passed on the panel's nodes.
    const passedOnPanel = results.passes.filter((rule) => ours(rule.nodes).length > 0).map((rule) => rule.id);
    expect(passedOnPanel).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
  });
}

test('the panel collapses and expands from the keyboard', async ({ page, server }) => {
  await page.goto(new URL('items-list/index.html', server.url).href);
  const toggle = page.getByTestId('page-status-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('page-kind')).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
});
