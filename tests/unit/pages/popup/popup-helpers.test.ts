import { describe, expect, it } from 'vitest';
import { describableTab, tabIdFromSearch } from '../../../../pages/popup/target-tab';

describe('target tab', () => {
  it('reads ?tab=<id> and ignores anything else', () => {
    expect(tabIdFromSearch('?tab=42')).toBe(42);
    expect(tabIdFromSearch('?tab=4x2')).toBeNull();
    expect(tabIdFromSearch('')).toBeNull();
  });

  it('describes the active tab unless it is an extension page', () => {
    const origin = 'chrome-extension://abc/';
    expect(describableTab([{ id: 5, url: 'https://x.alma.exlibrisgroup.com/rep/yards.jsp' }], origin)).toBe(5);
    expect(describableTab([{ id: 5 }], origin)).toBe(5); // no tabs permission: no url, still ask the tab
    expect(describableTab([{ id: 6, url: 'chrome-extension://abc/options.html' }], origin)).toBeNull();
    expect(describableTab([], origin)).toBeNull();
  });
});
