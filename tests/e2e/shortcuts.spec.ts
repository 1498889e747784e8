import { expect, test } from './fixtures';
import { openEditor } from './live-support/panel';
import { runCommand } from './support/commands';

/**
 * The panel's shortcuts are browser commands (content/live/shortcuts.ts): declared in the manifest with
 * rebindable defaults, caught by the browser, forwarded by the background to the tab's frames. These tests
 * go through that path (the onCommand handler in the service worker) and check the panel reacts and shows
 * the keys in force.
 */
const url = (server: { url: string }, path: string): string => new URL(path, server.url).href;

test('the footer shows the keys the browser binds to the three commands', async ({ page, server }) => {
  const { panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  const shortcuts = panel.getByTestId('shortcut');
  await expect(shortcuts).toHaveText([
    'Ctrl+Shift+F show or hide the panel',
    'Ctrl+Shift+2 next finding',
    'Ctrl+Shift+1 previous finding',
  ]);
  await expect(panel.getByTestId('findings-toggle')).toHaveAttribute('title', 'Hide (Ctrl+Shift+F or Escape)');
});

test('commands from the background: toggle the panel, next and previous finding', async ({
  extension,
  page,
  server,
}) => {
  const { panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  await runCommand(extension, page, 'next-finding');
  const current = panel.locator('[data-testid="finding"][aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('data-tag', 'LDR');
  const first = await current.getAttribute('data-finding-id');
  await runCommand(extension, page, 'next-finding');
  await expect(current).not.toHaveAttribute('data-finding-id', first ?? '');
  await runCommand(extension, page, 'previous-finding');
  await expect(current).toHaveAttribute('data-finding-id', first ?? '');
  await expect(panel.getByTestId('status-text')).toContainText('Finding 1 of');

  await runCommand(extension, page, 'toggle-panel');
  await expect(panel).toHaveAttribute('data-expanded', 'false');
  await runCommand(extension, page, 'toggle-panel');
  await expect(panel).toHaveAttribute('data-expanded', 'true');
  await expect(panel.getByTestId('findings-toggle')).toBeFocused();
});

test('the old Alt+Shift keys no longer do anything (they clash with input-language switching)', async ({
  page,
  server,
}) => {
  const { panel } = await openEditor(page, url(server, 'mde-errors/top.html'));
  await page.keyboard.press('Alt+Shift+F');
  await page.keyboard.press('Alt+Shift+J');
  await page.waitForTimeout(300);
  await expect(panel).toHaveAttribute('data-expanded', 'true');
  await expect(panel.locator('[aria-current="true"]')).toHaveCount(0);
});
