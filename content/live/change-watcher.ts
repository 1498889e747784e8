/**
 * Calls `onChange` when the cataloger edits the page: typing in a box (input/change events, which content/alma's
 * writes fire too), or rows added, deleted or moved (GWT inserts and removes <tr> elements). Other DOM churn,
 * such as the `.hwt-highlights` overlay re-rendered on every keystroke or our own highlight markers, is
 * ignored so it cannot cause re-validation loops.
 */
export function watchChanges(
  doc: Document,
  onChange: () => void,
  signal: AbortSignal,
  isOwnNode: (node: Node) => boolean,
): void {
  const onEdit = (event: Event): void => {
    // Events from our own panel are retargeted to its shadow host.
    const target = event.target as Node | null;
    if (target && typeof target.nodeType === 'number' && isOwnNode(target)) return;
    onChange();
  };
  doc.addEventListener('input', onEdit, { capture: true, passive: true, signal });
  doc.addEventListener('change', onEdit, { capture: true, passive: true, signal });

  const observer = new (doc.defaultView ?? window).MutationObserver((records) => {
    if (records.some(changesRows)) onChange();
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  function changesRows(record: MutationRecord): boolean {
    return touchesRow(record.addedNodes) || touchesRow(record.removedNodes);
  }
  function touchesRow(nodes: NodeList): boolean {
    for (const node of Array.from(nodes)) {
      if (node.nodeType !== 1 || isOwnNode(node)) continue;
      const element = node as Element;
      const tag = element.tagName;
      if (tag === 'TR' || tag === 'TBODY' || tag === 'TABLE' || element.querySelector('tr') !== null) return true;
    }
    return false;
  }
}
