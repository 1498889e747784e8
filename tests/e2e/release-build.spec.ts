import { expect, test } from '@playwright/test';
import { readFixtureManifest, startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { launchWithExtension, RELEASE_BUILD_DIR, type ExtensionBrowser } from './support/extension-browser';
import { frameByIds } from './support/frames';
import { collectPageErrors } from './support/page-errors';
import { createSelfSignedCert } from './support/self-signed-cert';

/**
 * The RELEASE build (.output/chrome-mv3), whose manifest matches Alma hosts only. The fixtures are served
 * over HTTPS as test.alma.exlibrisgroup.com (mapped to 127.0.0.1 inside Chromium only), so this proves the
 * shipped manifest runs the content script, in every frame, on an Alma host name, and stays off localhost.
 */
const ALMA_HOST = 'test.alma.exlibrisgroup.com';

let https: FixtureServer;
let http: FixtureServer;
let browser: ExtensionBrowser;

test.beforeAll(async () => {
  https = await startFixtureServer({ tls: createSelfSignedCert(ALMA_HOST), urlHost: ALMA_HOST });
  http = await startFixtureServer();
  browser = await launchWithExtension(RELEASE_BUILD_DIR, {
    hostMappings: [`MAP ${ALMA_HOST} 127.0.0.1`],
    ignoreCertificateErrors: true,
  });
});

test.afterAll(async () => {
  await browser?.context.close();
  await https?.close();
  await http?.close();
});

/** The first fixture whose panel sits in a nested frame: the hardest case for all_frames. */
async function nestedFixture() {
  const fixtures = await readFixtureManifest();
  const fixture = fixtures.find((candidate) =>
    candidate.expect.some((frame) => frame.frame.length >= 2 && frame.mmsId),
  );
  if (!fixture) throw new Error('fixtures.json has no fixture with a panel two frames deep');
  const expected = fixture.expect.find((frame) => frame.frame.length >= 2 && frame.mmsId)!;
  return { fixture, expected };
}

test('runs in the nested editor frame of an Alma host over HTTPS', async () => {
  const { fixture, expected } = await nestedFixture();
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(new URL(fixture.path, https.url).href);
  // A grid frame: the findings panel names the page there (page-status runs on lists and dialogs only).
  const panel = frameByIds(page, expected.frame).getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-kind', expected.kind);
  await expect(panel.getByTestId('mms-id').first()).toHaveText(expected.mmsId!);
  expect(errors).toEqual([]);
  await page.close();
});

test('does not run on a non-Alma host (localhost)', async () => {
  const { fixture, expected } = await nestedFixture();
  const page = await browser.context.newPage();
  await page.goto(new URL(fixture.path, http.url).href);
  const frame = frameByIds(page, expected.frame);
  // The grid is there (the fixture loaded) but no panel appears, even after the debounce has long passed.
  await expect(frame.locator('table[id^="editorTable"]').first()).toBeVisible();
  await page.waitForTimeout(1_000);
  await expect(frame.getByTestId('findings-panel')).toHaveCount(0);
  await expect(frame.getByTestId('page-status')).toHaveCount(0);
  await page.close();
});
