/**
 * The findings panel's keyboard shortcuts are manifest `commands` (wxt.config.ts), so each cataloger can
 * rebind them (chrome://extensions/shortcuts, edge://extensions/shortcuts, Firefox: Manage Extension
 * Shortcuts). The browser catches the keys before any page does; the background forwards each command to
 * the tab's frames (extension/commands.ts) and the panel of the frame that has one reacts.
 *
 * They used to be Alt+Shift+F/J/K listeners on the page: Alt+Shift is Windows' input-language switch and
 * Firefox's access-key modifier, and nobody could change them. Those listeners are gone; Escape inside the
 * panel still hides it (a key of the panel itself, not a shortcut).
 */

export type ShortcutAction = 'toggle-panel' | 'next-finding' | 'previous-finding';

export const SHORTCUT_ACTIONS: readonly ShortcutAction[] = ['toggle-panel', 'next-finding', 'previous-finding'];

export function isShortcutAction(value: unknown): value is ShortcutAction {
  return SHORTCUT_ACTIONS.includes(value as ShortcutAction);
}

/**
 * The default keys (the manifest's suggested_key). Not Alma's (Alt+I, Ctrl+S, Ctrl+Alt+S/R/M/V, Alt+Shift+R),
 * not Alt+Shift (input-language switch, Firefox access keys), not Ctrl+Alt (AltGr on European keyboards types
 * characters), and not a Ctrl+Shift letter Chrome, Edge or Firefox already use (B, D, I, J, K, M, N, O, P, R,
 * T, W, Y, Delete…) nor Ctrl+Shift+U (Linux Unicode input) or Ctrl+Shift+Comma (Edge's vertical tabs).
 * On macOS the Control key (MacCtrl): Command+Shift+F is Chrome's toolbar toggle there.
 */
export const DEFAULT_SHORTCUT_KEYS: Readonly<Record<ShortcutAction, { default: string; mac: string }>> = {
  'toggle-panel': { default: 'Ctrl+Shift+F', mac: 'MacCtrl+Shift+F' },
  'next-finding': { default: 'Ctrl+Shift+2', mac: 'MacCtrl+Shift+2' },
  'previous-finding': { default: 'Ctrl+Shift+1', mac: 'MacCtrl+Shift+1' },
};

/** A command with the keys the browser binds to it now; '' when the cataloger removed the binding. */
export interface ShortcutBinding {
  action: ShortcutAction;
  keys: string;
}
