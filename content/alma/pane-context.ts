import { queryAll, readText } from './query';
import { SELECTORS } from './selectors';

/**
 * What the page says about the record in one grid pane: its header text and MMS ID. The new MDE shows
 * them in the wrapper document (the grid frame's parent, reachable when same-origin), the old MDE in a
 * `MarcEditorView.title` per pane inside the grid document (alma-dom.md §2.2, §2.3).
 */

export interface PaneContext {
  headerText: string | null;
  mmsId: string | null;
}

/** The document of the frame holding `doc` (the MDE wrapper for the grid), or null if cross-origin/top. */
export function parentDocumentOf(doc: Document): Document | null {
  const view = doc.defaultView;
  if (!view) return null;
  try {
    if (view.frameElement) return view.frameElement.ownerDocument;
    // Some engines (and happy-dom) leave frameElement unset; parent.document works when same-origin.
    if (view.parent && view.parent !== view) return view.parent.document;
  } catch {
    // Cross-origin parent: access throws a SecurityError. The grid's own title is the fallback.
  }
  return null;
}

/**
 * The MMS ID in a header or pane title: `(991234…)` as Alma writes it. A title may also quote the record's
 * title, e.g. "Report (1998) (99123406532)", so the last parenthesised number of 8+ digits wins; then the
 * last parenthesised number; then a bare run of 8+ digits (in case the parentheses go).
 */
export function mmsIdFromText(text: string): string | null {
  const numbers = Array.from(text.matchAll(/\((\d+)\)/g), (match) => match[1] as string);
  const long = numbers.filter((number) => number.length >= 8);
  return long.at(-1) ?? numbers.at(-1) ?? /\b(\d{8,})\b/.exec(text)?.[1] ?? null;
}

/**
 * The element among `candidates` that belongs to pane `paneIndex` of `paneCount`: the one sharing the
 * nearest ancestor with `table`, else by position when there is one candidate per pane.
 */
function elementForPane(candidates: Element[], table: Element, paneIndex: number, paneCount: number): Element | null {
  if (candidates.length === 0) return null;
  if (paneCount === 1) return candidates[0] ?? null;
  const sameDocument = candidates.filter((candidate) => candidate.ownerDocument === table.ownerDocument);
  for (let ancestor = table.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const inside = sameDocument.filter((candidate) => ancestor.contains(candidate));
    if (inside.length === 1) return inside[0] ?? null;
    if (inside.length > 1) break;
  }
  return candidates.length === paneCount ? (candidates[paneIndex] ?? null) : null;
}

export function paneContext(doc: Document, table: HTMLTableElement, paneIndex: number, paneCount: number): PaneContext {
  const wrapper = parentDocumentOf(doc);
  const wrapperHeaders = wrapper ? queryAll(wrapper, SELECTORS.headerFirstRow) : [];
  const wrapperIds = wrapper ? queryAll(wrapper, SELECTORS.mmsIdContainer) : [];
  const titles = queryAll(doc, SELECTORS.paneTitle);

  const title = elementForPane(titles, table, paneIndex, paneCount);
  const header = elementForPane(wrapperHeaders, table, paneIndex, paneCount);
  const idElement = elementForPane(wrapperIds, table, paneIndex, paneCount);

  const headerText = header ? readText(header) : title ? readText(title) : null;
  const mmsId =
    (idElement ? mmsIdFromText(readText(idElement)) : null) ?? (title ? mmsIdFromText(readText(title)) : null);
  return { headerText, mmsId };
}
