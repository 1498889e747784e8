import { extractRecords } from './extract-record';
import { mmsIdFromText } from './pane-context';
import { queryFirst, readText } from './query';
import { SELECTORS } from './selectors';

/**
 * Holdings relink as Alma does it: inside the split Metadata Editor, the holdings record in the left pane and
 * the Relink Holdings search in the right-hand pane (docs/alma-evidence.md §6; WRLC 2022, FLVC). The pane's
 * markup is not public, so what is read here is ASSUMED (SELECTORS.relinkPane, relinkPaneTarget) and the
 * fixture mde-relink carries the same assumption. What the page does not show stays null.
 */

export interface PaneRelinkFacts {
  /** The bib the holdings leave: the holdings record's 004, as the grid shows it. */
  sourceMmsId: string | null;
  /** The bib chosen in the relink pane; null while the cataloger is still searching. */
  targetMmsId: string | null;
  /** The holdings record being relinked (its own id, from the header or its 001). */
  holdingsId: string | null;
}

/** Whether this grid document shows the relink pane beside a record. */
export function hasRelinkPane(doc: Document): boolean {
  return queryFirst(doc, SELECTORS.relinkPane) !== null;
}

/** Reads a split-MDE relink; null when the document shows no relink pane. */
export function extractPaneRelink(doc: Document): PaneRelinkFacts | null {
  if (!hasRelinkPane(doc)) return null;
  const holdings = extractRecords(doc).find((extracted) => extracted.type === 'holdings');
  const controlValue = (tag: string): string | null => {
    const field = holdings?.record.fields.find((candidate) => candidate.tag === tag);
    return field && 'value' in field ? field.value.trim() || null : null;
  };
  const target = queryFirst(doc, SELECTORS.relinkPaneTarget);
  return {
    sourceMmsId: controlValue('004'),
    targetMmsId: target ? mmsIdFromText(readText(target)) : null,
    holdingsId: holdings ? (holdings.mmsId ?? controlValue('001')) : null,
  };
}
