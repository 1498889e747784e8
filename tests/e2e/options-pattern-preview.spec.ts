import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { ExtensionBrowser } from './support/extension-browser';

/**
 * The options page's live preview tries the custom rule being typed against a sample record, in the page's
 * own thread (issue 15). A pattern with nested quantifiers, `^(a+)+$`, backtracks for minutes on 30
 * characters of "aaaa…b" in the browser's regular-expression engine; custom rules match with RE2 (re2js),
 * linear in the value, so the page keeps answering. Patterns RE2 cannot run (lookarounds, backreferences)
 * are refused with the reason. The bound is generous (the machine is small and shared); a backtracking
 * match would not finish within the test's timeout at all.
 */
const ANSWER_WITHIN_MS = 10_000;
/** 29 a's and a b: the shape on which a backtracking `^(a+)+$` tries 2^29 ways to fail. */
const HOSTILE_VALUE = `${'a'.repeat(29)}b`;

async function openOptions(extension: ExtensionBrowser): Promise<Page> {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByTestId('profile-form')).toBeVisible();
  return options;
}

/** The page still answers: a checkbox of the same form toggles at once. */
async function expectResponsive(options: Page): Promise<void> {
  const ignoreCase = options.locator('#cr-ignore-case');
  const before = await ignoreCase.isChecked();
  await ignoreCase.click({ timeout: ANSWER_WITHIN_MS });
  await expect(ignoreCase).toBeChecked({ checked: !before, timeout: ANSWER_WITHIN_MS });
  await ignoreCase.click({ timeout: ANSWER_WITHIN_MS });
}

test('a custom rule ^(a+)+$ is tried on "aaaa…b" in linear time: the preview answers and the page stays responsive', async ({
  extension,
}) => {
  const options = await openOptions(extension);
  await options.locator('#cr-title').fill('Only a');
  await options.locator('#cr-tag').fill('245');
  await options.locator('#cr-subfield').fill('a');
  await options.locator('#cr-message').fill('Only the letter a.');
  await options.locator('#cr-match').selectOption('must-match');
  await options.locator('#sample-record').fill(`245 10 $$a ${HOSTILE_VALUE}`);

  const started = Date.now();
  await options.locator('#cr-pattern').fill('^(a+)+$');
  // Not accepted as written by a backtracking engine: the value does not match, so the rule reports it.
  await expect(options.getByTestId('preview-finding')).toContainText('Only the letter a.', {
    timeout: ANSWER_WITHIN_MS,
  });
  await expectResponsive(options);
  expect(Date.now() - started).toBeLessThan(2 * ANSWER_WITHIN_MS);
  await expect(options.getByTestId('cr-pattern-errors')).toHaveCount(0);

  // And the other way round: all a's match, the preview is clean.
  await options.locator('#sample-record').fill(`245 10 $$a ${'a'.repeat(30)}`);
  await expect(options.getByTestId('preview-clean')).toBeVisible({ timeout: ANSWER_WITHIN_MS });
  await options.close();
});

test('a pattern RE2 cannot run (a lookahead) is refused with the reason, and the page stays responsive', async ({
  extension,
}) => {
  const options = await openOptions(extension);
  await options.locator('#cr-title').fill('Lookahead');
  await options.locator('#cr-tag').fill('245');
  await options.locator('#cr-message').fill('Starts with a.');
  await options.locator('#sample-record').fill(`245 10 $$a ${HOSTILE_VALUE}`);
  await options.locator('#cr-pattern').fill('^(?=a)(a+)+$');
  await expect(options.getByTestId('cr-pattern-errors')).toContainText('lookahead or lookbehind', {
    timeout: ANSWER_WITHIN_MS,
  });
  await expect(options.getByTestId('cr-pattern-errors')).toContainText('time proportional to the text');
  await expectResponsive(options);
  await options.getByTestId('save-custom-rule').click();
  await expect(options.getByTestId('custom-rule-status')).toContainText('was not saved');
  await options.close();
});
