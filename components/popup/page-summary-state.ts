import type { PageSummary } from '../../lib/page-summary';

/** What the popup knows about the current tab while it asks the tab's content script. */
export type PageSummaryState =
  | { status: 'loading' }
  /** No frame of the tab answered: not an Alma page, or the extension does not run there. */
  | { status: 'none' }
  | { status: 'ready'; summary: PageSummary }
  | { status: 'error'; message: string };

/** The OCLC worklist count, read from the companion database. */
export type WorklistState =
  | { status: 'loading' }
  | { status: 'ready'; pending: number }
  | { status: 'error'; message: string };
