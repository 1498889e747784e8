/** Our shadow hosts' element names and our containers' ids start with this (left-dock.ts, mount-preact.ts). */
export const COMPANION_PREFIX = 'alma-companion-';
/** Classes and ids the companion puts into Alma's own document start with this (highlight.ts). */
export const PAGE_MARK_PREFIX = 'acc-';
const MARKER_CLASS = `${PAGE_MARK_PREFIX}marker`;

/**
 * The one answer to "is this our node?" — our panels' shadow hosts, the dock column, the highlight markers
 * and the page style element — so that watching the page never mistakes our own rendering for an edit, and
 * keys pressed in our panels are not taken for the page's. Duck-typed: nodes of the editor's shell frame
 * are not this frame's Node instances.
 */
export function isCompanionNode(node: Node | null | undefined): boolean {
  if (node?.nodeType !== 1) return false;
  const element = node as Element;
  return (
    element.tagName.toUpperCase().startsWith(COMPANION_PREFIX.toUpperCase()) ||
    element.id.startsWith(COMPANION_PREFIX) ||
    element.id.startsWith(PAGE_MARK_PREFIX) ||
    element.classList.contains(MARKER_CLASS)
  );
}

/** True for our nodes and anything inside them. */
export function isInCompanionNode(node: Node | null | undefined): boolean {
  for (let at: Node | null | undefined = node; at; at = at.parentNode) if (isCompanionNode(at)) return true;
  return false;
}
