import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openCompanionDb } from '../../../lib/db/companion-db';
import { addWorklistEntry, updateWorklistEntry } from '../../../lib/db/worklist-store';
import { describableTab, tabIdFromSearch } from '../../../lib/popup/target-tab';
import { countPendingWorklist } from '../../../lib/popup/worklist-count';

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

describe('countPendingWorklist', () => {
  it('counts only entries still to be done', async () => {
    const db = await openCompanionDb(`popup-count-${Math.random()}`);
    const entry = (oclcNumber: string) => ({ oclcNumber, action: 'set' as const, mmsId: '991', title: 'T', reason: 'first item' });
    expect(await countPendingWorklist(db)).toBe(0);
    await addWorklistEntry(db, entry('111'));
    const second = await addWorklistEntry(db, entry('222'));
    await addWorklistEntry(db, entry('333'));
    await updateWorklistEntry(db, second.outcome.entry.id, { status: 'done' });
    expect(await countPendingWorklist(db)).toBe(2);
    db.close();
  });
});
