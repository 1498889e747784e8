/**
 * Keyboard shortcuts of the findings panel. Alma takes Ctrl+Alt+letters (save Ctrl+Alt+S, release
 * Ctrl+Alt+R, view in search Ctrl+Alt+V, open the MDE Ctrl+Alt+M) and Alt+Shift+R (release record), and the
 * browsers take most Ctrl+Shift+letters, so ours are Alt+Shift with letters neither uses. Matched on the
 * physical key (KeyboardEvent.code): on macOS, Option+Shift+letter types a symbol instead of the letter.
 */

export type ShortcutAction = 'toggle-panel' | 'next-finding' | 'previous-finding';

export interface Shortcut {
  action: ShortcutAction;
  code: string;
  /** As shown to people. */
  label: string;
  description: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'toggle-panel', code: 'KeyF', label: 'Alt+Shift+F', description: 'Show or hide the findings panel' },
  { action: 'next-finding', code: 'KeyJ', label: 'Alt+Shift+J', description: 'Go to the next finding' },
  { action: 'previous-finding', code: 'KeyK', label: 'Alt+Shift+K', description: 'Go to the previous finding' },
];

export function shortcutOf(
  event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>,
): ShortcutAction | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return SHORTCUTS.find((shortcut) => shortcut.code === event.code)?.action ?? null;
}
