import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { afterRecheck, panelFindings } from './live-support/panel';
import { runCommand } from './support/commands';

/**
 * The findings panel, its inline markers and the save reminder pass axe (WCAG 2.1 A/AA) in every state a
 * cataloger meets, and the panel can be used from the keyboard alone. Grid documents are opened on their
 * own (no wrapper frames) so the panel sits in the top document and axe reads it directly.
 */

/** What we put on Alma's pages: our shadow hosts and our markers in the grid. */
const OURS = ['alma-companion-findings', 'alma-companion-item-checks', 'alma-companion-save-reminder', 'acc-marker'];

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const ours = (nodes: Array<{ target: unknown }>) =>
    nodes.filter((node) => OURS.some((name) => JSON.stringify(node.target).includes(name)));
  // The fixture pages imitate Alma, violations and all: only our nodes are judged.
  const violations = results.violations
    .map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: ours(violation.nodes).map((node) => node.target),
    }))
    .filter((violation) => violation.targets.length > 0);
  expect(violations).toEqual([]);
  // Proof that axe looked inside our shadow roots at all.
  const passed = results.passes.filter((rule) => ours(rule.nodes).length > 0).map((rule) => rule.id);
  expect(passed).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
}

const url = (server: { url: string }, path: string): string => new URL(path, server.url).href;

test('expanded panel with every group open, a fix applied and a finding selected', async ({
  extension,
  page,
  server,
}) => {
  await page.goto(url(server, 'mde-errors/grid.html'));
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
  await panelFindings(panel);
  await afterRecheck(panel, () => panel.locator('[data-rule="title-ending-period"]').getByTestId('fix').click());
  await runCommand(extension, page, 'next-finding');
  await expect(panel.locator('[aria-current="true"]')).toHaveCount(1);
  await expect(page.locator('.acc-marker').first()).toBeVisible();
  await expectNoViolations(page);
});

test('collapsed badge, and the save reminder banner', async ({ page, server }) => {
  await page.goto(url(server, 'mde-split/grid.html'));
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
  await panel.getByTestId('findings-toggle').click();
  await expect(panel).toHaveAttribute('data-expanded', 'false');
  await page.locator('textarea').first().focus();
  await page.keyboard.press('Control+Alt+S');
  await expect(page.getByTestId('save-reminder')).toBeVisible();
  await expectNoViolations(page);
});

test('item checks panel', async ({ page, server }) => {
  await page.goto(url(server, 'item-cases/required-missing.html'));
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
  await panelFindings(panel);
  await expectNoViolations(page);
});

test('keyboard alone: reach the panel, go to a field, fix, undo, hide', async ({ extension, page, server }) => {
  await page.goto(url(server, 'mde-errors/grid.html'));
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
  await page.locator('textarea').first().focus();

  // Show/hide shortcut takes the focus into the panel; Tab walks it.
  await runCommand(extension, page, 'toggle-panel');
  await runCommand(extension, page, 'toggle-panel');
  await expect(panel.getByTestId('findings-toggle')).toBeFocused();
  // Inherited errors are shown unfolded (their Go to / Fix buttons come first); warnings and info are folded.
  const inherited = panel.getByTestId('inherited-toggle');
  for (let i = 0; i < 80 && !(await inherited.evaluate((element) => element.matches(':focus'))); i++)
    await page.keyboard.press('Tab');
  await expect(inherited).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(inherited).toHaveAttribute('aria-expanded', 'true');

  // Tab to the first "Fix" button and press it: the focus lands on Undo; Space undoes.
  const values = () =>
    page
      .locator('div[id^="MarcEditorPresenter"] textarea')
      .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
  const before = await values();
  // The next "Fix" the Tab key reaches (inherited errors' buttons come before the toggle, so Tab may wrap).
  const fixButton = panel.locator('[data-testid="fix"]:focus');
  for (let i = 0; i < 150 && (await fixButton.count()) === 0; i++) await page.keyboard.press('Tab');
  await expect(fixButton).toBeFocused();
  await afterRecheck(panel, () => page.keyboard.press('Enter'));
  expect(await values()).not.toEqual(before);
  await expect(panel.getByTestId('undo')).toBeFocused();
  await afterRecheck(panel, () => page.keyboard.press('Space'));
  expect(await values()).toEqual(before);

  // "Go to" from the keyboard puts the cursor in the field.
  const goTo = panel.locator('[data-rule="empty-subfield"]').getByTestId('go-to');
  await goTo.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('div[id^="MarcEditorPresenter.textArea.049"] textarea')).toBeFocused();
});
