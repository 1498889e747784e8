/**
 * A column at the bottom-left of the page where the companion's docks (checklists, OCLC reminders) stack
 * instead of covering each other: each feature mounts its own shadow root and moves its host in here.
 * The page-status panel keeps the bottom-right corner, so the docks and the panel never overlap.
 * Plain inline styles: the column lives in Alma's document, outside any shadow root.
 */
export const LEFT_DOCK_ID = 'alma-companion-left-dock';

const DOCK_STYLE = [
  'position: fixed',
  // Logical: on a right-to-left page (Alma in Arabic or Hebrew) the column is at the bottom right.
  'inset-inline-start: 12px',
  'bottom: 12px',
  'z-index: 2147483000',
  'display: flex',
  'flex-direction: column',
  'align-items: flex-start',
  'gap: 8px',
  'max-height: calc(100vh - 24px)',
  // Each dock limits its own height; should they still not fit (a short window), the column scrolls.
  'overflow-y: auto',
  'margin: 0',
  'padding: 0',
  // The column itself must not swallow clicks meant for the page between the docks.
  'pointer-events: none',
].join('; ');

/**
 * Moves `host` into the dock column at position `order` (lower is higher up) until `signal` aborts;
 * the column goes when its last dock does.
 */
export function placeInLeftDock(host: HTMLElement, order: number, signal: AbortSignal): void {
  const doc = host.ownerDocument;
  let dock = doc.getElementById(LEFT_DOCK_ID);
  if (!dock) {
    dock = doc.createElement('div');
    dock.id = LEFT_DOCK_ID;
    dock.setAttribute('style', DOCK_STYLE);
    doc.body.append(dock);
  }
  // WXT resets the shadow host with `:host { all: initial !important }`, which no style set from outside
  // can beat, so the stacking order is kept in the DOM order (flex items are laid out in source order).
  host.dataset.dockOrder = String(order);
  const before = [...dock.children].find(
    (child) => child !== host && Number((child as HTMLElement).dataset.dockOrder) > order,
  );
  dock.insertBefore(host, before ?? null);
  const column = dock;
  signal.addEventListener(
    'abort',
    () => {
      host.remove();
      if (column.childElementCount === 0) column.remove();
    },
    { once: true },
  );
}
