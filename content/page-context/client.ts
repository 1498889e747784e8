import { sendToBackground } from '../../extension/messaging';
import type { MarcRecord } from '../../lib/marc/types';
import type { ItemMemoryKey, ItemRecord } from '../../lib/page-model';
import type { PageContext } from '../../lib/procedures/context';
import { bibOf, mmsIdOf } from '../../lib/procedures/context';
import { withRememberedBib } from './enrich';

/**
 * The content script's side of the record memory: the background keeps it (background/page-memory.ts) in
 * storage.session, shared by every tab of the browser session; a content script's own storage belongs to
 * Alma's origin and one tab, and its memory dies with the page. None of these throw: when the background
 * cannot answer, the page is checked with what it shows itself.
 */

/** The bib last seen in the Metadata Editor of any tab, or null. */
export async function recallBibRecord(mmsId: string | null): Promise<MarcRecord | null> {
  if (!mmsId) return null;
  try {
    return (await sendToBackground('page/recall-bib', { mmsId })).record;
  } catch {
    return null;
  }
}

/** The context with the bib the background remembers for its MMS ID, when the page does not show the bib. */
export async function withBibFromMemory(ctx: PageContext): Promise<PageContext> {
  const mmsId = mmsIdOf(ctx);
  if (bibOf(ctx) || !mmsId) return ctx;
  return withRememberedBib(ctx, await recallBibRecord(mmsId));
}

/** The item fields this page shows: every ItemRecord field except those in `missing` (unknown here, not empty). */
export function shownItemFields(item: ItemRecord): Partial<ItemRecord> {
  const missing = new Set(item.missing ?? []);
  const { missing: _listed, ...fields } = item;
  return Object.fromEntries(Object.entries(fields).filter(([name]) => !missing.has(name))) as Partial<ItemRecord>;
}

export function itemMemoryKeyOf(item: Pick<ItemRecord, 'itemId' | 'mmsId'>): ItemMemoryKey {
  return { itemId: item.itemId, mmsId: item.mmsId };
}

/**
 * Merges the fields this page of the item editor shows into the item's memory (its other tabs, General and
 * Notes, are separate pages) and resolves with everything remembered of it; with the page's own fields when
 * the background cannot answer.
 */
export async function rememberItemFields(item: ItemRecord): Promise<Partial<ItemRecord>> {
  const fields = shownItemFields(item);
  try {
    return (await sendToBackground('page/remember-item', { key: itemMemoryKeyOf(item), fields })).fields;
  } catch {
    return fields;
  }
}

/**
 * Forgets the other-tab values of an item not saved yet, when it is being saved: an unsaved item is remembered
 * per tab and bib, so without this the next new item of the same bib would start with this one's Notes values.
 * A saved item (with a PID) is left alone: its memory is its own.
 */
export async function forgetUnsavedItem(item: Pick<ItemRecord, 'itemId' | 'mmsId'>): Promise<void> {
  if (item.itemId) return;
  try {
    await sendToBackground('page/forget-item', { key: itemMemoryKeyOf(item) });
  } catch {
    // The background cannot answer: the save goes on regardless; the next new item may then show this
    // one's other-tab values until its own other tab is opened (the limit this call removes).
  }
}

/** What is remembered of the item from the pages seen, or null. */
export async function recallItemFields(key: ItemMemoryKey): Promise<Partial<ItemRecord> | null> {
  try {
    return (await sendToBackground('page/recall-item', { key })).fields;
  } catch {
    return null;
  }
}
