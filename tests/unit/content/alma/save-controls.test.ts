import { afterEach, describe, expect, it } from 'vitest';
import { isBarcodeEnter, isSaveControl, isSaveShortcut } from '../../../../content/alma/save-controls';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('isSaveControl', () => {
  it('recognises the save controls of the new and old editors and legacy pages, and what is inside them', () => {
    document.body.innerHTML = `
      <button id="MenuItem_menu_records_save"><span class="menu-label">Save</span></button>
      <button id="save_dropdown">v</button>
      <button id="SubMenuItem_menu_records_saveAndRelease">Save and release</button>
      <i id="MenuIconBar.saveRecordImage"></i>
      <button id="PAGE_BUTTONS_save_and_continue">Save</button>
      <button id="MenuItem_menu_records_addInventory">Add inventory</button>
      <button id="PAGE_BUTTONS_cbuttonsave">Save</button>
      <button id="PAGE_BUTTONS_cbuttonsaveConfirmation">Save</button>
      <button id="PAGE_BUTTONS_cresource_editorpitem_generalsave_and_edit">Save and continue</button>
      <button id="MenuItem_menu_records_viewRelatedData">Related data</button>
      <button id="SubMenuItem_menu_records_viewRelatedData_viewVersions">Versions</button>`;
    const hits = [
      '#MenuItem_menu_records_save .menu-label',
      '#save_dropdown',
      '#SubMenuItem_menu_records_saveAndRelease',
      '[id="MenuIconBar.saveRecordImage"]',
      '#PAGE_BUTTONS_save_and_continue',
      '#MenuItem_menu_records_addInventory',
      '#PAGE_BUTTONS_cbuttonsave',
      '#PAGE_BUTTONS_cbuttonsaveConfirmation',
      '#PAGE_BUTTONS_cresource_editorpitem_generalsave_and_edit',
    ];
    for (const selector of hits) expect(isSaveControl(document.querySelector(selector)), selector).toBe(true);
    // Other menus of the wrapper are not saves (CABB's Versions entry shares the sub-menu id pattern).
    expect(isSaveControl(document.querySelector('#MenuItem_menu_records_viewRelatedData'))).toBe(false);
    expect(isSaveControl(document.querySelector('#SubMenuItem_menu_records_viewRelatedData_viewVersions'))).toBe(false);
    expect(isSaveControl(null)).toBe(false);
  });
});

describe('isSaveShortcut', () => {
  it('is Ctrl+S, Ctrl+Alt+S or Ctrl+Alt+R (Cmd for Ctrl on a Mac)', () => {
    const key = (code: string, extra: KeyboardEventInit = {}) =>
      new KeyboardEvent('keydown', { code, ctrlKey: true, altKey: true, ...extra });
    expect(isSaveShortcut(key('KeyS'))).toBe(true);
    expect(isSaveShortcut(key('KeyR'))).toBe(true);
    expect(isSaveShortcut(key('KeyS', { altKey: false }))).toBe(true);
    expect(isSaveShortcut(key('KeyS', { altKey: false, ctrlKey: false, metaKey: true }))).toBe(true);
    expect(isSaveShortcut(key('KeyS', { shiftKey: true }))).toBe(false);
    expect(isSaveShortcut(key('KeyS', { ctrlKey: false, altKey: false }))).toBe(false);
    // Ctrl+R alone reloads the page; only Ctrl+Alt+R is Save and Release.
    expect(isSaveShortcut(key('KeyR', { altKey: false }))).toBe(false);
    expect(isSaveShortcut(key('KeyV'))).toBe(false);
  });
});

describe('isBarcodeEnter', () => {
  it("is Enter in the item editor's barcode box (id or name form), not elsewhere and not while composing", () => {
    document.body.innerHTML = `
      <input id="pageBeanitemMddnxphysicalItemTablebarcode">
      <input id="renamed" name="pageBean.itemMd.dnx.physicalItemTable.barcode">
      <input id="pageBeanitemMddnxphysicalItemTablecopyId">`;
    const press = (id: string, init: KeyboardEventInit = {}): boolean => {
      let result = false;
      const target = document.getElementById(id)!;
      target.addEventListener('keydown', (event) => (result = isBarcodeEnter(event)), { once: true });
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, ...init }));
      return result;
    };
    expect(press('pageBeanitemMddnxphysicalItemTablebarcode')).toBe(true);
    expect(press('renamed')).toBe(true);
    expect(press('pageBeanitemMddnxphysicalItemTablecopyId')).toBe(false);
    expect(press('pageBeanitemMddnxphysicalItemTablebarcode', { key: 'Tab' })).toBe(false);
    expect(press('pageBeanitemMddnxphysicalItemTablebarcode', { isComposing: true })).toBe(false);
  });
});
