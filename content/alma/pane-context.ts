import { queryAll, readText } from './query';
import type { EditorPane } from '../../lib/page-model';
import { paneOf } from './grid';
import { SELECTORS } from './selectors';

/**
 * What the page says about the record in one grid pane: its header text and MMS ID. The new MDE shows
 * them in the wrapper document (the grid frame's parent, reachable when same-origin): per pane a
 * `header.firstRow` holding `.mmsIdContainer` and a `header.secondRow` naming the record type, with ids that
 * start with the pane ("left…"/"right…") in split view (docs/alma-evidence.md §2.2-§2.4). The old MDE shows a
 * `MarcEditorView.title` per pane inside the grid document (§3.9).
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

/** The header element of pane `side` whose id starts with the pane's name, as TU lAma pairs them (§2.4). */
function headerBySide(candidates: Element[], side: EditorPane): Element | null {
  if (side === 'single') return null;
  const prefix = side.slice(0, 4);
  const matching = candidates.filter((candidate) => candidate.id.toLowerCase().startsWith(prefix));
  return matching.length === 1 ? (matching[0] ?? null) : null;
}

export function paneContext(doc: Document, table: HTMLTableElement, paneIndex: number, paneCount: number): PaneContext {
  const wrapper = parentDocumentOf(doc);
  const side = paneOf(table, paneIndex, paneCount);
  const pick = (candidates: Element[]): Element | null =>
    headerBySide(candidates, side) ?? elementForPane(candidates, table, paneIndex, paneCount);

  const firstRows = wrapper ? queryAll(wrapper, SELECTORS.headerFirstRow) : [];
  const secondRows = wrapper ? queryAll(wrapper, SELECTORS.headerSecondRow) : [];
  const firstRow = pick(firstRows);
  const secondRow = pick(secondRows);
  // The MMS ID box inside the pane's first row; else one box per pane by position.
  const idInFirstRow = firstRow ? queryAll(firstRow, SELECTORS.mmsIdContainer)[0] : undefined;
  const idElement =
    idInFirstRow ??
    (wrapper ? elementForPane(queryAll(wrapper, SELECTORS.mmsIdContainer), table, paneIndex, paneCount) : null);
  const title = elementForPane(queryAll(doc, SELECTORS.paneTitle), table, paneIndex, paneCount);

  // The record type is in the second row, never the first (which holds the MMS ID).
  const headerText = secondRow ? readText(secondRow) : title ? readText(title) : null;
  const mmsId =
    (idElement ? mmsIdFromText(readText(idElement)) : null) ?? (title ? mmsIdFromText(readText(title)) : null);
  return { headerText, mmsId };
}
