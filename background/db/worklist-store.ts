import type { AddResult, NewWorklistEntry, WorklistEntry, WorklistStatus } from '../../lib/oclc/worklist';
import { WorklistInputError, addToWorklist, updateStatus } from '../../lib/oclc/worklist';
import type { CompanionDb } from './companion-db';

/**
 * The OCLC worklist in IndexedDB. The merge and cancel logic is lib/oclc/worklist's; this runs it over
 * the stored pending entries of the same number inside one transaction, so two tabs cannot both add.
 */
export async function addWorklistEntry(
  db: CompanionDb,
  input: NewWorklistEntry,
  options: { now?: number; id?: string } = {},
): Promise<AddResult> {
  const tx = db.transaction('worklist', 'readwrite');
  const sameNumber = await tx.store.index('oclcNumber').getAll(input.oclcNumber.trim());
  let result: AddResult;
  try {
    result = addToWorklist(sameNumber, input, options);
  } catch (error) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw error;
  }
  for (const entry of result.changed) await tx.store.put(entry);
  await tx.done;
  return result;
}

/** Entries, oldest first; only those with the given status when one is given. */
export async function listWorklist(
  db: CompanionDb,
  filter: { status?: WorklistStatus } = {},
): Promise<WorklistEntry[]> {
  const entries = filter.status
    ? await db.getAllFromIndex('worklist', 'status', filter.status)
    : await db.getAll('worklist');
  return entries.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Marks an entry done or removed (or pending again), appending a note; throws for an unknown id. */
export async function updateWorklistEntry(
  db: CompanionDb,
  id: string,
  change: { status: WorklistStatus; note?: string },
): Promise<WorklistEntry> {
  const tx = db.transaction('worklist', 'readwrite');
  const entry = await tx.store.get(id);
  if (!entry) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new WorklistInputError(`No worklist entry with id "${id}".`);
  }
  const [updated] = updateStatus([entry], id, change.status, change.note);
  await tx.store.put(updated!);
  await tx.done;
  return updated!;
}

/** Permanently deletes entries that are done or removed; returns how many went. */
export async function clearFinishedWorklist(db: CompanionDb): Promise<number> {
  const tx = db.transaction('worklist', 'readwrite');
  let deleted = 0;
  for (const status of ['done', 'removed'] as const) {
    const keys = await tx.store.index('status').getAllKeys(status);
    for (const key of keys) {
      await tx.store.delete(key);
      deleted++;
    }
  }
  await tx.done;
  return deleted;
}
