/* Test pages: every fixture in tests/fixtures/alma/fixtures.json; the popup's "Copy page outline" asks the top frame. */
import { defineFeature } from '../feature-manager';
import { handleTabMessage } from '../../extension/messaging';
import type { PageKind } from '../../lib/page-model';
import { PAGE_KIND_LABELS } from '../../lib/page-summary';
import { buildPageOutline } from '../page-outline/build-outline';

/** Every page kind: the outline is most useful exactly where recognition failed ('unrecognised', 'other'). */
const EVERY_KIND = Object.keys(PAGE_KIND_LABELS) as PageKind[];

export default defineFeature({
  id: 'page-outline',
  // i18n-exempt: the feature described for developers, never shown to catalogers
  description: 'Answers "Copy page outline" from the top frame: the element tree of its frames, no text or values.',
  pageKinds: EVERY_KIND,
  init({ doc }, signal) {
    // One answer per tab: the top frame reads the frames below it (Alma's frames are same-origin).
    const view = doc.defaultView;
    if (!view || view.top !== view) return false;
    // Built when asked, from the page as it is then: nothing is kept between requests.
    handleTabMessage('page-outline', () => buildPageOutline(doc), signal);
  },
});
