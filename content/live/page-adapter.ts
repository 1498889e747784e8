import type { PageReading } from '../page-reading';
import type { LiveFinding } from './types';
import type { UndoEntry } from './undo';

/**
 * What the live panel needs from one kind of editor page (Metadata Editor grid, Physical Item Editor) to act
 * on its findings. The page itself is read by content/page-reader.ts; every method gets the reading whose
 * findings the panel shows, so a finding is always looked up in the rows it was found in. Implementations go
 * through content/alma for everything Alma-specific.
 */
export interface LivePageAdapter {
  /** "Record checks" or "Item checks". */
  title: string;
  /** Custom element name of the panel's shadow host. */
  hostName: string;
  /** Whether `goTo` has a box to go to. */
  canGoTo(finding: LiveFinding, reading: PageReading): boolean;
  /** Focuses the finding's box; false when there is none; throws with a readable reason when it cannot. */
  goTo(finding: LiveFinding, reading: PageReading): boolean;
  /** Applies the finding's fix; throws with a readable message when it cannot. */
  fix(finding: LiveFinding, reading: PageReading): UndoEntry;
  /** The box a highlight outlines. */
  targetOf(finding: LiveFinding, reading: PageReading): Element | null;
}
