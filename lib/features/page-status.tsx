import type { VNode } from 'preact';
import { extractItem, extractRecords, parentDocumentOf } from '../alma';
import type { PageKind } from '../alma/types';
import { PageStatusPanel } from '../../components/PageStatusPanel';
import type { PageStatusView } from '../../components/page-status-view';
import { observeDebounced } from '../dom/debounced-observer';
import { mountPreactUi } from '../dom/mount-preact';
import { defineFeature, type PageRecognition } from '../feature-manager';

/**
 * Pages where no findings panel runs: lists, dialogs, relink, and pages not recognised (to say what is
 * missing). On the Metadata Editor grid and the Item Editor the findings panel names the page, record type,
 * MMS ID and field count itself (lib/features/findings-panel, item-checks); a second panel there would
 * repeat it and cover it. Not the editors' shells either ('mde-wrapper', 'mde-old'): their grid frame has
 * its own content script and panel.
 */
const SHOWN_ON: readonly PageKind[] = [
  'items-list',
  'holdings-list',
  'withdraw-dialog',
  'relink',
  'unrecognised',
];

const RECORD_KINDS: ReadonlySet<PageKind> = new Set(['mde-bib', 'mde-holdings', 'mde-split']);

/** Reads what the panel shows from the page through lib/alma (the only code that knows Alma's DOM). */
export function describePage(doc: Document, page: PageRecognition): PageStatusView {
  const panes = RECORD_KINDS.has(page.kind)
    ? extractRecords(doc).map((extracted) => ({
        pane: extracted.pane,
        recordType: extracted.type,
        mmsId: extracted.mmsId,
        fieldCount: extracted.record.fields.length,
      }))
    : [];
  const item = page.kind === 'item-editor' ? extractItem(doc) : null;
  return {
    kind: page.kind,
    missing: page.missing,
    panes,
    item: item && { barcode: item.barcode, mmsId: item.mmsId },
  };
}

export default defineFeature({
  id: 'page-status',
  description: 'Shows what the companion recognised on lists, dialogs and relink pages, and what is missing on a page it does not recognise.',
  pageKinds: SHOWN_ON,
  async init({ doc, page, wxt, log }, signal) {
    const panel = (): VNode => <PageStatusPanel status={describePage(doc, page)} />;
    const ui = await mountPreactUi(wxt, panel(), { name: 'alma-companion-page-status', signal, doc });
    if (!ui) return;
    // Catalogers add and delete fields without Alma replacing the grid, so counts are re-read after edits settle.
    const refresh = (): void => {
      try {
        ui.update(panel());
      } catch (error) {
        log.error('could not refresh the panel', error);
      }
    };
    const watched = { childList: true, subtree: true, characterData: true };
    observeDebounced(doc.body, watched, refresh, { signal, delayMs: 400 });
    // The new editor shows the MMS ID in the wrapper frame, which changes without touching this document.
    const wrapperBody = parentDocumentOf(doc)?.body;
    if (wrapperBody) observeDebounced(wrapperBody, watched, refresh, { signal, delayMs: 400 });
  },
});

/* Test pages: every fixture in tests/fixtures/alma/fixtures.json (npm run demo shows them all). */
