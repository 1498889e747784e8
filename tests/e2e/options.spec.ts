import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { launchWithExtension, TEST_BUILD_DIR, type ExtensionBrowser } from './support/extension-browser';

/** The part of the extension API these tests call inside the service worker and extension pages (typed here: no @types/chrome). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> } };
  tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/**
 * The options page (chrome-extension://<id>/options.html) driving the extension as a cataloger would:
 * changes reach open Alma tabs without a reload, custom rules report on the fixtures, and an exported
 * settings file restores the same settings in a fresh browser profile.
 */

const GRID_FRAME = (page: Page): FrameLocator =>
  page.frameLocator('iframe#yardsNgWrapper').frameLocator('iframe#yards_iframe');

/** What chrome.storage.local holds under the settings key (WXT's item stores the value under "settings"). */
async function storedSettings(extension: ExtensionBrowser): Promise<unknown> {
  const worker = extension.context.serviceWorkers()[0]!;
  return worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? null);
}

async function clearSettings(extension: ExtensionBrowser): Promise<void> {
  await extension.context
    .serviceWorkers()[0]
    ?.evaluate(async () => chrome.storage.local.remove(['settings', 'settings$']));
}

async function openOptions(extension: ExtensionBrowser): Promise<Page> {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByTestId('profile-form')).toBeVisible();
  return options;
}

/** The findings panel of the fixture's grid frame, with every "already in the record" group opened. */
async function openPanel(page: Page): Promise<Locator> {
  const panel = GRID_FRAME(page).getByTestId('findings-panel');
  await expect(panel).toBeVisible();
  await expandInherited(panel);
  return panel;
}

async function expandInherited(panel: Locator): Promise<void> {
  const closed = panel.locator('[data-testid="inherited-toggle"][aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** Marks the grid frame's window, so the test can tell the page was never reloaded. */
async function markNoReload(page: Page): Promise<() => Promise<boolean>> {
  const grid = page.frames().find((frame) => frame.url().endsWith('/grid.html'))!;
  await grid.evaluate(() => ((window as unknown as { accMarker: number }).accMarker = 42));
  return () => grid.evaluate(() => (window as unknown as { accMarker?: number }).accMarker === 42);
}

test.afterEach(async ({ extension }) => clearSettings(extension));

test('a rule switched off in options disappears from the panel of an open fixture tab without reload', async ({
  extension,
  page,
  server,
}) => {
  await page.goto(new URL('mde-bib/top.html', server.url).href);
  const panel = await openPanel(page);
  const obsolete = panel.locator('[data-testid="finding"][data-rule="obsolete-field"]');
  await expect(obsolete).toHaveCount(1); // 440 is obsolete
  const stillLoaded = await markNoReload(page);

  const options = await openOptions(extension);
  await options.getByTestId('rule-search').fill('No obsolete fields');
  const row = options.locator('[data-testid="rule-row"][data-rule-id="obsolete-field"]');
  await row.getByTestId('rule-toggle').uncheck();
  await expect(row).toHaveAttribute('data-enabled', 'false');
  await expect(options.getByTestId('rules-status')).toHaveText('“No obsolete fields” switched off.');
  expect(await storedSettings(extension)).toMatchObject({ rules: { enabled: { 'obsolete-field': false } } });

  await page.bringToFront();
  await expandInherited(panel);
  await expect(obsolete).toHaveCount(0);
  expect(await stillLoaded()).toBe(true);

  // And back on, still without a reload.
  await options.bringToFront();
  await row.getByTestId('rule-toggle').check();
  await page.bringToFront();
  await expandInherited(panel);
  await expect(obsolete).toHaveCount(1);
  expect(await stillLoaded()).toBe(true);
  await options.close();
});

test('a custom rule created in options shows its finding on a fixture', async ({ extension, page, server }) => {
  await page.goto(new URL('mde-bib/top.html', server.url).href);
  const panel = await openPanel(page);
  const custom = panel.locator('[data-testid="finding"][data-rule="custom/no-wih-typo"]');
  await expect(custom).toHaveCount(0);

  const options = await openOptions(extension);
  await options.locator('#cr-title').fill('No "wih" typo');
  await options.locator('#cr-tag').fill('245');
  await options.locator('#cr-subfield').fill('c');
  // A broken expression is refused with a clear error and nothing is saved.
  await options.locator('#cr-pattern').fill('\\bwih(');
  await options.locator('#cr-message').fill('Correct the typo “wih” to “with”.');
  await expect(options.getByTestId('cr-pattern-errors')).toContainText('is invalid');
  await options.getByTestId('save-custom-rule').click();
  await expect(options.getByTestId('custom-rule-status')).toContainText('was not saved');
  expect(await storedSettings(extension)).toBeNull();

  await options.locator('#cr-pattern').fill('\\bwih\\b');
  const preview = options.getByTestId('preview-result');
  await expect(preview).toContainText('No finding'); // the sample record has no such typo…
  await options.locator('#sample-record').fill('245 10 $$a Emma / $$c edited wih notes.');
  await expect(options.getByTestId('preview-finding')).toContainText(
    'Field 245 (occurrence 1), subfield $c: Correct the typo',
  ); // …this one has
  await options.getByTestId('save-custom-rule').click();
  await expect(options.getByTestId('custom-rule-status')).toContainText('Added “No "wih" typo”');

  await page.bringToFront();
  await expandInherited(panel);
  await expect(custom).toHaveCount(1);
  await expect(custom).toHaveAttribute('data-tag', '245');
  await expect(custom.getByTestId('message')).toContainText('Correct the typo “wih” to “with”.');
  await options.close();
});

test('export then import on a fresh profile gives the same settings', async ({ extension }) => {
  test.setTimeout(90_000); // a second browser starts
  const options = await openOptions(extension);
  // Profile: the UC Berkeley preset, saved.
  await options.getByTestId('apply-preset').click();
  await options.getByTestId('save-profile').click();
  await expect(options.getByTestId('profile-status')).toHaveText('Profile saved.');
  // Rules: one off, one raised.
  await options.locator('[data-rule-id="isbn"] [data-testid="rule-toggle"]').uncheck();
  await options.locator('[data-rule-id="issn"] [data-testid="rule-severity"]').selectOption('error');
  await expect(options.getByTestId('rules-status')).toContainText('ISSN');
  // A custom rule, an own document and a checklist step.
  await options.locator('#cr-title').fill('Local note starts with Gift');
  await options.locator('#cr-tag').fill('590');
  await options.locator('#cr-pattern').fill('^Gift');
  await options.locator('#cr-message').fill('Start local gift notes with “Gift”.');
  await options.getByTestId('save-custom-rule').click();
  await expect(options.getByTestId('custom-rule')).toHaveCount(1);
  await options.locator('#doc-title').fill('Gift books workflow');
  await options.locator('#doc-url').fill('https://library.example.edu/gifts');
  await options.getByTestId('add-document').click();
  await expect(options.getByTestId('custom-document')).toHaveCount(1);
  await options.locator('#step-text').fill('Stamp the volume');
  await options.getByTestId('add-step').click();
  await expect(options.getByTestId('steps-status')).toContainText('Added the step');
  const before = await storedSettings(extension);

  const download = options.waitForEvent('download');
  await options.getByTestId('export-settings').click();
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({
    format: 'alma-cataloger-companion-settings',
    version: 2,
    settings: before,
  });
  await options.close();

  const fresh = await launchWithExtension(TEST_BUILD_DIR);
  try {
    expect(await storedSettings(fresh)).toBeNull();
    const freshOptions = await openOptions(fresh);
    await freshOptions.getByTestId('import-settings').setInputFiles(file);
    await expect(freshOptions.getByTestId('import-status')).toHaveAttribute('data-state', 'saved');
    expect(await storedSettings(fresh)).toEqual(before);
    // The page shows what was imported.
    await expect(freshOptions.locator('#profile-oclcSymbol')).toHaveValue('CUY');
    await expect(freshOptions.locator('[data-rule-id="isbn"]')).toHaveAttribute('data-enabled', 'false');
  } finally {
    await fresh.context.close();
  }
});

test('a bad settings file gets a clear list of problems and changes nothing', async ({ extension }) => {
  const options = await openOptions(extension);
  await options.locator('[data-rule-id="isbn"] [data-testid="rule-toggle"]').uncheck();
  await expect(options.getByTestId('rules-status')).toContainText('switched off');
  const before = await storedSettings(extension);
  const dir = mkdtempSync(join(tmpdir(), 'acc-import-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(
    bad,
    JSON.stringify({
      format: 'alma-cataloger-companion-settings',
      version: 2,
      settings: {
        version: 2,
        profile: { name: 'X' },
        rules: { enabled: {}, severity: {}, ruleSet: 'all' },
        extra: true,
      },
    }),
  );
  await options.getByTestId('import-settings').setInputFiles(bad);
  const status = options.getByTestId('import-status');
  await expect(status).toHaveAttribute('data-state', 'error');
  await expect(status).toContainText('your current settings are unchanged');
  await expect(status.locator('li')).toContainText(['settings.profile.oclcSymbol: is missing']);
  await expect(status).toContainText('settings.extra: unknown setting');
  expect(await storedSettings(extension)).toEqual(before);

  writeFileSync(bad, '{ not json');
  await options.getByTestId('import-settings').setInputFiles(bad);
  await expect(status).toContainText('is not valid JSON');
  expect(await storedSettings(extension)).toEqual(before);
  await options.close();
});

test('the options page and the popup have no accessibility violations and work from the keyboard', async ({
  extension,
}) => {
  test.setTimeout(60_000); // axe walks the whole rules table
  const options = await openOptions(extension);
  const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const violations = async (page: Page) =>
    (await new AxeBuilder({ page }).withTags(wcag).analyze()).violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`,
    );
  expect(await violations(options)).toEqual([]);
  // Keyboard: reach a rule's switch and flip it with Space.
  const toggle = options.locator('[data-rule-id="isbn"] [data-testid="rule-toggle"]');
  await toggle.focus();
  await options.keyboard.press('Space');
  await expect(options.locator('[data-rule-id="isbn"]')).toHaveAttribute('data-enabled', 'false');
  await options.close();

  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=0`);
  await expect(popup.getByTestId('document-option').first()).toBeVisible();
  expect(await violations(popup)).toEqual([]);
  await popup.close();
});

test('README screenshot of the options page (written to docs/screenshots with UPDATE_SCREENSHOTS=1)', async ({
  extension,
}) => {
  const options = await openOptions(extension);
  await options.setViewportSize({ width: 1280, height: 1000 });
  await options.getByTestId('apply-preset').click();
  await options.getByTestId('save-profile').click();
  await expect(options.getByTestId('profile-status')).toHaveText('Profile saved.');
  await options.locator('#cr-title').fill('No "Dublette" markers in notes');
  await options.locator('#cr-tag').fill('5XX');
  await options.locator('#cr-subfield').fill('a');
  await options.locator('#cr-pattern').fill('dublette');
  await options.locator('#cr-ignore-case').check();
  await options.locator('#cr-message').fill('Remove the duplicate marker; link the copies instead.');
  await options.locator('#cr-severity').selectOption('error');
  await expect(options.getByTestId('preview-finding')).toHaveCount(1);
  await options.locator('#custom-rules').evaluate((section) => section.scrollIntoView({ block: 'start' }));
  const path =
    process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots/options.png' : test.info().outputPath('options.png');
  await options.screenshot({ path });
  await options.close();
});
