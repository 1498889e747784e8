/**
 * `npm run demo`: builds the test build of the extension, serves the Alma-like fixture pages on 127.0.0.1
 * and opens Chromium with the extension loaded.
 * - With a display ($DISPLAY set): a browser window on the fixture index; close it (or Ctrl+C) to stop.
 * - Without one: headless; saves a screenshot of every fixture page, panel included, to demo-output/.
 * Options: --no-build (reuse .output-test), --out <dir>.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, TEST_BUILD_DIR } from '../tests/e2e/support/extension-browser';
import { readFixtureManifest, startFixtureServer, type AlmaFixture } from './serve-fixtures';

/**
 * One panel per frame: the findings panel on the editor grids (record checks) and the Item Editor (item
 * checks), the page-status panel elsewhere (content/features/page-status.tsx).
 */
const PANEL_HOST = 'alma-companion-page-status, alma-companion-findings, alma-companion-item-checks';
/** Kinds whose frame gets no panel (editor shells, other pages). */
const NO_PANEL = new Set(['mde-wrapper', 'mde-old', 'other']);

const args = process.argv.slice(2);
const outDir = resolve(args.includes('--out') ? (args[args.indexOf('--out') + 1] ?? 'demo-output') : 'demo-output');

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build:test'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('demo: the test build failed (npm run build:test); see the output above.');
    process.exit(1);
  }
}

const server = await startFixtureServer();
const headless = !process.env.DISPLAY;
const { context } = await launchWithExtension(TEST_BUILD_DIR, { headless });

try {
  if (headless) await screenshotEveryFixture();
  else await browseInteractively();
} finally {
  await context.close().catch(() => {});
  await server.close();
}

async function screenshotEveryFixture(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const fixtures = await readFixtureManifest();
  const problems: string[] = [];
  for (const fixture of fixtures) {
    const page = await context.newPage();
    await page.goto(new URL(fixture.path, server.url).href);
    const shown = await waitForPanels(page, fixture);
    if (!shown) problems.push(`${fixture.id}: the panel did not appear within 10 s`);
    const file = join(outDir, `${fixture.id}.png`);
    await page.screenshot({ path: file });
    console.log(`  ${shown ? '✓' : '✗'} ${fixture.id.padEnd(20)} ${file}`);
    await page.close();
  }
  console.log(`\nScreenshots of ${fixtures.length} fixture pages with the extension's panel are in ${outDir}/`);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

/** Waits until as many panels are on the page (in any frame) as the fixture's manifest expects. */
async function waitForPanels(page: Page, fixture: AlmaFixture): Promise<boolean> {
  const expected = fixture.expect.filter((frame) => !NO_PANEL.has(frame.kind)).length;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const counts = await Promise.all(
      page.frames().map((frame) =>
        frame
          .locator(PANEL_HOST)
          .count()
          .catch(() => 0),
      ),
    );
    if (counts.reduce((sum, count) => sum + count, 0) >= expected) return true;
    await page.waitForTimeout(200);
  }
  return false;
}

async function browseInteractively(): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  console.log(
    `Chromium is open on ${server.url} with the test build loaded. Close the window or press Ctrl+C to stop.`,
  );
  await new Promise<void>((done) => {
    context.on('close', () => done());
    process.once('SIGINT', () => done());
  });
}
