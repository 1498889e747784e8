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
