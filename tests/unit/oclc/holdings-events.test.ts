import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../../lib/procedures/context';
import { detectHoldingsEvents, observePage } from '../../../lib/oclc/holdings-events';
import type { HoldingsMemory } from '../../../lib/oclc/holdings-memory';
import { MEMORY_LIMITS, createHoldingsMemory, rememberPage } from '../../../lib/oclc/holdings-memory';
import type { Reminder } from '../../../lib/oclc/reminder';
import { BERKELEY, SINGLE_BIB, coded, item, marc, page, row } from '../procedures/builders';
import type { ItemListRow } from '../../../lib/procedures/context';

const A = '991000000029706531'; // SINGLE_BIB, OCLC 987654321
const B = '991000000039706531';
const BIB_B = marc([`001 ${B}`, '035 ## $a (OCoLC)ocn111222333', '245 10 $a Other book']);

/** Walks a sequence of pages like the content script does; returns the reminders of each step. */
function browse(pages: PageContext[], memory: HoldingsMemory = createHoldingsMemory()) {
  let previous: PageContext | null = null;
  const steps: Reminder[][] = [];
  for (const current of pages) {
    const result = observePage(memory, previous, current);
    steps.push(result.reminders);
    memory = result.memory;
    previous = current;
  }
  return { steps, last: steps[steps.length - 1]!, memory };
}

const bibPage = (record = SINGLE_BIB, extra: Partial<PageContext> = {}) => page({ kind: 'mde-bib', record, ...extra });
const list = (mmsId: string, items: ItemListRow[], extra: Partial<PageContext> = {}) =>
  page({ kind: 'items-list', mmsId, items, itemsScope: 'bib', ...extra });
const editor = (mmsId: string, overrides: Parameters<typeof item>[0], extra: Partial<PageContext> = {}) =>
  page({ kind: 'item-editor', item: item({ mmsId, ...overrides }), ...extra });
const B1 = row({ barcode: 'B1', itemId: '231' });

describe('first item added (R-ADD-6 / R-OCLC-2)', () => {
  it('is certain when the bib was seen empty and the list now shows the new item', () => {
    const { last } = browse([bibPage(), list(A, []), editor(A, { barcode: 'B1' }, { itemIsNew: true }), list(A, [B1])]);
    expect(last).toEqual([
      expect.objectContaining({
        action: 'set',
        event: 'first-item-added',
        oclcNumber: '987654321',
        mmsId: A,
        title: 'One book',
        needsConfirmation: false,
        worldcatUrl: 'https://search.worldcat.org/title/987654321',
      }),
    ]);
    expect(last[0]!.reason).toContain('the CUY holding');
    expect(last[0]!.question).toBeUndefined();
  });

  it('asks when the page cannot show whether other items exist or whether the item was saved', () => {
    const { last } = browse([bibPage(), editor(A, { barcode: 'B1' }, { itemIsNew: true }), page({ kind: 'other' })]);
    expect(last).toHaveLength(1);
    expect(last[0]).toMatchObject({ action: 'set', needsConfirmation: true, oclcNumber: '987654321' });
    expect(last[0]!.question).toMatch(/only active copy/);
  });

  it('stays quiet when the list shows the edit was cancelled, or the bib already had a copy', () => {
    expect(
      browse([bibPage(), list(A, []), editor(A, { barcode: 'B1' }, { itemIsNew: true }), list(A, [])]).last,
    ).toEqual([]);
    const other = row({ barcode: 'B0', itemId: '230' });
    expect(
      browse([bibPage(), list(A, [other]), editor(A, { barcode: 'B1' }, { itemIsNew: true }), list(A, [other, B1])])
        .last,
    ).toEqual([]);
  });

  it('says nothing for a bib without an OCLC number', () => {
    const noOcn = marc([`001 ${A}`, '245 10 $a Local only']);
    expect(browse([bibPage(noOcn), list(A, []), list(A, [B1])]).last).toEqual([]);
  });

  it('asks for the OCLC number when the bib was never shown', () => {
    const { last } = browse([list(A, [], { title: 'Listed title' }), list(A, [B1])]);
    expect(last[0]).toMatchObject({
      oclcNumber: null,
      worldcatUrl: null,
      needsConfirmation: true,
      title: 'Listed title',
    });
    expect(last[0]!.question).toContain('035 $a (OCoLC)');
  });
});

describe('last item withdrawn (R-OCLC-1)', () => {
  const dialog = (extra: Partial<PageContext> = {}) =>
    page({ kind: 'withdraw-dialog', withdrawDialog: 'last-item', mmsId: A, ...extra });

  it('is certain when the list showed the withdrawn item was the only active one', () => {
    const { last } = browse([bibPage(), list(A, [{ ...B1, selected: true }]), dialog()]);
    expect(last).toEqual([
      expect.objectContaining({
        action: 'delete',
        event: 'last-item-withdrawn',
        needsConfirmation: false,
        oclcNumber: '987654321',
      }),
    ]);
  });

  it('stays quiet when the bib keeps another active item on other holdings', () => {
    const other = row({ barcode: 'B2', itemId: '232', holdingsId: 'H2' });
    expect(browse([bibPage(), list(A, [{ ...B1, selected: true }, other]), dialog()]).last).toEqual([]);
  });

  it('asks when the page cannot tell (no list seen), and for the number when the bib was not seen', () => {
    const { last } = browse([dialog()]);
    expect(last).toHaveLength(1);
    expect(last[0]).toMatchObject({ action: 'delete', needsConfirmation: true, oclcNumber: null });
    expect(last[0]!.question).toContain('other holdings');
    expect(last[0]!.question).toContain('Open the bib');
  });

  it('is not repeated when the list then shows the bib empty', () => {
    const { steps } = browse([bibPage(), list(A, [{ ...B1, selected: true }]), dialog(), list(A, [])]);
    expect(steps[2]).toHaveLength(1);
    expect(steps[3]).toEqual([]);
  });

  it('is recognised from the lists alone when the dialog is not seen', () => {
    const { last } = browse([bibPage(), list(A, [B1]), list(A, [])]);
    expect(last).toEqual([
      expect.objectContaining({ action: 'delete', event: 'last-item-withdrawn', needsConfirmation: false }),
    ]);
  });
});

describe('withdrawn location (R-REIN-3, moving the last copy to ??zw)', () => {
  it('moving the last active item to a withdrawn location asks to delete', () => {
    const { last } = browse([
      bibPage(),
      list(A, [B1]),
      editor(A, { barcode: 'B1', itemId: '231' }),
      editor(A, { barcode: 'B1', itemId: '231', permanentLocation: coded('mazw') }),
      list(A, [{ ...B1, locationCode: 'mazw' }]),
    ]);
    expect(last).toEqual([
      expect.objectContaining({ action: 'delete', event: 'moved-to-withdrawn-location', needsConfirmation: false }),
    ]);
  });

  it('moving one of two active items says nothing', () => {
    const B2 = row({ barcode: 'B2', itemId: '232' });
    expect(browse([bibPage(), list(A, [B1, B2]), list(A, [{ ...B1, locationCode: 'mazw' }, B2])]).last).toEqual([]);
  });

  it('reinstating the only copy asks to set the holding again', () => {
    const withdrawn = { ...B1, locationCode: 'mazw' };
    const { last } = browse([bibPage(), list(A, [withdrawn]), list(A, [B1])]);
    expect(last).toEqual([
      expect.objectContaining({ action: 'set', event: 'item-reinstated', needsConfirmation: false }),
    ]);
  });

  it('reinstating in the editor without seeing the list afterwards needs confirmation', () => {
    const { last } = browse([
      bibPage(),
      list(A, [{ ...B1, locationCode: 'mazw' }]),
      editor(A, { barcode: 'B1', itemId: '231', permanentLocation: coded('mazw') }),
      editor(A, { barcode: 'B1', itemId: '231', permanentLocation: coded('mstk') }),
      page({ kind: 'other' }),
    ]);
    expect(last).toEqual([
      expect.objectContaining({ action: 'set', event: 'item-reinstated', needsConfirmation: true }),
    ]);
    expect(last[0]!.question).toContain('did not show whether the item was saved');
  });
});

describe('relink from bib A to bib B', () => {
  it('source losing its only copy and target gaining its first are both certain from the lists', () => {
    const X = row({ barcode: 'X1', itemId: '400' });
    const { last } = browse([bibPage(), list(A, [X]), bibPage(BIB_B), list(B, []), list(B, [X])]);
    expect(last).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          mmsId: A,
          action: 'delete',
          event: 'relinked-away',
          oclcNumber: '987654321',
          needsConfirmation: false,
        }),
        expect.objectContaining({
          mmsId: B,
          action: 'set',
          event: 'relinked-in',
          oclcNumber: '111222333',
          needsConfirmation: false,
        }),
      ]),
    );
    expect(last).toHaveLength(2);
  });

  it('the relink page itself asks, since it cannot show which copies each bib keeps', () => {
    const { last } = browse([
      bibPage(),
      list(A, [B1]),
      bibPage(BIB_B),
      page({ kind: 'relink', relink: { sourceMmsId: A, targetMmsId: B } }),
    ]);
    expect(last.map((r) => [r.mmsId, r.action, r.needsConfirmation])).toEqual([
      [A, 'delete', true],
      [B, 'set', true],
    ]);
  });

  it('a source known to have no active copies gets no delete reminder', () => {
    const { last } = browse([bibPage(), list(A, []), page({ kind: 'relink', relink: { sourceMmsId: A } })]);
    expect(last).toEqual([]);
  });
});

describe('bib suppressed or marked for deletion', () => {
  it('asks to delete when the bib turns suppressed', () => {
    const { last } = browse([
      bibPage(SINGLE_BIB, { recordStatus: { suppressed: false } }),
      bibPage(SINGLE_BIB, { recordStatus: { suppressed: true } }),
    ]);
    expect(last).toEqual([
      expect.objectContaining({ action: 'delete', event: 'bib-suppressed', needsConfirmation: true }),
    ]);
  });

  it('asks when a bib is marked for deletion, mentioning duplicates', () => {
    const { last } = browse([
      bibPage(SINGLE_BIB, { recordStatus: { markedForDeletion: false } }),
      page({ kind: 'other' }),
      bibPage(SINGLE_BIB, { recordStatus: { markedForDeletion: true } }),
    ]);
    expect(last[0]).toMatchObject({ event: 'bib-marked-for-deletion', needsConfirmation: true });
    expect(last[0]!.question).toContain('same OCLC number');
  });

  it('a bib first seen already suppressed is a state, not a moment', () => {
    expect(browse([bibPage(SINGLE_BIB, { recordStatus: { suppressed: true } })]).last).toEqual([]);
  });
});

describe('messages and memory', () => {
  it('names "your institution\'s holding" when the profile has no symbol', () => {
    const generic = { ...BERKELEY, oclcSymbol: '' };
    const { last } = browse([
      bibPage(SINGLE_BIB, { profile: generic }),
      list(A, [B1], { profile: generic }),
      list(A, [], { profile: generic }),
    ]);
    expect(last[0]!.reason).toContain("your institution's holding");
  });

  it('detectHoldingsEvents does not change the memory it reads', () => {
    const memory = browse([bibPage(), list(A, [B1])]).memory;
    const snapshot = JSON.stringify(memory);
    detectHoldingsEvents(list(A, [B1]), list(A, []), memory);
    expect(JSON.stringify(memory)).toBe(snapshot);
  });

  it('stays plain JSON and bounded', () => {
    let memory = createHoldingsMemory();
    for (let i = 0; i < MEMORY_LIMITS.bibs + 10; i++)
      memory = rememberPage(memory, null, list(`99${i}`, [row({ barcode: `b${i}` })]));
    expect(Object.keys(memory.bibs)).toHaveLength(MEMORY_LIMITS.bibs);
    expect(memory.bibs['990']).toBeUndefined(); // the oldest went first
    expect(JSON.parse(JSON.stringify(memory))).toEqual(memory);
  });

  it('a partial list (one holdings record, or paged) never proves the bib is empty', () => {
    const partial = (items: ItemListRow[]) => list(A, items, { itemsScope: 'holdings' });
    const { last } = browse([bibPage(), partial([B1]), partial([{ ...B1, locationCode: 'mazw' }])]);
    expect(last).toEqual([expect.objectContaining({ event: 'moved-to-withdrawn-location', needsConfirmation: true })]);
    const paged = browse([
      bibPage(),
      list(A, [B1], { itemsTotal: 30 }),
      list(A, [{ ...B1, locationCode: 'mazw' }], { itemsTotal: 30 }),
    ]);
    expect(paged.last[0]?.needsConfirmation).toBe(true);
  });
});
