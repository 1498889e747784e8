import type { ChecklistProgress, CompanionDb } from './companion-db';
import { CompanionDbInputError } from './companion-db';

const DAY_MS = 24 * 60 * 60 * 1000;

export function getProgress(
  db: CompanionDb,
  recordId: string,
  procedureId: string,
): Promise<ChecklistProgress | undefined> {
  return db.get('progress', [recordId, procedureId]);
}

/** Stores the ticked steps (deduplicated, in the order given) and stamps the time. */
export async function setProgress(
  db: CompanionDb,
  progress: Pick<ChecklistProgress, 'recordId' | 'procedureId' | 'checkedSteps'>,
  now: number = Date.now(),
): Promise<ChecklistProgress> {
  const recordId = progress.recordId.trim();
  const procedureId = progress.procedureId.trim();
  if (!recordId || !procedureId) {
    throw new CompanionDbInputError(
      'Checklist progress needs a record id (MMS ID, holdings ID or item PID) and a procedure id.',
    );
  }
  const stored: ChecklistProgress = {
    recordId,
    procedureId,
    checkedSteps: [...new Set(progress.checkedSteps)],
    updatedAt: now,
  };
  await db.put('progress', stored);
  return stored;
}

/** All progress kept for a record (one entry per procedure used on it). */
export function listProgressForRecord(db: CompanionDb, recordId: string): Promise<ChecklistProgress[]> {
  return db.getAll('progress', IDBKeyRange.bound([recordId, ''], [recordId, '\uffff']));
}

export function clearProgress(db: CompanionDb, recordId: string, procedureId: string): Promise<void> {
  return db.delete('progress', [recordId, procedureId]);
}

/** Deletes progress not touched for more than `days` days; returns how many entries went. */
export async function purgeOldProgress(db: CompanionDb, days: number, now: number = Date.now()): Promise<number> {
  if (!Number.isFinite(days) || days < 0)
    throw new CompanionDbInputError(
      `Cannot purge progress older than "${days}" days: give a number of days, 0 or more.`,
    );
  const cutoff = now - days * DAY_MS;
  const tx = db.transaction('progress', 'readwrite');
  let deleted = 0;
  let cursor = await tx.store.index('updatedAt').openCursor(IDBKeyRange.upperBound(cutoff, true));
  while (cursor) {
    await cursor.delete();
    deleted++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return deleted;
}
