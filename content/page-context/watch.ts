import { parentDocumentOf } from '../alma';
import { observeDebounced } from '../dom/debounced-observer';

/**
 * Calls `onChange` once per burst of edits on the page: DOM changes (rows added, Alma re-rendering) and
 * typing (an input's value changes without any mutation). The new editor shows the MMS ID in its wrapper
 * frame, so that frame's changes count too. Stops when `signal` aborts.
 */
/** Our shadow hosts' element names and our containers' ids start with this. */
export const OUR_PREFIX = 'alma-companion-';

export function watchPageChanges(doc: Document, onChange: () => void, signal: AbortSignal, delayMs = 500): void {
  if (signal.aborted) return;
  const watched: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  // Our own shadow hosts change too (a ticked box re-renders the dock): they are not page edits.
  const isOurs = (node: Node): boolean =>
    node instanceof Element && (node.tagName.toLowerCase().startsWith(OUR_PREFIX) || node.id.startsWith(OUR_PREFIX));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!signal.aborted) onChange();
    }, delayMs);
  };
  if (doc.body) {
    const observer = new MutationObserver((mutations) => {
      if (
        mutations.every(
          (mutation) => isOurs(mutation.target) || [...mutation.addedNodes, ...mutation.removedNodes].every(isOurs),
        )
      )
        return;
      schedule();
    });
    observer.observe(doc.body, watched);
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  const wrapperBody = parentDocumentOf(doc)?.body;
  if (wrapperBody) observeDebounced(wrapperBody, watched, onChange, { signal, delayMs });
  for (const type of ['input', 'change'] as const) {
    doc.addEventListener(
      type,
      (event) => {
        if (event.target instanceof Node && !isOurs(event.target)) schedule();
      },
      { capture: true, signal },
    );
  }
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}
