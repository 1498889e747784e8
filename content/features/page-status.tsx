import type { PageKind } from '../alma/types';
import { PageStatusPanel } from '../../components/PageStatusPanel';
import type { PageStatusView } from '../../components/page-status-view';
import { mountPreactUi } from '../dom/mount-preact';
import { defineFeature, type PageRecognition } from '../feature-manager';

/**
 * Pages where no findings panel runs: lists, dialogs, relink, and pages not recognised (to say what is
 * missing). On the Metadata Editor grid and the Item Editor the findings panel names the page, record type,
 * MMS ID and field count itself (content/features/findings-panel, item-checks); a second panel there would
 * repeat it and cover it. Not the editors' shells either ('mde-wrapper', 'mde-old'): their grid frame has
 * its own content script and panel.
 */
const SHOWN_ON: readonly PageKind[] = ['items-list', 'holdings-list', 'withdraw-dialog', 'relink', 'unrecognised'];

/** What the panel says: the page as content/alma recognised it (a page change re-runs the feature). */
export function describePage(page: PageRecognition): PageStatusView {
  return { kind: page.kind, missing: page.missing };
}

export default defineFeature({
  id: 'page-status',
  description:
    // i18n-exempt: the feature described for developers, never shown to catalogers
    'Shows what the companion recognised on lists, dialogs and relink pages, and what is missing on a page it does not recognise.',
  pageKinds: SHOWN_ON,
  async init({ doc, page, wxt }, signal) {
    await mountPreactUi(wxt, <PageStatusPanel status={describePage(page)} />, {
      name: 'alma-companion-page-status',
      signal,
      doc,
    });
  },
});

/* Test pages: every fixture in tests/fixtures/alma/fixtures.json (npm run demo shows them all). */
