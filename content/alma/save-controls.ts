import type { SelectorAlternatives } from './query';

/**
 * What saves a record or item in Alma, for the save reminder (which only listens: it never prevents or
 * delays the save). Kept apart from selectors.ts because only the reminder uses them; same conventions.
 */
export const SAVE_CONTROLS: SelectorAlternatives = [
  // New MDE wrapper frame: the Save menu item and the save split button (alma-dom.md §2.3, TU lAma).
  '#MenuItem_menu_records_save',
  '#save_dropdown',
  // Entries of the save dropdown ("Save and Release Record"): ASSUMED from the `SubMenuItem_menu_records_*`
  // pattern seen in CABB (alma-dom.md Part 2, 2026-03).
  '[id^="SubMenuItem_menu_records_save"]',
  // Old MDE toolbar (alma-dom.md §2.2, Technion).
  '[id="MenuIconBar.saveRecordImage"]',
  // Legacy pages such as the Physical Item Editor: #PAGE_BUTTONS_save_and_continue (alma-dom.md §2.4);
  // other save buttons ASSUMED to share the prefix.
  '[id^="PAGE_BUTTONS_save"]',
  '[id^="PAGE_BUTTONS_cbuttonsave"]',
];

/** Whether a click on `target` hits one of Alma's save controls (or something inside one). */
export function isSaveControl(target: EventTarget | null): boolean {
  const element = target as Element | null;
  if (!element || typeof element.closest !== 'function') return false;
  return SAVE_CONTROLS.some((selector) => {
    try {
      return element.closest(selector) !== null;
    } catch {
      return false;
    }
  });
}

/**
 * Alma's save shortcuts: Ctrl+Alt+S saves, Ctrl+Alt+R saves and releases (library guides and TU lAma,
 * alma-dom.md Part 2). Matched on the physical key, as Alma's own handlers do.
 */
export function isSaveShortcut(event: KeyboardEvent): boolean {
  return event.ctrlKey && event.altKey && !event.shiftKey && (event.code === 'KeyS' || event.code === 'KeyR');
}
