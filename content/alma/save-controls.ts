import { matchesAny, type SelectorAlternatives } from './query';
import { ITEM_EDITOR_FIELDS } from './selectors';

/**
 * What saves a record or item in Alma, for the save reminder (which only listens: it never prevents or
 * delays the save). Kept apart from selectors.ts because only the reminder uses them; same conventions, one
 * `Evidence:` line per entry (docs/alma-evidence.md §5, §9.6).
 */
export const SAVE_CONTROLS = {
  /**
   * New MDE wrapper: the Save menu item.
   * Evidence: confirmed — L (TU lAma content script, after the 2022 layout) (docs/alma-evidence.md §5)
   */
  mdeSave: ['#MenuItem_menu_records_save'],
  /**
   * New MDE wrapper: the save split button that opens the save menu.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §5)
   */
  mdeSaveDropdown: ['#save_dropdown'],
  /**
   * Entries of the save menu, among them "Save and Release Record": the id is not public, only the
   * `SubMenuItem_menu_records_<menu>_<entry>` pattern, so any save sub-entry matches.
   * Evidence: assumed — pattern from CABB 2026-03; Save and Release's own id not public (docs/alma-evidence.md §2.5)
   */
  mdeSaveSubMenu: ['[id^="SubMenuItem_menu_records_save"]'],
  /**
   * New MDE wrapper: Add Inventory saves the record before the inventory is added.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §5)
   */
  mdeAddInventory: ['#MenuItem_menu_records_addInventory'],
  /**
   * Old MDE toolbar's save icon.
   * Evidence: confirmed — T (Technion extension, pre-2021) (docs/alma-evidence.md §5)
   */
  oldMdeSave: ['[id="MenuIconBar.saveRecordImage"]'],
  /**
   * Item editor: Save ("saves and quits").
   * Evidence: confirmed — AP (Alban-Peyrat bookmarklets, 2022-04) (docs/alma-evidence.md §9.6)
   */
  itemSave: ['#PAGE_BUTTONS_cbuttonsave'],
  /**
   * Item editor: Save with confirmation.
   * Evidence: confirmed — FU (FU Berlin userscripts) (docs/alma-evidence.md §9.6)
   */
  itemSaveConfirmation: ['#PAGE_BUTTONS_cbuttonsaveConfirmation'],
  /**
   * Item editor: Save and continue editing.
   * Evidence: confirmed — Lt (lAma item template, after 2022) (docs/alma-evidence.md §9.6)
   */
  itemSaveAndEdit: ['#PAGE_BUTTONS_cresource_editorpitem_generalsave_and_edit'],
  /**
   * Legacy pages' "save and continue", and other save buttons sharing the prefixes (the prefixes assumed).
   * Evidence: refined — L (after 2022: #PAGE_BUTTONS_save_and_continue) (docs/alma-evidence.md §9.6)
   */
  legacySave: ['[id^="PAGE_BUTTONS_save"]', '[id^="PAGE_BUTTONS_cbuttonsave"]'],
} as const satisfies Record<string, SelectorAlternatives>;

const ALL_SAVE_SELECTORS: readonly string[] = Object.values(SAVE_CONTROLS).flat();

/** Whether a click on `target` hits one of Alma's save controls (or something inside one). */
export function isSaveControl(target: EventTarget | null): boolean {
  const element = target as Element | null;
  if (!element || typeof element.closest !== 'function') return false;
  return ALL_SAVE_SELECTORS.some((selector) => {
    try {
      return element.closest(selector) !== null;
    } catch {
      return false;
    }
  });
}

/**
 * Alma's save shortcuts: Ctrl+S, Ctrl+Alt+S (save) and Ctrl+Alt+R (save and release), all hooked by TU lAma;
 * Ctrl+Alt+R is in the library guides (docs/alma-evidence.md §5). Matched on the physical key, as Alma's own
 * handlers do; Cmd stands for Ctrl on a Mac.
 */
export function isSaveShortcut(event: KeyboardEvent): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.shiftKey) return false;
  if (event.code === 'KeyS') return true;
  return event.altKey && event.code === 'KeyR';
}

/**
 * Enter in the item editor's barcode box saves and closes the item: a barcode scanner ends each scan with Enter
 * (Berkeley's item procedure, docs/alma-evidence.md §9.6). Enter while an input method is composing is not a save.
 */
export function isBarcodeEnter(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' || event.isComposing) return false;
  const target = event.target as Element | null;
  return typeof target?.matches === 'function' && matchesAny(target, ITEM_EDITOR_FIELDS.barcode.input);
}

/**
 * Calls `onSave` whenever the cataloger saves on this page: a click on a save control, a save shortcut, or a
 * scanner's Enter in the barcode box. The listeners are passive and capture-phase and prevent nothing, so the
 * save itself is never stopped or delayed; they go when `signal` aborts.
 */
export function listenForSaves(doc: Document, onSave: () => void, signal: AbortSignal): void {
  const options = { capture: true, passive: true, signal };
  doc.addEventListener('click', (event) => isSaveControl(event.target) && onSave(), options);
  doc.addEventListener('keydown', (event) => (isSaveShortcut(event) || isBarcodeEnter(event)) && onSave(), options);
}
