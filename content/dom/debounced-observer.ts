export interface DebouncedObserverOptions {
  signal: AbortSignal;
  /** Quiet period after the last mutation before `callback` runs. */
  delayMs: number;
}

/**
 * Runs `callback` once per burst of mutations under `target`, until `signal` aborts.
 * Alma's GWT grid mutates on every keystroke (the highlight overlay is re-rendered), so reacting
 * to each mutation would cost more than the work it triggers.
 */
export function observeDebounced(
  target: Node,
  init: MutationObserverInit,
  callback: () => void,
  { signal, delayMs }: DebouncedObserverOptions,
): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!signal.aborted) callback();
    }, delayMs);
  });
  observer.observe(target, init);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
