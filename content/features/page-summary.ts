/* Test pages: every fixture in tests/fixtures/alma/fixtures.json; open the popup while one is the active tab. */
import type { PageKind } from '../alma/types';
import { defineFeature } from '../feature-manager';
import { handleTabMessage } from '../../extension/messaging';
import { summariseReading } from '../page-summary/summarise-page';
import { featureStatusesOf } from '../feature-status';

/**
 * Frames that can say what the page holds. Not the editors' shells ('mde-wrapper', 'mde-old') nor other
 * pages: their frames stay silent so the frame holding the record answers the popup.
 */
const ANSWERS_ON: readonly PageKind[] = [
  'mde-bib',
  'mde-holdings',
  'mde-split',
  'item-editor',
  'items-list',
  'holdings-list',
  'withdraw-dialog',
  'relink',
  'unrecognised',
];

export default defineFeature({
  id: 'page-summary',
  // i18n-exempt: the feature described for developers, never shown to catalogers
  description: 'Tells the toolbar popup what the page holds: record ids, finding counts and applicable checklists.',
  pageKinds: ANSWERS_ON,
  init({ doc, reader }, signal) {
    // The page as it is now (a change not read yet is read first), validated once with the panel's result.
    // The features are those of this frame's page state, as the feature manager started them.
    handleTabMessage(
      'page-summary',
      async () => ({ ...(await summariseReading(await reader.current())), features: featureStatusesOf(doc) }),
      signal,
    );
  },
});
