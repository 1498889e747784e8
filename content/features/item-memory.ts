import { listenForSaves } from '../alma/save-controls';
import { defineFeature } from '../feature-manager';
import { forgetUnsavedItem } from '../page-context/client';
import type { ItemRecord } from '../../lib/page-model';

/**
 * The item editor's tabs are separate pages, so the values each tab shows are remembered for the others; an
 * item not saved yet has no PID and is remembered per browser tab and bib. When such an item is saved (its
 * save buttons, the save shortcuts, a scanner's Enter in the barcode box), that memory is forgotten, so the
 * next new item of the same bib starts from its own pages and never shows the previous item's Notes values.
 * Like the save reminder it only listens: passive listeners, nothing prevented, the save never waits.
 */
export default defineFeature({
  id: 'item-memory',
  // i18n-exempt: the feature described for developers, never shown to catalogers
  description: 'Forgets an unsaved item’s remembered tab values once it is saved, so the next new item starts clean.',
  pageKinds: ['item-editor'],
  init({ doc, reader }, signal) {
    // The identity of the item as last read, kept at hand: the save may unload the page at once.
    let shown: Pick<ItemRecord, 'itemId' | 'mmsId'> | null = null;
    const keep = (item: ItemRecord | null): void => {
      shown = item ? { itemId: item.itemId, mmsId: item.mmsId } : null;
    };
    void reader.current().then((reading) => keep(reading.item));
    reader.subscribe((reading) => keep(reading.item), signal);
    listenForSaves(
      doc,
      () => {
        if (shown) void forgetUnsavedItem(shown);
      },
      signal,
    );
  },
});

/* Test pages: tests/fixtures/alma item-tabs (a new item's General and Notes pages). */
