import type { LiveFinding, PaneResult, PaneSnapshot } from './types';
import type { UndoEntry } from './undo';

/**
 * What the live panel needs from one kind of editor page (Metadata Editor grid, Physical Item Editor):
 * reading it, and acting on its findings. Implementations go through content/alma for everything Alma-specific.
 */
export interface LivePageAdapter {
  /** "Record checks" or "Item checks". */
  title: string;
  /** Custom element name of the panel's shadow host. */
  hostName: string;
  /** The documents whose keyboard shortcuts the panel answers (the frame, and the editor's shell if any). */
  keyboardDocuments: Document[];
  /** True while Alma shows its loading state. */
  isBusy(): boolean;
  /** Snapshots of what the page shows now (one per pane); the DOM is read at once, before anything is awaited. */
  read(): PaneSnapshot[] | Promise<PaneSnapshot[]>;
  /** The findings of the last read() are now the ones shown (the adapter acts on that reading from now on). */
  afterUpdate?(results: readonly PaneResult[]): void;
  /** Whether `goTo` has a box to go to. */
  canGoTo(finding: LiveFinding): boolean;
  /** Focuses the finding's box; false when there is none; throws with a readable reason when it cannot. */
  goTo(finding: LiveFinding): boolean;
  /** Applies the finding's fix; throws with a readable message when it cannot. */
  fix(finding: LiveFinding): UndoEntry;
  /** The box a highlight outlines. */
  targetOf(finding: LiveFinding): Element | null;
}
