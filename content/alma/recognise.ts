import type { PageKind } from './types';
import { fromAlmaBlanks } from './blanks';
import { fieldRowsOf, findEditorTables, rowRef } from './grid';
import { paneContext } from './pane-context';
import { queryFirst } from './query';
import { detectRecordType } from './record-type';
import { hasRelinkPane } from './relink-pane';
import { SELECTORS, selectorHealth, type SelectorName } from './selectors';

export interface PageInfo {
  url?: string;
  title?: string;
  /** Id of the iframe holding this document, when the caller knows it (null for the top document). */
  frameId?: string | null;
  /** Whether the document is the tab's top frame. Informational only: recognition never depends on it. */
  isTopFrame?: boolean;
}

export interface PageRecognition {
  kind: PageKind;
  /** Expected elements not found (content/alma/selectors.ts names). Non-empty with a real kind = degraded page. */
  missing: string[];
}

/**
 * Which Alma page (or frame) `doc` is. Recognition follows DOM content — body ids, frame ids, grid ids —
 * never URLs or visible labels, because Alma runs in many languages and wraps legacy pages in `/ng` URLs
 * (docs/alma-evidence.md §7). A document that carries some of an editor's markers but lacks required elements is
 * 'unrecognised', with the missing list, so the extension can say "Alma's layout changed" instead of
 * silently doing nothing. `info.frameId`/`info.title` only ever turn 'other' into 'unrecognised' (the
 * frame should have been an editor); they never recognise a page by themselves.
 *
 * 'relink' is a split Metadata Editor whose right-hand pane is Relink Holdings, where Alma relinks
 * (docs/alma-evidence.md §6; the pane's markup is ASSUMED, fixture mde-relink). The separate relink pages'
 * body ids the project first assumed are superseded and kept only for the old fixtures relink-search and
 * relink-confirm.
 *
 * The withdraw confirmation and the Last Item dialog are popups over the List of Items, which keeps its body id
 * (docs/alma-evidence.md §10): a List of Items with a withdraw popup open, or the popup's own document inside
 * iframe#iframePopupIframe, is 'withdraw-dialog' — but only when the popup shows the withdraw controls of
 * SELECTORS.withdrawDialogContent. The generic confirmation button alone could confirm anything, so a list
 * under an unknown popup stays 'items-list'.
 */
export function recognisePage(doc: Document, info: PageInfo = {}): PageRecognition {
  const candidate = candidateKind(doc, info);
  if (candidate === null) return { kind: 'other', missing: [] };
  const health = selectorHealth(doc, candidate);
  if (health.missingRequired.length > 0) return { kind: 'unrecognised', missing: health.missing };
  return { kind: candidate === 'mde-bib' ? gridKind(doc) : candidate, missing: health.missing };
}

const has = (doc: Document, name: SelectorName): boolean => queryFirst(doc, SELECTORS[name]) !== null;
const hasAny = (doc: Document, names: readonly SelectorName[]): boolean => names.some((name) => has(doc, name));

/** Markers of each kind: any one of them makes the document a candidate for that kind. */
const GRID_MARKERS: readonly SelectorName[] = ['editorTable', 'tagInput', 'fieldText', 'editorContainer', 'paneTitle'];
const WRAPPER_MARKERS: readonly SelectorName[] = ['yardsFrame', 'wrapperLayout', 'wrapperHeaders', 'mmsIdContainer'];

/** Body ids legacy pages carry (docs/alma-evidence.md §7): the page's own statement of what it is. */
const BODY_KINDS: ReadonlyArray<[SelectorName, PageKind]> = [
  ['oldMdeBody', 'mde-old'],
  ['itemEditorBody', 'item-editor'],
  ['relinkBody', 'relink'],
  ['itemsListBody', 'items-list'],
  ['holdingsListBody', 'holdings-list'],
];

/** The kind the document claims to be (grid kinds reported as 'mde-bib' until refined), or null. */
function candidateKind(doc: Document, info: PageInfo): PageKind | null {
  for (const [name, kind] of BODY_KINDS) {
    if (!has(doc, name)) continue;
    // A withdraw popup open over the List of Items (the list keeps its body id).
    if (kind === 'items-list' && has(doc, 'withdrawDialogContent')) return 'withdraw-dialog';
    return kind;
  }
  // Content markers, for pages whose body id changed (or was never there), and popup documents.
  if (has(doc, 'itemEditorBox')) return 'item-editor';
  if (has(doc, 'withdrawDialogContent')) return 'withdraw-dialog';
  if (has(doc, 'itemsListRow')) return 'items-list';
  if (has(doc, 'holdingsListRow')) return 'holdings-list';
  if (hasAny(doc, GRID_MARKERS)) return 'mde-bib';
  if (hasAny(doc, WRAPPER_MARKERS)) return 'mde-wrapper';
  // Hints from the caller: the frame is where an editor should be, but none of its markers are here.
  if (info.frameId === 'yards_iframe') return 'mde-bib';
  if (info.frameId === 'yardsNgWrapper' || info.title === 'Md Editor') return 'mde-wrapper';
  return null;
}

/** relink / mde-split / mde-holdings / mde-bib for a grid document that passed its health check. */
function gridKind(doc: Document): PageKind {
  if (hasRelinkPane(doc)) return 'relink';
  const tables = findEditorTables(doc);
  if (tables.length > 1) return 'mde-split';
  const table = tables[0] as HTMLTableElement;
  let leader: string | null = null;
  const tags = new Set<string>();
  for (const row of fieldRowsOf(table)) {
    const ref = rowRef(row);
    const tag = (ref.tagInput?.value ?? '').trim();
    if (tag === 'LDR' && leader === null) leader = fromAlmaBlanks(ref.textarea?.value ?? '');
    else if (tag) tags.add(tag);
  }
  const { headerText } = paneContext(doc, table, 0, 1);
  return detectRecordType({ leader, headerText, tags }) === 'holdings' ? 'mde-holdings' : 'mde-bib';
}
