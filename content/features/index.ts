import type { Feature } from '../feature-manager';
import findingsPanel from './findings-panel';
import itemChecks from './item-checks';
import itemMemory from './item-memory';
import checklists from './checklists';
import oclcReminders from './oclc-reminders';
import pageStatus from './page-status';
import pageOutline from './page-outline';
import pageSummary from './page-summary';
import saveReminder from './save-reminder';

/**
 * Every content-script feature, in start order. A static list rather than self-registration on import:
 * WXT bundles the content script into one file, so import side effects would be fragile.
 * tests/unit/content/features/registry.test.ts checks that every file here is listed.
 */
export const features: readonly Feature[] = [
  pageStatus,
  pageSummary,
  pageOutline,
  findingsPanel,
  itemChecks,
  itemMemory,
  saveReminder,
  oclcReminders,
  checklists,
];
