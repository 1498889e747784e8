import { afterEach, describe, expect, it } from 'vitest';
import { isSaveControl, isSaveShortcut } from '../../../../content/alma/save-controls';

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
      <button id="MenuItem_menu_records_addInventory">Add inventory</button>`;
    const hits = [
      '#MenuItem_menu_records_save .menu-label',
      '#save_dropdown',
      '#SubMenuItem_menu_records_saveAndRelease',
      '[id="MenuIconBar.saveRecordImage"]',
      '#PAGE_BUTTONS_save_and_continue',
    ];
    for (const selector of hits) expect(isSaveControl(document.querySelector(selector)), selector).toBe(true);
    expect(isSaveControl(document.querySelector('#MenuItem_menu_records_addInventory'))).toBe(false);
    expect(isSaveControl(null)).toBe(false);
  });
});

describe('isSaveShortcut', () => {
  it('is Ctrl+Alt+S or Ctrl+Alt+R', () => {
    const key = (code: string, extra: KeyboardEventInit = {}) =>
      new KeyboardEvent('keydown', { code, ctrlKey: true, altKey: true, ...extra });
    expect(isSaveShortcut(key('KeyS'))).toBe(true);
    expect(isSaveShortcut(key('KeyR'))).toBe(true);
    expect(isSaveShortcut(key('KeyS', { shiftKey: true }))).toBe(false);
    expect(isSaveShortcut(key('KeyV'))).toBe(false);
  });
});
