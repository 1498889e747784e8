import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { ExtensionBrowser } from '../support/extension-browser';

/** Helpers of the live-validation specs: the panel as a cataloger sees it, and what the engine expects. */

export const GRID = ['yardsNgWrapper', 'yards_iframe'] as const;
export const WRAPPER = ['yardsNgWrapper'] as const;

export interface ShownFinding {
  ruleId: string;
  severity: string;
  tag: string;
  message: string;
}

export interface PanelFinding extends ShownFinding {
  isNew: boolean;
}

const tsx = (script: string, args: string[]): string =>
  execFileSync('npx', ['tsx', join(import.meta.dirname, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });

const expectedCache = new Map<string, Array<{ pane: string; findings: ShownFinding[] }>>();

/** What lib/rules reports for each pane of a fixture grid (computed in Node, see expected-findings.ts). */
export function expectedFindings(
  gridPath: string,
  settings?: unknown,
): Array<{ pane: string; findings: ShownFinding[] }> {
  const key = `${gridPath}|${JSON.stringify(settings ?? null)}`;
  let panes = expectedCache.get(key);
  if (!panes) {
    const args = [gridPath];
    if (settings) {
      const file = join(mkdtempSync(join(tmpdir(), 'acc-settings-')), 'settings.json');
      writeFileSync(file, JSON.stringify(settings));
      args.push(file);
    }
    panes = JSON.parse(tsx('expected-findings.ts', args)) as Array<{ pane: string; findings: ShownFinding[] }>;
    expectedCache.set(key, panes);
  }
  return panes;
}

/** Default settings, optionally with a preset profile, as the options page would store them. */
export function defaultSettings(preset?: string): Record<string, unknown> {
  return JSON.parse(tsx('print-settings.ts', preset ? [preset] : [])) as Record<string, unknown>;
}

/** Stores settings the way WXT's storage item does (value plus version metadata); every tab reacts. */
export async function storeSettings(extension: ExtensionBrowser, settings: unknown): Promise<void> {
  const worker = extension.context.serviceWorkers()[0];
  if (!worker) throw new Error('no extension service worker');
  await worker.evaluate(async (value) => {
    await (globalThis as unknown as ChromeStorage).chrome.storage.local.set({ settings: value, settings$: { v: 2 } });
  }, settings);
}

export async function clearSettings(extension: ExtensionBrowser): Promise<void> {
  await extension.context.serviceWorkers()[0]?.evaluate(async () => {
    await (globalThis as unknown as ChromeStorage).chrome.storage.local.remove(['settings', 'settings$']);
  });
}

/** The part of the extension API the settings helpers use inside the service worker. */
interface ChromeStorage {
  chrome: { storage: { local: { set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } } };
}

export const sortFindings = <T extends ShownFinding>(list: T[]): T[] =>
  [...list].sort((a, b) => `${a.ruleId}|${a.tag}|${a.message}`.localeCompare(`${b.ruleId}|${b.tag}|${b.message}`));

/** Opens every collapsed "inherited" group, then reads every finding the panel lists. */
export async function panelFindings(scope: Locator): Promise<PanelFinding[]> {
  const toggles = scope.locator('[data-testid="inherited-toggle"][aria-expanded="false"]');
  while ((await toggles.count()) > 0) await toggles.first().click();
  return scope.getByTestId('finding').evaluateAll((items) =>
    items.map((item) => ({
      ruleId: item.getAttribute('data-rule') ?? '',
      severity: item.getAttribute('data-severity') ?? '',
      tag: item.getAttribute('data-tag') ?? '',
      message: item.querySelector('[data-testid="message"]')?.textContent ?? '',
      isNew: item.getAttribute('data-new') === 'true',
    })),
  );
}

export const withoutNew = (list: PanelFinding[]): ShownFinding[] => list.map(({ isNew: _, ...finding }) => finding);

/** The panel of the grid frame, once it has checked the record at least once. */
export async function openEditor(page: Page, url: string): Promise<{ grid: FrameLocator; panel: Locator }> {
  await page.goto(url);
  let scope: Page | FrameLocator = page;
  for (const id of GRID) scope = scope.frameLocator(`iframe[id="${id}"]`);
  const grid = scope as FrameLocator;
  const panel = grid.getByTestId('findings-panel');
  await expect(panel).toHaveAttribute('data-revision', /[1-9]/);
  return { grid, panel };
}

/** Resolves once the panel has re-checked the page after `action` (its revision moved on). */
export async function afterRecheck(panel: Locator, action: () => Promise<void>): Promise<void> {
  const before = Number(await panel.getAttribute('data-revision'));
  await action();
  await expect.poll(async () => Number(await panel.getAttribute('data-revision'))).toBeGreaterThan(before);
}

/** The grid row (tr) holding the field with this tag, `occurrence` 0-based among that tag's rows. */
export function row(grid: FrameLocator, tag: string, occurrence = 0): Locator {
  return grid.locator(`tr:has(> td > input[id^="FieldTagBox.tag.${tag}."])`).nth(occurrence);
}

export const textOf = (rowLocator: Locator): Locator =>
  rowLocator.locator('div[id^="MarcEditorPresenter.textArea"] textarea');
export const markerOf = (rowLocator: Locator): Locator => rowLocator.locator('.acc-marker');
