import type { CompanionDb } from '../db/companion-db';

/** Entries still to be done in WorldCat (not done, not removed). */
export function countPendingWorklist(db: CompanionDb): Promise<number> {
  return db.countFromIndex('worklist', 'status', 'pending');
}
