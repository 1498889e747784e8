import { isCompanionNode, isInCompanionNode } from './companion-node';
import { observeDebounced } from './debounced-observer';

export interface PageWatcherOptions<T> {
  doc: Document;
  /** Stops watching (content script invalidated). */
  signal: AbortSignal;
  /** True while the host app shows its loading state; nothing is reported until it clears. */
  isBusy: (doc: Document) => boolean;
  /** Reads the page state once the host app is idle. */
  read: (doc: Document) => T;
  /** Equal keys mean "same page": no report. */
  keyOf: (state: T) => string;
  /** Called whenever the page settles into a state with a different key. */
  onChange: (state: T) => void;
  debounceMs?: number;
}

export interface PageWatcher {
  /** Re-checks now, e.g. on wxt:locationchange. */
  check(): void;
}

/**
 * Watches the frame's document and reports each settled page state once. One MutationObserver on the
 * root catches body id changes, grid replacement and the loading overlay toggling (class/style/hidden).
 */
export function watchPage<T>(options: PageWatcherOptions<T>): PageWatcher {
  const { doc, signal, isBusy, read, keyOf, onChange } = options;
  let lastKey: string | undefined;
  const check = (): void => {
    if (signal.aborted || isBusy(doc)) return;
    const state = read(doc);
    const key = keyOf(state);
    if (key === lastKey) return;
    lastKey = key;
    onChange(state);
  };
  observeDebounced(
    doc.documentElement,
    { subtree: true, childList: true, attributes: true, attributeFilter: ['id', 'class', 'style', 'hidden'] },
    check,
    { signal, delayMs: options.debounceMs ?? 150 },
  );
  check();
  return { check };
}

export interface EditWatchOptions {
  /**
   * Count only rows added, removed or moved among the DOM changes (the Metadata Editor grid, where other
   * churn such as the `.hwt-highlights` overlay re-rendered on every keystroke would cause runs for nothing).
   * Elsewhere (item editor, lists, dialogs) every change outside our own nodes counts.
   */
  rowsOnly: boolean;
  /** Another document whose changes count too (the new editor's shell shows the MMS ID). */
  alsoWatch?: Document | null;
}

/**
 * The page watcher for edits: calls `onEdit` on every change the cataloger (or Alma) makes to what the page
 * shows — typing (input and change events, which content/alma's writes fire too) and DOM changes — and
 * never for our own nodes (markers, panels, docks), so our rendering cannot cause loops. Not debounced: the
 * page reader batches a burst of edits into one reading. Stops when `signal` aborts.
 */
export function watchEdits(doc: Document, onEdit: () => void, signal: AbortSignal, options: EditWatchOptions): void {
  if (signal.aborted) return;
  const onEvent = (event: Event): void => {
    // Events from our own panels are retargeted to their shadow hosts.
    if (!isInCompanionNode(event.target as Node | null)) onEdit();
  };
  for (const type of ['input', 'change'] as const) {
    doc.addEventListener(type, onEvent, { capture: true, passive: true, signal });
  }
  const counts = options.rowsOnly ? changesRows : changesPage;
  const observe = (target: Document): void => {
    if (!target.body) return;
    const observer = new (target.defaultView ?? window).MutationObserver((records) => {
      if (records.some(counts)) onEdit();
    });
    observer.observe(target.body, { childList: true, subtree: true, characterData: !options.rowsOnly });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  };
  observe(doc);
  if (options.alsoWatch) observe(options.alsoWatch);
}

function changesPage(record: MutationRecord): boolean {
  if (isInCompanionNode(record.target)) return false;
  if (record.type !== 'childList') return true;
  return [...record.addedNodes, ...record.removedNodes].some((node) => !isCompanionNode(node));
}

function changesRows(record: MutationRecord): boolean {
  return touchesRow(record.addedNodes) || touchesRow(record.removedNodes);
}

function touchesRow(nodes: NodeList): boolean {
  for (const node of Array.from(nodes)) {
    if (node.nodeType !== 1 || isCompanionNode(node)) continue;
    const element = node as Element;
    const tag = element.tagName;
    if (tag === 'TR' || tag === 'TBODY' || tag === 'TABLE' || element.querySelector('tr') !== null) return true;
  }
  return false;
}
