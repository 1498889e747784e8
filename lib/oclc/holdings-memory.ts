import type { ItemListRow, PageContext } from '../procedures/context';
import { bibOf, mmsIdOf } from '../procedures/context';
import { titleOf } from '../procedures/bib-facts';
import { isActiveItem } from '../procedures/item-facts';
import { isActiveListRow } from './list-state';
import { extractOclcNumbers } from './oclc-number';
import type { HoldingsAction, Reminder } from './reminder';

/**
 * What the extension saw earlier of each bib, so that a later page can be compared with it: the OCLC
 * numbers, the items and whether they were active. Plain JSON (the content script keeps it in session
 * storage), bounded in size, never mutated: every update returns a new memory.
 */
export interface RememberedItem {
  itemId: string | null;
  barcode: string;
  locationCode: string;
  active: boolean;
}

export interface RememberedBib {
  mmsId: string;
  title: string;
  /** OCLC numbers from the bib's 035; null while the bib's MARC has not been seen. */
  oclcNumbers: string[] | null;
  items: RememberedItem[];
  /** True when `items` came from a list of every item of the bib (not one page or one holdings record). */
  itemsComplete: boolean;
  suppressed?: boolean;
  markedForDeletion?: boolean;
  /** The last reminder given for this bib; the same reminder is not repeated until the state flips. */
  lastReminder?: HoldingsAction;
  /** Logical clock of the last sighting, for eviction. */
  seen: number;
}

export interface HoldingsMemory {
  tick: number;
  bibs: Record<string, RememberedBib>;
}

/** Bounds: enough for a working session, small enough for session storage. */
export const MEMORY_LIMITS = { bibs: 50, itemsPerBib: 500 } as const;

export function createHoldingsMemory(): HoldingsMemory {
  return { tick: 0, bibs: {} };
}

export function recallBib(memory: HoldingsMemory, mmsId: string | undefined): RememberedBib | undefined {
  if (!mmsId || !Object.hasOwn(memory.bibs, mmsId)) return undefined;
  return memory.bibs[mmsId];
}

/** The same physical item: same PID when both show one, else the same barcode. */
export function sameItem(
  a: { itemId: string | null; barcode: string },
  b: { itemId: string | null; barcode: string },
): boolean {
  if (a.itemId && b.itemId) return a.itemId === b.itemId;
  const barcode = a.barcode.trim();
  return barcode !== '' && barcode === b.barcode.trim();
}

/** The bib the memory last saw this item on, with the remembered item. */
export function findItemHome(
  memory: HoldingsMemory,
  item: { itemId: string | null; barcode: string },
): { mmsId: string; item: RememberedItem } | undefined {
  for (const bib of Object.values(memory.bibs)) {
    const found = bib.items.find((candidate) => sameItem(candidate, item));
    if (found) return { mmsId: bib.mmsId, item: found };
  }
  return undefined;
}

/** The list shows every item of the bib: Alma says so (scope) and the list is not paged. */
export function listCoversBib(ctx: PageContext): boolean {
  if (ctx.kind !== 'items-list' || !ctx.items || ctx.itemsScope !== 'bib') return false;
  return ctx.itemsTotal === undefined || ctx.itemsTotal <= ctx.items.length;
}

export function rememberedRow(row: ItemListRow, ctx: PageContext): RememberedItem {
  return {
    itemId: row.itemId,
    barcode: row.barcode.trim(),
    locationCode: row.locationCode?.trim() ?? '',
    active: isActiveListRow(row, ctx.profile),
  };
}

/**
 * The memory after a page was seen. `previous` tells a first sighting of an item editor (its saved
 * state) from edits in progress, and shows which item was just left.
 */
export function rememberPage(
  memory: HoldingsMemory,
  previous: PageContext | null,
  current: PageContext,
  reminders: readonly Reminder[] = [],
): HoldingsMemory {
  const tick = memory.tick + 1;
  const bibs: Record<string, RememberedBib> = { ...memory.bibs };
  const touch = (mmsId: string): RememberedBib => {
    const known = recallBib({ tick, bibs }, mmsId);
    const bib: RememberedBib = known
      ? { ...known, items: [...known.items], seen: tick }
      : { mmsId, title: '', oclcNumbers: null, items: [], itemsComplete: false, seen: tick };
    bibs[mmsId] = bib;
    return bib;
  };

  const mmsId = mmsIdOf(current);
  if (mmsId) {
    const bib = touch(mmsId);
    const marc = bibOf(current);
    if (marc) {
      bib.oclcNumbers = extractOclcNumbers(marc);
      bib.title = titleOf(marc) || bib.title;
    }
    if (current.title) bib.title = current.title;
    // recordStatus describes the open record: it is the bib's status only when the bib is what is open.
    if (marc && marc === current.record && current.recordStatus) {
      if (current.recordStatus.suppressed !== undefined) bib.suppressed = current.recordStatus.suppressed;
      if (current.recordStatus.markedForDeletion !== undefined)
        bib.markedForDeletion = current.recordStatus.markedForDeletion;
    }
    if (current.kind === 'items-list' && current.items) rememberList(bibs, bib, current);
    if (current.kind === 'item-editor' && current.item && !stillEditing(previous, current)) {
      // First sighting of this editor: what it shows is the saved item (unless it is a new one).
      const isNew = current.itemIsNew ?? (current.item.itemId === null && !findItemHome({ tick, bibs }, current.item));
      if (!isNew)
        placeItem(bibs, bib, {
          ...current.item,
          locationCode: current.item.permanentLocation.code.trim(),
          active: isActiveItem(current.item, current.profile),
        });
    }
  }

  // Leaving an item editor without a list that shows the outcome: forget the item (saved or cancelled is unknown).
  if (previous?.kind === 'item-editor' && previous.item && !stillEditing(previous, current)) {
    const shownInList = current.kind === 'items-list' && current.items?.some((row) => sameItem(row, previous.item!));
    if (!shownInList) forgetItem(bibs, previous.item);
  }

  for (const reminder of reminders) {
    const bib = recallBib({ tick, bibs }, reminder.mmsId);
    if (bib) bibs[reminder.mmsId] = { ...bib, lastReminder: reminder.action };
  }
  return { tick, bibs: evictOldest(bibs) };
}

/** Same item still open in the editor (the cataloger is typing). */
export function stillEditing(previous: PageContext | null, current: PageContext): boolean {
  return (
    previous?.kind === 'item-editor' &&
    current.kind === 'item-editor' &&
    previous.item !== undefined &&
    current.item !== undefined &&
    (sameItem(previous.item, current.item) || (previous.item.itemId === null && current.item.itemId === null))
  );
}

function rememberList(bibs: Record<string, RememberedBib>, bib: RememberedBib, ctx: PageContext): void {
  const rows = (ctx.items ?? []).map((row) => rememberedRow(row, ctx));
  // An item shown here has left whatever bib it was remembered on (it was relinked).
  for (const row of rows) forgetItem(bibs, row, bib.mmsId);
  if (listCoversBib(ctx)) {
    bib.items = rows.slice(0, MEMORY_LIMITS.itemsPerBib);
    bib.itemsComplete = rows.length <= MEMORY_LIMITS.itemsPerBib;
    return;
  }
  for (const row of rows) placeItem(bibs, bib, row);
}

function placeItem(bibs: Record<string, RememberedBib>, bib: RememberedBib, item: RememberedItem): void {
  forgetItem(bibs, item, bib.mmsId);
  const remembered: RememberedItem = {
    itemId: item.itemId,
    barcode: item.barcode.trim(),
    locationCode: item.locationCode,
    active: item.active,
  };
  const index = bib.items.findIndex((candidate) => sameItem(candidate, item));
  if (index >= 0) {
    bib.items[index] = remembered;
    return;
  }
  // A new item on a bib whose list was complete: the list is no longer known to be complete.
  bib.itemsComplete = false;
  if (bib.items.length < MEMORY_LIMITS.itemsPerBib) bib.items.push(remembered);
}

/**
 * Remove the item from every remembered bib except `keep`. When the item was seen on another bib
 * (`keep`), the rest of the old bib's list stays accurate; when its state is simply unknown, the bib's
 * list can no longer be called complete.
 */
function forgetItem(
  bibs: Record<string, RememberedBib>,
  item: { itemId: string | null; barcode: string },
  keep?: string,
): void {
  for (const [mmsId, bib] of Object.entries(bibs)) {
    if (mmsId === keep || !bib.items.some((candidate) => sameItem(candidate, item))) continue;
    const items = bib.items.filter((candidate) => !sameItem(candidate, item));
    bibs[mmsId] = { ...bib, items, itemsComplete: keep !== undefined && bib.itemsComplete };
  }
}

function evictOldest(bibs: Record<string, RememberedBib>): Record<string, RememberedBib> {
  const entries = Object.values(bibs);
  if (entries.length <= MEMORY_LIMITS.bibs) return bibs;
  entries.sort((a, b) => b.seen - a.seen);
  const kept: Record<string, RememberedBib> = {};
  for (const bib of entries.slice(0, MEMORY_LIMITS.bibs)) kept[bib.mmsId] = bib;
  return kept;
}
