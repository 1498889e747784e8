import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { afterRecheck, openEditor, panelFindings, row, textOf } from './live-support/panel';
import { launchWithExtension, TEST_BUILD_DIR, type ExtensionBrowser } from './support/extension-browser';
import { collectPageErrors } from './support/page-errors';

/**
 * The interface in German: Chromium started with `--lang=de` (what a cataloger's German browser does) picks
 * public/_locales/de for the panel on an Alma-like editor page, the popup, the options page and the worklist,
 * and each still passes axe. In headless Debian Chromium `--lang=de` is enough for the catalog
 * (`i18n.getMessage`), while `i18n.getUILanguage()` keeps saying "en-US": the extension reads its language from
 * the catalog instead (extension/i18n.ts uiLanguage), and this test checks the pages say lang="de".
 */
const test = base.extend<{ pageErrors: string[] }, { server: FixtureServer; extension: ExtensionBrowser }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({}, use) => {
      const browser = await launchWithExtension(TEST_BUILD_DIR, { args: ['--lang=de'] });
      await use(browser);
      await browser.context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
    await page.close();
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors = collectPageErrors(page);
      await use(errors);
      expect(errors, 'uncaught exceptions or logged feature errors').toEqual([]);
    },
    { auto: true },
  ],
});

const german: Record<string, { message: string }> = JSON.parse(
  readFileSync(new URL('../../public/_locales/de/messages.json', import.meta.url), 'utf8'),
);
const de = (key: string, ...substitutions: string[]): string =>
  german[key]!.message.replace(/\$([1-9])/g, (_whole, n: string) => substitutions[Number(n) - 1] ?? '');

/** WCAG 2.1 A/AA on the nodes `ours` picks (all of an extension page; only our shadow hosts on Alma's). */
async function expectNoViolations(page: Page, ours: (target: string) => boolean = () => true): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const mine = (nodes: Array<{ target: unknown }>) => nodes.filter((node) => ours(JSON.stringify(node.target)));
  const violations = results.violations
    .map((violation) => ({ id: violation.id, targets: mine(violation.nodes).map((node) => node.target) }))
    .filter((violation) => violation.targets.length > 0);
  expect(violations).toEqual([]);
  expect(results.passes.filter((rule) => mine(rule.nodes).length > 0).map((rule) => rule.id)).toEqual(
    expect.arrayContaining(['color-contrast']),
  );
}

const extensionPage = async (extension: ExtensionBrowser, page: Page, path: string): Promise<void> => {
  await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
};

test('the findings panel on a Metadata Editor page speaks German and passes axe', async ({ page, server }) => {
  await page.goto(new URL('mde-errors/grid.html', server.url).href);
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
  await expect(panel).toContainText(de('panel_titleRecord'));
  await expect(panel).not.toContainText('Record checks');
  await expectNoViolations(page, (target) => target.includes('alma-companion-findings'));
});

test('a rule message comes in German too: a mistyped ISBN in the editor', async ({ page, server }) => {
  const { grid, panel } = await openEditor(page, new URL('mde-errors/top.html', server.url).href);
  const isbn = textOf(row(grid, '020'));
  await isbn.press('End');
  await afterRecheck(panel, () => isbn.pressSequentially('7'));
  const message = panel.locator('[data-rule="isbn"]').getByTestId('message').first();
  // lib/rules/messages/de.ts 'isbn.not-isbn', with the German place of the finding.
  await expect(message).toContainText('Feld 020 (Vorkommen 1), $a:');
  await expect(message).toContainText('enthält keine 10- oder 13-stellige ISBN');
});

test('a fix is labelled in German, and the status line says what it did in German', async ({ page, server }) => {
  await page.goto(new URL('mde-errors/grid.html', server.url).href);
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
  await panelFindings(panel); // opens the groups
  // lib/rules/messages/fix-words.ts: 'End 245 $c with a period' in German.
  const fix = panel.locator('[data-rule="title-ending-period"]').getByTestId('fix');
  const label = /245 \$[a-z0-9] mit einem Punkt abschließen$/;
  await expect(fix).toHaveText(new RegExp(`^${de('finding_fix', '')}`));
  await expect(fix).toHaveText(label);
  await afterRecheck(panel, () => fix.click());
  await expect(panel.getByTestId('status-text')).toContainText(de('status_fixed', '').split(':')[0]!);
  await expect(panel.getByTestId('status-text')).toContainText('mit einem Punkt abschließen');
  await expectNoViolations(page, (target) => target.includes('alma-companion-findings'));
});

test('the popup speaks German and passes axe', async ({ extension, page }) => {
  await extensionPage(extension, page, 'popup.html');
  await expect(page).toHaveTitle(de('extName'));
  await expect(page.getByRole('combobox', { name: de('finder_searchLabel') })).toBeVisible();
  await expect(page.getByRole('heading', { name: de('finder_heading') })).toBeVisible();
  await expectNoViolations(page);
});

test('the options page speaks German and passes axe', async ({ extension, page }) => {
  await extensionPage(extension, page, 'options.html');
  await expect(page).toHaveTitle(de('options_title'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('options_title'));
  await expect(page.getByRole('heading', { name: de('options_sectionProfile') })).toBeVisible();
  await expect(page.getByLabel(de('profileField_oclcSymbol'))).toBeVisible();
  await expect(page.getByRole('button', { name: de('profile_save') })).toBeVisible();
  // Rule titles and rationales come from lib/rules/messages/rule-words-de.ts, the switch is named by the title.
  const isbn = page.locator('[data-testid="rule-row"][data-rule-id="isbn"]');
  await expect(isbn.locator('.rule-title')).toHaveText('ISBN (020): Form und Prüfziffer');
  await expect(isbn.locator('.rationale')).toContainText('Eine vertippte ISBN verhindert den Abgleich');
  await expect(isbn.getByRole('checkbox', { name: 'ISBN (020): Form und Prüfziffer' })).toBeVisible();
  await expect(page.locator('[data-testid="rule-row"][data-rule-id="title-required"]')).toContainText(
    'Titelangabe (245) mit $a oder $k vorhanden',
  );
  await expect(page.getByTestId('rule-row').filter({ hasText: 'Title statement (245)' })).toHaveCount(0);
  await expectNoViolations(page);
  // A German word finds the rule.
  await page.getByLabel(de('rules_search'), { exact: true }).fill('Prüfziffer ISSN');
  await expect(page.getByTestId('rule-row')).toHaveCount(1);
  await expect(page.getByTestId('rule-row')).toHaveAttribute('data-rule-id', 'issn');
});

test('the OCLC worklist speaks German and passes axe', async ({ extension, page }) => {
  await extensionPage(extension, page, 'worklist.html');
  await expect(page).toHaveTitle(de('worklist_windowTitle'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(de('worklist_title'));
  await expect(page.getByRole('group', { name: de('worklist_show') })).toBeVisible();
  await expectNoViolations(page);
});
