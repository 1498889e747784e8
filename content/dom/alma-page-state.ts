import { findEditorTables, queryFirst, SELECTORS } from '../alma';

/**
 * The page-state signals the feature manager needs between two recognitions: is Alma still loading, and
 * has the page changed underneath us. Selectors come from content/alma (the only code that knows Alma's DOM).
 */

/** Alma hides #loadingBlocker (class `hide`) when idle; the new MDE removes div.gwtVisibility when ready. */
export function isAlmaBusy(doc: Document): boolean {
  const blocker = queryFirst<HTMLElement>(doc, SELECTORS.loadingBlocker);
  if (blocker && isShown(blocker)) return true;
  return queryFirst(doc, SELECTORS.wrapperLoading) !== null;
}

function isShown(element: HTMLElement): boolean {
  if (element.hidden || element.classList.contains('hide')) return false;
  return element.style.display !== 'none' && element.style.visibility !== 'hidden';
}

const identities = new WeakMap<Element, number>();
let nextIdentity = 0;

/** A number per element object, so a replaced element (same id, new node) changes the signature. */
function identityOf(element: Element): number {
  let identity = identities.get(element);
  if (identity === undefined) {
    identity = ++nextIdentity;
    identities.set(element, identity);
  }
  return identity;
}

/**
 * Changes whenever features must start again: another legacy page (body id), another record in the
 * Metadata Editor (GWT replaces the grid tables), or another URL (single-page navigation).
 */
export function almaPageSignature(doc: Document, url: string): string {
  const grids = findEditorTables(doc).map((table) => `${table.id}#${identityOf(table)}`);
  return [url, doc.body?.id ?? '', ...grids].join('|');
}
