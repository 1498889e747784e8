/* Test pages: every fixture in tests/fixtures/alma/fixtures.json; open the popup while one is the active tab. */
import type { PageKind } from '../alma/types';
import { defineFeature } from '../feature-manager';
import { handleTabMessage } from '../../extension/messaging';
import { summarisePage } from '../page-summary/summarise-page';
import { loadSettings } from '../../extension/storage';
import { backgroundValidator } from '../validation/background-validator';

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
  description: 'Tells the toolbar popup what the page holds: record ids, finding counts and applicable checklists.',
  pageKinds: ANSWERS_ON,
  init({ doc, page }, signal) {
    // Read when asked, not when the page loads: the popup wants the record as it is now, with the current settings.
    handleTabMessage(
      'page-summary',
      async () => summarisePage(doc, page, await loadSettings(), backgroundValidator),
      signal,
    );
  },
});
