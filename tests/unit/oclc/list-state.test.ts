import { describe, expect, it } from 'vitest';
import { observePage } from '../../../lib/oclc/holdings-events';
import { createHoldingsMemory, type HoldingsMemory } from '../../../lib/oclc/holdings-memory';
import { describeListState, listStateOf, namesWithdrawnLocation } from '../../../lib/oclc/list-state';
import type { Reminder } from '../../../lib/oclc/reminder';
import type { HoldingsListEntry, ItemListRow, PageContext } from '../../../lib/procedures/context';
import { BERKELEY, SINGLE_BIB, page, row } from '../procedures/builders';

const A = '991000000029706531'; // SINGLE_BIB, OCLC 987654321
const WITHDRAWN = 'Withdrawn (mazw)';
const STACKS = 'Main Stacks (mastk)';

const located = (barcode: string, locationLabel: string): ItemListRow => row({ barcode, locationLabel });
const itemsList = (items: ItemListRow[], extra: Partial<PageContext> = {}) =>
  page({ kind: 'items-list', mmsId: A, items, itemsScope: 'bib', itemsTotal: items.length, ...extra });
const holding = (library: string, location: string): HoldingsListEntry => ({ holdingsId: null, library, location });
const holdingsList = (holdings: HoldingsListEntry[], extra: Partial<PageContext> = {}) =>
  page({ kind: 'holdings-list', mmsId: A, holdings, holdingsTotal: holdings.length, ...extra });

/** The bib seen in the Metadata Editor first (its 035 gives the OCLC number), then `current`. */
function afterBib(current: PageContext, memory: HoldingsMemory = createHoldingsMemory()): Reminder[] {
  const bib = page({ kind: 'mde-bib', record: SINGLE_BIB });
  const seen = observePage(memory, null, bib).memory;
  return observePage(seen, bib, current).reminders;
}

describe('listStateOf', () => {
  it('counts active rows and names the places shown', () => {
    const state = listStateOf(itemsList([located('B1', WITHDRAWN), located('B2', WITHDRAWN), located('B3', STACKS)]));
    expect(state).toMatchObject({ page: 'items-list', shown: 3, total: 3, active: 1, partial: null });
    expect(state?.where).toEqual([WITHDRAWN, STACKS]);
  });

  it('says why a list may not be every copy: paged, one holdings record, no count', () => {
    const rows = [located('B1', WITHDRAWN)];
    expect(listStateOf(itemsList(rows, { itemsTotal: 45 }))?.partial).toBe('paged');
    expect(listStateOf(itemsList(rows, { itemsScope: 'holdings' }))?.partial).toBe('one-holdings');
    expect(listStateOf(page({ kind: 'items-list', mmsId: A, items: rows, itemsScope: 'bib' }))?.partial).toBe(
      'no-count',
    );
    expect(listStateOf(page({ kind: 'holdings-list', mmsId: A, holdings: [] }))?.partial).toBe('no-count');
  });

  it('is null for other pages and lists without an MMS ID', () => {
    expect(listStateOf(page({ kind: 'item-editor' }))).toBeNull();
    expect(listStateOf(page({ kind: 'items-list', items: [], itemsTotal: 0 }))).toBeNull();
  });

  it('describes what it saw in words', () => {
    const state = listStateOf(holdingsList([holding('MAIN', WITHDRAWN)]))!;
    expect(describeListState(state)).toBe('This List of Holdings shows 0 active holdings records of 1 at MAIN.');
  });
});

describe('namesWithdrawnLocation', () => {
  it('matches the text or the code in trailing parentheses, never a name the pattern does not match', () => {
    expect(namesWithdrawnLocation('Withdrawn (mazw)', BERKELEY)).toBe(true);
    expect(namesWithdrawnLocation('mazw', BERKELEY)).toBe(true);
    expect(namesWithdrawnLocation('Withdrawn', BERKELEY)).toBe(false);
    expect(namesWithdrawnLocation('Main Stacks (mastk)', BERKELEY)).toBe(false);
    expect(namesWithdrawnLocation('', BERKELEY)).toBe(false);
  });
});

describe('state-based reminders from the lists', () => {
  it('a complete List of Items with no active item asks to delete the holding and says what it saw', () => {
    const reminders = afterBib(
      itemsList([located('B1', WITHDRAWN), located('B2', WITHDRAWN), located('B3', WITHDRAWN)]),
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      action: 'delete',
      event: 'no-active-copies',
      oclcNumber: '987654321',
      needsConfirmation: false,
      seen: { page: 'items-list', active: 0, shown: 3, total: 3, where: [WITHDRAWN] },
    });
    expect(reminders[0]!.publishedByAlma).toBeUndefined();
    expect(reminders[0]!.reason).toContain('delete the CUY holding on OCLC #987654321 in WorldCat');
  });

  it('an empty list says no copy went (a bib on order never had a holding): no reminder from state alone', () => {
    expect(afterBib(holdingsList([]))).toEqual([]);
    expect(afterBib(itemsList([]))).toEqual([]);
  });

  it('an empty list after a complete list with an active copy is the last copy gone', () => {
    const bib = page({ kind: 'mde-bib', record: SINGLE_BIB });
    const before = itemsList([row({ barcode: 'B1', itemId: '1', locationLabel: STACKS })]);
    let memory = observePage(createHoldingsMemory(), null, bib).memory;
    memory = observePage(memory, bib, before).memory;
    const reminders = observePage(memory, before, itemsList([])).reminders;
    expect(reminders.map((r) => [r.action, r.event, r.seen?.shown])).toEqual([['delete', 'last-item-withdrawn', 0]]);
  });

  it('stays silent when the list shows only part of the copies, or one is still active', () => {
    const withdrawn = [located('B1', WITHDRAWN)];
    expect(afterBib(itemsList(withdrawn, { itemsTotal: 45 }))).toEqual([]);
    expect(afterBib(itemsList(withdrawn, { itemsScope: 'holdings' }))).toEqual([]);
    expect(afterBib(page({ kind: 'items-list', mmsId: A, items: withdrawn, itemsScope: 'bib' }))).toEqual([]);
    expect(afterBib(itemsList([...withdrawn, located('B2', STACKS)]))).toEqual([]);
    expect(afterBib(holdingsList([holding('MAIN', WITHDRAWN), holding('NRLF', 'NRLF Stacks')]))).toEqual([]);
  });

  it('stays silent for a bib whose MARC was never seen (its OCLC number is unknown)', () => {
    const result = observePage(createHoldingsMemory(), null, itemsList([located('B1', WITHDRAWN)]));
    expect(result.reminders).toEqual([]);
  });

  it('is given once: the same list seen again does not repeat it', () => {
    const bib = page({ kind: 'mde-bib', record: SINGLE_BIB });
    const list = itemsList([located('B1', WITHDRAWN)]);
    let memory = observePage(createHoldingsMemory(), null, bib).memory;
    const first = observePage(memory, bib, list);
    memory = first.memory;
    expect(first.reminders).toHaveLength(1);
    expect(observePage(memory, list, list).reminders).toEqual([]);
  });

  it('with "Publish Bib" on, the reminder says Alma will do it and asks nothing', () => {
    const profile = { ...BERKELEY, publishesHoldingsToOclc: true };
    const reminders = afterBib(itemsList([located('B1', WITHDRAWN)], { profile }));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ action: 'delete', publishedByAlma: true, needsConfirmation: false });
    expect(reminders[0]!.reason).toContain('Alma publishes your holdings to WorldCat');
    expect(reminders[0]!.question).toBeUndefined();
  });

  it('the first item of a bib whose complete list showed none: a set reminder saying what the list shows now', () => {
    const bib = page({ kind: 'mde-bib', record: SINGLE_BIB });
    const empty = itemsList([]);
    const first = itemsList([row({ barcode: 'N1', itemId: '9', locationLabel: STACKS })]);
    let memory = observePage(createHoldingsMemory(), null, bib).memory;
    const none = observePage(memory, bib, empty);
    expect(none.reminders).toEqual([]);
    memory = none.memory;
    const reminders = observePage(memory, empty, first).reminders;
    expect(reminders.map((r) => [r.action, r.event, r.seen?.active, r.seen?.total])).toEqual([
      ['set', 'first-item-added', 1, 1],
    ]);
  });

  it('an item reinstated from a withdrawn location, seen on the complete list, says what the list showed', () => {
    const bib = page({ kind: 'mde-bib', record: SINGLE_BIB });
    const before = itemsList([row({ barcode: 'B1', itemId: '1', locationLabel: WITHDRAWN })]);
    const after = itemsList([row({ barcode: 'B1', itemId: '1', locationLabel: STACKS })]);
    let memory = observePage(createHoldingsMemory(), null, bib).memory;
    memory = observePage(memory, bib, before).memory;
    const reminders = observePage(memory, before, after).reminders;
    expect(reminders.map((r) => [r.action, r.seen?.active, r.seen?.total])).toEqual([['set', 1, 1]]);
  });
});
