import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../lib/settings/types';
import { startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { openEditor, panelFindings } from './live-support/panel';
import { launchWithExtension, TEST_BUILD_DIR, type ExtensionBrowser } from './support/extension-browser';
import { collectPageErrors } from './support/page-errors';

/**
 * Deployment by the institution (docs/deploying.md): a Chromium managed policy for the extension, as IT would
 * write it on Linux, is applied (the panel runs the institution's custom rule) and locked (the options page shows
 * "Set by your institution" and cannot change it), while what the policy leaves out stays the cataloger's.
 *
 * Chromium reads policies from /etc/chromium/policies/managed (CI runs as root). The test build has a fixed key
 * (wxt.config.ts), so its id is known before it is loaded. The file is removed afterwards; it only ever names
 * the test build's id, and the e2e lock keeps other test runs from starting Chromium meanwhile.
 */
const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'alma-cataloger-companion-e2e.json');

/** Chrome's id of an extension with a manifest key: the SHA-256 of the public key, first 32 hex digits as a–p. */
function extensionIdOf(publicKeyBase64: string): string {
  const hash = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hash].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}
const TEST_BUILD_ID = extensionIdOf(readFileSync('tests/e2e/support/test-build-key.pub', 'utf8').trim());

const POLICY = {
  profile: { name: 'Policy University', oclcSymbol: 'PLC', extraHosts: ['alma.policy.example.edu'] },
  // Both fire on the mde-bib fixture without a policy (tests/e2e/live-support/expected-findings.ts).
  rules: { enabled: { 'obsolete-field': false }, severity: { 'field-008-length': 'info' } },
  ui: { saveReminder: false },
  customRules: [
    {
      id: 'policy-title-marker',
      title: 'Institution title marker',
      tag: '245',
      subfield: 'a',
      pattern: '^POLICY-MARKER',
      match: 'must-match',
      severity: 'info',
      message: 'The institution checks every 245 $a (e2e policy).',
      appliesTo: ['bib'],
    },
  ],
};

let server: FixtureServer;
let browser: ExtensionBrowser;

test.beforeAll(async () => {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [TEST_BUILD_ID]: POLICY } } }, null, 2));
  } catch (error) {
    throw new Error(`Cannot write the Chromium policy ${POLICY_FILE} (run as root, as CI does): ${String(error)}`);
  }
  server = await startFixtureServer();
  browser = await launchWithExtension(TEST_BUILD_DIR);
});

test.afterAll(async () => {
  await browser?.context.close();
  await server?.close();
  rmSync(POLICY_FILE, { force: true });
});

test('the test build has the fixed id the policy names', () => {
  expect(browser.extensionId).toBe(TEST_BUILD_ID);
});

test('Chromium hands the policy to the extension (storage.managed)', async () => {
  const worker = browser.context.serviceWorkers()[0]!;
  await expect
    .poll(() =>
      worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome;
        return api.storage.managed.get();
      }),
    )
    .toEqual(POLICY);
});

test('the institution custom rule runs in the panel; the rule it switched off does not, the severity it set applies', async () => {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  const { panel } = await openEditor(page, new URL('mde-bib/top.html', server.url).href);
  // The record's findings are "already in the record when opened": panelFindings opens that group.
  const findings = await panelFindings(panel);
  const marker = findings.filter((finding) => finding.ruleId === 'custom/policy-title-marker');
  expect(marker).toHaveLength(1);
  expect(marker[0]!.message).toContain('The institution checks every 245 $a');
  expect(findings.some((finding) => finding.ruleId === 'obsolete-field')).toBe(false);
  expect(
    findings.filter((finding) => finding.ruleId === 'field-008-length').map((finding) => finding.severity),
  ).toEqual(['info']);
  expect(errors).toEqual([]);
  await page.close();
});

test('options: managed fields are shown as set by the institution and cannot be changed', async () => {
  const options = await browser.context.newPage();
  const errors = collectPageErrors(options);
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect(options.getByTestId('managed-notice')).toBeVisible();

  const symbol = options.locator('#profile-oclcSymbol');
  await expect(symbol).toHaveValue('PLC');
  await expect(symbol).toHaveAttribute('readonly', '');
  await expect(options.locator('#profile-oclcSymbol-managed')).toHaveText('Set by your institution');
  await expect(symbol).toHaveAttribute('aria-describedby', /profile-oclcSymbol-managed/);
  // Not set by the policy: the cataloger's own, editable.
  const libraries = options.locator('#profile-libraryCodes');
  await expect(libraries).not.toHaveAttribute('readonly', '');
  await expect(options.locator('#profile-libraryCodes-managed')).toHaveCount(0);

  await expect(options.locator('#save-reminder')).toBeDisabled();
  await expect(options.locator('#save-reminder')).not.toBeChecked();
  await expect(options.locator('#panel-shown')).toBeEnabled();
  const policyRule = options.locator('[data-testid="rule-row"][data-rule-id="obsolete-field"]');
  await expect(policyRule.getByTestId('rule-toggle')).toBeDisabled();
  await expect(policyRule.getByTestId('managed-note')).toHaveText('Set by your institution');
  const host = options.locator('[data-testid="host"][data-host="alma.policy.example.edu"]');
  await expect(host.getByTestId('managed-note')).toBeVisible();
  await expect(host.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  const customRule = options.locator('[data-testid="custom-rule"][data-rule-id="policy-title-marker"]');
  await expect(customRule.getByRole('button', { name: /Remove|Edit/ })).toHaveCount(0);

  // Typing into the locked field changes nothing; saving stores the cataloger's own fields only.
  await symbol.pressSequentially('XYZ');
  await expect(symbol).toHaveValue('PLC');
  await libraries.fill('MAIN');
  await options.getByTestId('save-profile').click();
  await expect(options.getByTestId('profile-status')).toHaveText('Profile saved.');
  const stored = await browser.context.serviceWorkers()[0]!.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<{ settings: Settings }> } } } }
    ).chrome;
    return (await api.storage.local.get('settings')).settings;
  });
  expect(stored.profile.libraryCodes).toEqual(['MAIN']);
  expect(stored.profile.oclcSymbol).not.toBe('PLC');
  expect(stored.profile.name).not.toBe('Policy University');
  expect(stored.customRules).toEqual([]);
  expect(errors).toEqual([]);
  await options.close();
});
