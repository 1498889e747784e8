import { defineFeature } from '../feature-manager';
import { gridAdapter } from '../live/grid-adapter';
import { runLivePanel } from '../live/live-panel';

/**
 * The Metadata Editor's findings panel: runs in the grid frame (GWT, /rep/yards.jsp; also inside the old
 * editor), where the records are. Both panes of split view are checked; the wrapper frame only contributes
 * its loading state, header (MMS ID) and keyboard shortcuts.
 */
export default defineFeature({
  id: 'findings-panel',
  description:
    // i18n-exempt: the feature described for developers, never shown to catalogers
    'Checks the record as you edit it in the Metadata Editor: findings panel, highlighted rows, one-click fixes.',
  pageKinds: ['mde-bib', 'mde-holdings', 'mde-split'],
  init(context, signal) {
    return runLivePanel(context, signal, gridAdapter());
  },
});

/* Test pages: tests/fixtures/alma mde-errors, mde-bib, mde-holdings, mde-split, mde-old, mde-large (npm run demo). */
