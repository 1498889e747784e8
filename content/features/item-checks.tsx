import { defineFeature } from '../feature-manager';
import { itemAdapter } from '../live/item-adapter';
import { runLivePanel } from '../live/live-panel';

/**
 * Physical Item Editor checks (required fields, multi-volume Description and Enumeration, locations,
 * work orders) with the same panel, highlights and fixes as the Metadata Editor.
 */
export default defineFeature({
  id: 'item-checks',
  // i18n-exempt: the feature described for developers, never shown to catalogers
  description: 'Checks the item as you edit it in the Physical Item Editor, with the institution profile’s rules.',
  pageKinds: ['item-editor'],
  init(context, signal) {
    return runLivePanel(context, signal, itemAdapter(context.doc));
  },
});

/* Test pages: tests/fixtures/alma item-editor and item-cases/*.html (open mde-mvm first for the bib). */
