import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../scripts/serve-fixtures';
import { launchWithExtension, TEST_BUILD_DIR, type ExtensionBrowser } from './support/extension-browser';
import { collectPageErrors } from './support/page-errors';

/**
 * OCLC holdings reminders and the worklist on the Alma-like fixtures (issue 5). The bib of mde-oclc has
 * 035 (OCoLC)1929242 and one item; each test starts from a fresh browser profile so the memory of
 * earlier pages holds only what the test showed it.
 */
const OCLC_NUMBER = '1929242';
const MMS_ID = '990000001706532';

const test = base.extend<{ extension: ExtensionBrowser; errors: string[] }, { server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: async ({}, use) => {
    const browser = await launchWithExtension(TEST_BUILD_DIR);
    await use(browser);
    await browser.context.close();
  },
  page: async ({ extension, errors }, use) => {
    const page = await extension.context.newPage();
    watchErrors(page, errors);
    await use(page);
  },
  errors: [
    async ({}, use) => {
      const errors: string[] = [];
      await use(errors);
      expect(errors, 'uncaught exceptions or logged feature errors on any page').toEqual([]);
    },
    { auto: true },
  ],
});

test.describe.configure({ timeout: 150_000 });

/** Page errors of every page a test opens end up in one list, checked after the test. */
function watchErrors(page: Page, into: string[]): void {
  const errors = collectPageErrors(page);
  page.on('close', () => into.push(...errors));
}

/**
 * Waits until the background has recorded the page: the next page is compared with it, so moving on
 * before that would test nothing. Reads the page memory the background keeps in storage.session.
 */
async function waitUntilObserved(
  context: BrowserContext,
  expected: { kind: string; withdrawDialog?: string },
): Promise<void> {
  await expect
    .poll(
      async () => {
        const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
        return worker.evaluate(async () => {
          const storage = (
            globalThis as unknown as {
              chrome: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
            }
          ).chrome.storage;
          // The background stores its memory as one JSON string (background/session-store.ts).
          const stored = (await storage.session.get('pageMemory')).pageMemory;
          const memory = (typeof stored === 'string' ? JSON.parse(stored) : stored) as
            | { tabs?: Record<string, { previous?: { kind: string; withdrawDialog?: string } | null }> }
            | undefined;
          return Object.values(memory?.tabs ?? {}).map(
            (tab) => `${tab.previous?.kind}|${tab.previous?.withdrawDialog ?? ''}`,
          );
        });
      },
      { timeout: 20_000 },
    )
    .toContain(`${expected.kind}|${expected.withdrawDialog ?? ''}`);
}

async function visit(
  page: Page,
  server: FixtureServer,
  path: string,
  expected: { kind: string; withdrawDialog?: string },
): Promise<void> {
  await page.goto(new URL(path, server.url).href);
  await waitUntilObserved(page.context(), expected);
}

/** Opens the bib, its items list and the withdraw confirmation, then confirms: the last-item question follows. */
async function withdrawTheOnlyItem(page: Page, server: FixtureServer): Promise<void> {
  await visit(page, server, 'mde-oclc/top.html', { kind: 'mde-bib' });
  await visit(page, server, 'items-list-oclc/index.html', { kind: 'items-list' });
  await visit(page, server, 'withdraw-confirm-oclc/index.html', { kind: 'withdraw-dialog', withdrawDialog: 'confirm' });
  await expect(page.getByTestId('oclc-reminder')).toHaveCount(0);
  await page.getByRole('link', { name: 'Confirm' }).click();
  await page.waitForURL(/withdraw-last-item-oclc/);
}

const reminder = (page: Page, action: 'set' | 'delete') =>
  page.locator(`[data-testid="oclc-reminder"][data-action="${action}"][data-mms-id="${MMS_ID}"]`);

async function openWorklist(extension: ExtensionBrowser, errors: string[]): Promise<Page> {
  const page = await extension.context.newPage();
  watchErrors(page, errors);
  await page.goto(`chrome-extension://${extension.extensionId}/worklist.html`);
  await expect(page.getByRole('heading', { name: 'OCLC holdings worklist' })).toBeVisible();
  return page;
}

async function showAll(worklist: Page): Promise<void> {
  await worklist.getByRole('radio', { name: /^All/ }).check();
}

test('withdrawing the last item of an OCLC-numbered bib reminds to delete the holding; adding twice keeps one entry', async ({
  page,
  server,
  extension,
  errors,
}) => {
  await withdrawTheOnlyItem(page, server);
  const card = reminder(page, 'delete');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('oclc-number')).toHaveText(`OCLC #${OCLC_NUMBER}`);
  await expect(card.getByTestId('oclc-reason')).toContainText('The last item was withdrawn');
  // Every item of the bib was seen on the list, so nothing is left to ask.
  await expect(card.getByTestId('oclc-question')).toHaveCount(0);
  await expect(card.getByRole('link', { name: /Open in WorldCat/ })).toHaveAttribute(
    'href',
    `https://search.worldcat.org/title/${OCLC_NUMBER}`,
  );

  await card.getByTestId('add-to-worklist').click();
  await expect(card.getByTestId('reminder-status')).toHaveText('Added to the OCLC worklist.');
  await card.getByTestId('add-to-worklist').click();
  await expect(card.getByTestId('reminder-status')).toHaveText(/Already on the worklist: merged/);

  const worklist = await openWorklist(extension, errors);
  const entries = worklist.getByTestId('worklist-entry');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toHaveAttribute('data-oclc-number', OCLC_NUMBER);
  await expect(entries.first()).toHaveAttribute('data-action', 'delete');
  await expect(entries.first()).toHaveAttribute('data-status', 'pending');
  await showAll(worklist);
  await expect(entries).toHaveCount(1);
  await worklist.close();
});

test('the exported number files hold the expected numbers', async ({ page, server, extension, errors }) => {
  await withdrawTheOnlyItem(page, server);
  await reminder(page, 'delete').getByTestId('add-to-worklist').click();
  await expect(reminder(page, 'delete').getByTestId('reminder-status')).toHaveText('Added to the OCLC worklist.');

  const worklist = await openWorklist(extension, errors);
  await expect(worklist.getByTestId('worklist-entry')).toHaveCount(1);
  const files = worklist.getByTestId('export-file');
  // Connexion and Record Manager: one delete file each (no "set" entries); plus the CSV.
  await expect(files).toHaveCount(3);
  const download = async (tool: string): Promise<{ name: string; text: string }> => {
    const [file] = await Promise.all([
      worklist.waitForEvent('download'),
      worklist.locator(`[data-testid="export-file"][data-tool="${tool}"]`).click(),
    ]);
    const path = await file.path();
    return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
  };
  const connexion = await download('connexion');
  expect(connexion.name).toBe('oclc-delete-holdings-connexion.txt');
  expect(connexion.text).toBe(`${OCLC_NUMBER}\n`);
  const recordManager = await download('record-manager');
  expect(recordManager.text).toBe(`${OCLC_NUMBER}\n`);
  const csv = await download('csv');
  const lines = csv.text.trimEnd().split('\r\n');
  expect(lines[0]).toBe('oclcNumber,action,status,mmsId,title,reason,createdAt,note,id');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(new RegExp(`^${OCLC_NUMBER},delete,pending,${MMS_ID},`));

  // Marked done, the entry leaves the number files.
  await worklist.getByRole('button', { name: `Mark done for OCLC #${OCLC_NUMBER}` }).click();
  await expect(worklist.getByTestId('worklist-message')).toContainText('is now done');
  await expect(worklist.locator('[data-testid="export-file"][data-tool="connexion"]')).toHaveCount(0);
  await worklist.close();
});

test('a set and then a delete of the same number cancel out', async ({ page, server, extension, errors }) => {
  // The first item: created in the editor, then seen on the bib's complete list.
  await visit(page, server, 'mde-oclc/top.html', { kind: 'mde-bib' });
  await visit(page, server, 'item-editor-new-oclc/index.html', { kind: 'item-editor' });
  await page.goto(new URL('items-list-oclc/index.html', server.url).href);
  const set = reminder(page, 'set');
  await expect(set).toBeVisible();
  await expect(set.getByTestId('oclc-reason')).toContainText('The first item was added');
  await set.getByTestId('add-to-worklist').click();
  await expect(set.getByTestId('reminder-status')).toHaveText('Added to the OCLC worklist.');

  // Then it is withdrawn again.
  await visit(page, server, 'withdraw-confirm-oclc/index.html', { kind: 'withdraw-dialog', withdrawDialog: 'confirm' });
  await page.getByRole('link', { name: 'Confirm' }).click();
  const del = reminder(page, 'delete');
  await expect(del).toBeVisible();
  // The newer reminder replaced the older one for the same bib.
  await expect(page.getByTestId('oclc-reminder')).toHaveCount(1);
  await del.getByTestId('add-to-worklist').click();
  await expect(del.getByTestId('reminder-status')).toHaveText(/both are cancelled/);

  const worklist = await openWorklist(extension, errors);
  await expect(worklist.getByTestId('worklist-entry')).toHaveCount(0);
  await expect(worklist.getByTestId('worklist-empty')).toBeVisible();
  await expect(worklist.getByTestId('export-file')).toHaveCount(1); // only the CSV: nothing pending to send
  await showAll(worklist);
  const entries = worklist.getByTestId('worklist-entry');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toHaveAttribute('data-action', 'set');
  await expect(entries.first()).toHaveAttribute('data-status', 'removed');
  await expect(entries.first()).toContainText('Cancelled');
  await worklist.close();
});

test('the worklist survives a restart of the browser', async ({ server }) => {
  const profile = mkdtempSync(join(tmpdir(), 'alma-companion-profile-'));
  const errors: string[] = [];
  try {
    const first = await launchWithExtension(TEST_BUILD_DIR, { userDataDir: profile });
    try {
      const page = await first.context.newPage();
      watchErrors(page, errors);
      await withdrawTheOnlyItem(page, server);
      await reminder(page, 'delete').getByTestId('add-to-worklist').click();
      await expect(reminder(page, 'delete').getByTestId('reminder-status')).toHaveText('Added to the OCLC worklist.');
      await page.close();
    } finally {
      await first.context.close();
    }

    const second = await launchWithExtension(TEST_BUILD_DIR, { userDataDir: profile });
    try {
      expect(second.extensionId).toBe(first.extensionId);
      const worklist = await openWorklist(second, errors);
      const entries = worklist.getByTestId('worklist-entry');
      await expect(entries).toHaveCount(1);
      await expect(entries.first()).toHaveAttribute('data-oclc-number', OCLC_NUMBER);
      await expect(entries.first()).toHaveAttribute('data-action', 'delete');
      await worklist.close();
    } finally {
      await second.context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  expect(errors).toEqual([]);
});
