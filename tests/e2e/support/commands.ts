import type { Page, Worker } from '@playwright/test';
import type { ExtensionBrowser } from './extension-browser';
import type { ShortcutAction } from '../../../content/live/shortcuts';

/** The extension's service worker now (Chrome restarts it after idling; the last one is the live one). */
async function serviceWorker(extension: ExtensionBrowser): Promise<Worker> {
  const ours = () =>
    extension.context
      .serviceWorkers()
      .filter((worker) => worker.url().startsWith(`chrome-extension://${extension.extensionId}/`));
  return ours().at(-1) ?? (await extension.context.waitForEvent('serviceworker'));
}

/**
 * Runs a keyboard command as the browser does when its keys are pressed. Headless Chromium cannot press
 * browser-level shortcuts (manifest `commands`), so this calls, in the service worker, the same handler
 * browser.commands.onCommand calls (the test build exposes it: entrypoints/background.ts), without a tab,
 * so it goes to the active tab, which `page` is made first.
 */
export async function runCommand(extension: ExtensionBrowser, page: Page, command: ShortcutAction): Promise<void> {
  await page.bringToFront();
  const worker = await serviceWorker(extension);
  await worker.evaluate(async (name) => {
    const handler = (globalThis as unknown as { almaCompanionOnCommand?: (command: string) => Promise<void> })
      .almaCompanionOnCommand;
    if (!handler) throw new Error('almaCompanionOnCommand is missing: is this the test build (npm run build:test)?');
    await handler(name);
  }, command);
}

/**
 * Sets the worker's live time budget (background/validation-handler.ts LIVE_BUDGET_MS; the test build exposes
 * it: entrypoints/background.ts), so a test of the budget note does not depend on how fast this machine checks
 * a record. It holds until the worker restarts.
 */
export async function setLiveBudget(extension: ExtensionBrowser, ms: number): Promise<void> {
  const worker = await serviceWorker(extension);
  await worker.evaluate((value) => {
    const budget = (globalThis as unknown as { almaCompanionLiveBudget?: { ms: number } }).almaCompanionLiveBudget;
    if (!budget) throw new Error('almaCompanionLiveBudget is missing: is this the test build (npm run build:test)?');
    budget.ms = value;
  }, ms);
}
