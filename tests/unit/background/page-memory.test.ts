import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../../lib/procedures/context';
import {
  PAGE_MEMORY_LIMITS,
  PAGE_MEMORY_RECORD_LIMITS,
  createPageMemoryState,
  dismissTabReminder,
  forgetTab,
  itemMemoryKey,
  observeTabPage,
  recallBibRecord,
  recallItemFields,
  forgetItemFields,
  rememberItemFields,
  restorePageMemoryState,
  tabReminders,
  type PageMemoryState,
} from '../../../background/page-memory';
import { SINGLE_BIB, item, page, row } from '../procedures/builders';

const MMS = '991000000029706531';
const COPY = { itemId: '231', barcode: 'B1' };

const bibPage = page({ kind: 'mde-bib', record: SINGLE_BIB, mmsId: MMS });
const fullList = (rows = [row({ ...COPY })]) =>
  page({ kind: 'items-list', mmsId: MMS, items: rows, itemsScope: 'bib', itemsTotal: rows.length });
const confirm = page({
  kind: 'withdraw-dialog',
  withdrawDialog: 'confirm',
  mmsId: MMS,
  items: [{ ...COPY, selected: true }],
});
const lastItem = page({ kind: 'withdraw-dialog', withdrawDialog: 'last-item', mmsId: MMS });

function run(pages: Array<[string, PageContext]>, state: PageMemoryState = createPageMemoryState()) {
  let reminders: ReturnType<typeof observeTabPage>['reminders'] = [];
  for (const [tab, context] of pages) ({ state, reminders } = observeTabPage(state, tab, context));
  return { state, reminders };
}

describe('observeTabPage', () => {
  it('reminds to delete the holding when the last item goes, certain when the whole list was seen', () => {
    const { reminders } = run([
      ['t1', bibPage],
      ['t1', fullList()],
      ['t1', confirm],
      ['t1', lastItem],
    ]);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      action: 'delete',
      oclcNumber: '987654321',
      mmsId: MMS,
      event: 'last-item-withdrawn',
      needsConfirmation: false,
    });
  });

  it('asks instead when the confirmation (which names the items) was not seen before the question', () => {
    const { reminders } = run([
      ['t1', bibPage],
      ['t1', fullList()],
      ['t1', lastItem],
    ]);
    expect(reminders).toEqual([expect.objectContaining({ action: 'delete', needsConfirmation: true })]);
  });

  it('compares each page with the previous page of the same tab only', () => {
    // The confirmation happened in tab 2: tab 1's question cannot tell which items left.
    const { reminders, state } = run([
      ['t1', bibPage],
      ['t1', fullList()],
      ['t2', confirm],
      ['t1', lastItem],
    ]);
    expect(reminders[0]?.needsConfirmation).toBe(true);
    expect(tabReminders(state, 't2')).toEqual([]);
  });

  it("keeps a tab's reminders across later pages until dismissed; a newer one for the same bib replaces it", () => {
    const set = run([
      ['t1', bibPage],
      ['t1', page({ kind: 'item-editor', item: item({ barcode: 'B1' }), itemIsNew: true, mmsId: MMS })],
      ['t1', fullList()],
    ]);
    expect(set.reminders).toEqual([
      expect.objectContaining({ action: 'set', event: 'first-item-added', needsConfirmation: false }),
    ]);
    const later = run([['t1', page({ kind: 'mde-bib', record: SINGLE_BIB, mmsId: MMS })]], set.state);
    expect(later.reminders).toEqual(set.reminders);

    const deleted = run(
      [
        ['t1', confirm],
        ['t1', lastItem],
      ],
      later.state,
    );
    expect(deleted.reminders.map((reminder) => reminder.action)).toEqual(['delete']);

    const dismissed = dismissTabReminder(deleted.state, 't1', { mmsId: MMS, action: 'delete' });
    expect(dismissed.reminders).toEqual([]);
    expect(tabReminders(dismissed.state, 't1')).toEqual([]);
    // Reloading the question does not bring it back: the same moment is not reminded twice.
    expect(run([['t1', lastItem]], dismissed.state).reminders).toEqual([]);
  });

  it('remembers the bib record per MMS ID for pages that show only the ID', () => {
    const { state } = run([['t1', bibPage]]);
    expect(recallBibRecord(state, MMS)).toEqual(SINGLE_BIB);
    expect(recallBibRecord(state, 'unknown')).toBeNull();
    expect(recallBibRecord(state, 'constructor')).toBeNull();
  });

  it('remembers the bib a grid shows, whichever tab asks for it later', () => {
    const { state } = observeTabPage(createPageMemoryState(), 't1', bibPage);
    expect(recallBibRecord(state, MMS)).toEqual(SINGLE_BIB);
    expect(recallBibRecord(state, '99999')).toBeNull();
  });

  it('keeps a pathological record bounded (the whole memory is written after every page), the rest intact', () => {
    const empties = Array.from({ length: 20_000 }, () => ({ code: 'a', value: '' }));
    const huge = {
      ...SINGLE_BIB,
      fields: SINGLE_BIB.fields.map((field) =>
        field.tag === '245' && 'subfields' in field ? { ...field, subfields: [...field.subfields, ...empties] } : field,
      ),
    };
    huge.fields.push({ tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: 'x'.repeat(50_000) }] });
    const { state } = run([['t1', page({ kind: 'mde-bib', record: huge, mmsId: MMS })]]);
    const remembered = recallBibRecord(state, MMS)!;
    const title = remembered.fields.find((field) => field.tag === '245');
    const note = remembered.fields.find((field) => field.tag === '500');
    expect(title && 'subfields' in title && title.subfields.length).toBe(PAGE_MEMORY_RECORD_LIMITS.subfields);
    expect(note && 'subfields' in note && note.subfields[0]!.value.length).toBe(PAGE_MEMORY_RECORD_LIMITS.characters);
    // What the memory is read for is unchanged: the other fields, the leader, the tab's previous page.
    expect(remembered.leader).toBe(SINGLE_BIB.leader);
    expect(remembered.fields.filter((field) => !['245', '500'].includes(field.tag))).toEqual(
      SINGLE_BIB.fields.filter((field) => field.tag !== '245'),
    );
    expect(state.tabs.t1?.previous?.record).toBe(remembered);
    expect(JSON.stringify(state).length).toBeLessThan(100_000);
    // A real record is kept as the very object seen.
    expect(recallBibRecord(run([['t1', bibPage]]).state, MMS)).toBe(SINGLE_BIB);
  });

  it('forgets one item (an unsaved item once saved) and keeps the others', () => {
    const unsaved = itemMemoryKey('tab:1', { itemId: null, mmsId: MMS });
    const saved = itemMemoryKey('tab:1', { itemId: '231', mmsId: MMS });
    const first = rememberItemFields(createPageMemoryState(), unsaved, { publicNote: 'first item' });
    const both = rememberItemFields(first.state, saved, { barcode: 'B1' });
    const after = forgetItemFields(both.state, unsaved);
    expect(recallItemFields(after, unsaved)).toBeNull();
    expect(recallItemFields(after, saved)).toEqual({ barcode: 'B1' });
    expect(forgetItemFields(after, unsaved)).toBe(after);
  });

  it('merges the fields each page of the item editor shows, keeping those a page does not show', () => {
    const key = itemMemoryKey('tab:1', { itemId: '231', mmsId: MMS });
    const general = rememberItemFields(createPageMemoryState(), key, { barcode: 'B1', description: 'v.1' });
    const notes = rememberItemFields(general.state, key, { publicNote: 'Missing p. 3', description: 'v.2' });
    expect(notes.fields).toEqual({ barcode: 'B1', description: 'v.2', publicNote: 'Missing p. 3' });
    expect(recallItemFields(notes.state, key)).toEqual(notes.fields);
    // The earlier state is untouched.
    expect(recallItemFields(general.state, key)).toEqual({ barcode: 'B1', description: 'v.1' });
    expect(recallItemFields(notes.state, 'item:other')).toBeNull();
  });

  it('keys a saved item by PID in every tab, an unsaved one by its tab and bib', () => {
    expect(itemMemoryKey('tab:1', { itemId: '231', mmsId: MMS })).toBe(
      itemMemoryKey('tab:2', { itemId: '231', mmsId: null }),
    );
    expect(itemMemoryKey('tab:1', { itemId: null, mmsId: MMS })).not.toBe(
      itemMemoryKey('tab:2', { itemId: null, mmsId: MMS }),
    );
    const unsaved = itemMemoryKey('tab:1', { itemId: null, mmsId: MMS });
    const saved = itemMemoryKey('tab:1', { itemId: '231', mmsId: MMS });
    let state = rememberItemFields(createPageMemoryState(), unsaved, { barcode: 'NEW' }).state;
    state = rememberItemFields(state, saved, { barcode: 'B1' }).state;
    // Closing the tab forgets its unsaved item, not the saved one.
    const closed = forgetTab(state, 'tab:1');
    expect(recallItemFields(closed, unsaved)).toBeNull();
    expect(recallItemFields(closed, saved)).toEqual({ barcode: 'B1' });
  });

  it('stays bounded in remembered items', () => {
    let state = createPageMemoryState();
    for (let n = 0; n < PAGE_MEMORY_LIMITS.items + 3; n++) state = rememberItemFields(state, `item:${n}`, {}).state;
    expect(Object.keys(state.items)).toHaveLength(PAGE_MEMORY_LIMITS.items);
    expect(recallItemFields(state, 'item:0')).toBeNull();
  });

  it('stays bounded in tabs and remembered bibs', () => {
    let state = createPageMemoryState();
    for (let n = 0; n < PAGE_MEMORY_LIMITS.bibs + 5; n++) {
      state = observeTabPage(state, `t${n}`, page({ kind: 'mde-bib', record: SINGLE_BIB, mmsId: `99${n}` })).state;
    }
    expect(Object.keys(state.bibs)).toHaveLength(PAGE_MEMORY_LIMITS.bibs);
    expect(Object.keys(state.tabs)).toHaveLength(PAGE_MEMORY_LIMITS.tabs);
    // The most recent are kept.
    expect(recallBibRecord(state, `99${PAGE_MEMORY_LIMITS.bibs + 4}`)).not.toBeNull();
    expect(recallBibRecord(state, '990')).toBeNull();
  });

  it('forgets a closed tab and never mutates the state it was given', () => {
    const first = run([['t1', bibPage]]).state;
    const snapshot = structuredClone(first);
    run(
      [
        ['t1', fullList()],
        ['t1', confirm],
        ['t1', lastItem],
      ],
      first,
    );
    expect(first).toEqual(snapshot);
    expect(forgetTab(first, 't1').tabs).toEqual({});
    expect(forgetTab(first, 'never-seen')).toBe(first);
  });
});

describe('restorePageMemoryState', () => {
  it('keeps a stored state of this version and starts afresh from anything else', () => {
    const stored = JSON.parse(JSON.stringify(run([['t1', bibPage]]).state)) as unknown;
    expect(restorePageMemoryState(stored)).toEqual(stored);
    for (const damaged of [
      undefined,
      null,
      'text',
      { version: 0 },
      { ...(stored as object), version: 1 },
      { ...(stored as object), version: 3 },
      { ...(stored as object), items: undefined },
      { ...(stored as object), holdings: null },
    ]) {
      expect(restorePageMemoryState(damaged)).toEqual(createPageMemoryState());
    }
  });
});

describe('relink pages', () => {
  const SOURCE = '991000000019706532';
  const search = page({ kind: 'relink', mmsId: SOURCE, relink: { sourceMmsId: SOURCE } });
  const confirmRelink = page({ kind: 'relink', mmsId: SOURCE, relink: { sourceMmsId: SOURCE, targetMmsId: MMS } });

  it('asks about the SOURCE on the search page and about the TARGET once the confirmation names it', () => {
    const first = run([
      ['t1', bibPage],
      ['t1', search],
    ]);
    expect(first.reminders).toEqual([
      expect.objectContaining({ mmsId: SOURCE, action: 'delete', needsConfirmation: true }),
    ]);
    const second = run([['t1', confirmRelink]], first.state);
    expect(second.reminders.map((reminder) => `${reminder.mmsId}:${reminder.action}`)).toEqual([
      `${SOURCE}:delete`,
      `${MMS}:set`,
    ]);
    // The TARGET's number is known from its editor page seen earlier.
    expect(second.reminders[1]).toMatchObject({ oclcNumber: '987654321', needsConfirmation: true });
    // Reloading the confirmation repeats nothing.
    expect(run([['t1', confirmRelink]], second.state).reminders).toEqual(second.reminders);
  });
});
