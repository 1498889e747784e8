import type { HoldingsAction, Reminder } from './reminder';

/**
 * The OCLC holdings worklist: reminders the cataloger chose to act on later, in batch. Pure functions
 * over arrays of entries; background/db stores them.
 */
export type WorklistStatus = 'pending' | 'done' | 'removed';

export interface WorklistEntry {
  id: string;
  /** Digits only. */
  oclcNumber: string;
  action: HoldingsAction;
  mmsId: string;
  title: string;
  reason: string;
  /** Epoch milliseconds. */
  createdAt: number;
  status: WorklistStatus;
  note?: string;
}

export type NewWorklistEntry = Pick<WorklistEntry, 'oclcNumber' | 'action' | 'mmsId' | 'title' | 'reason'>;

export type AddOutcome =
  /** A new pending entry was added. */
  | { kind: 'added'; entry: WorklistEntry }
  /** A pending entry for the same number and action already existed; its details were merged. */
  | { kind: 'merged'; entry: WorklistEntry }
  /** A pending entry for the opposite action was cancelled: the two changes undo each other. */
  | { kind: 'cancelled'; entry: WorklistEntry };

export interface AddResult {
  entries: WorklistEntry[];
  outcome: AddOutcome;
  /** Entries created or changed (what a store has to write). */
  changed: WorklistEntry[];
}

export class WorklistInputError extends Error {}

/** The worklist input for a reminder; null when the reminder has no OCLC number yet. */
export function reminderToWorklistInput(reminder: Reminder): NewWorklistEntry | null {
  if (!reminder.oclcNumber) return null;
  return {
    oclcNumber: reminder.oclcNumber,
    action: reminder.action,
    mmsId: reminder.mmsId,
    title: reminder.title,
    reason: reminder.reason,
  };
}

/**
 * Adds an entry. A pending entry for the same number and action absorbs it (duplicates merge); a pending
 * entry for the same number and the opposite action is cancelled with a note, and nothing is added
 * (set-then-delete or delete-then-set leaves WorldCat as it was). Done and removed entries are history.
 */
export function addToWorklist(
  entries: readonly WorklistEntry[],
  input: NewWorklistEntry,
  options: { now?: number; id?: string } = {},
): AddResult {
  const oclcNumber = input.oclcNumber.trim();
  if (!/^\d+$/.test(oclcNumber)) {
    throw new WorklistInputError(
      `"${input.oclcNumber}" is not an OCLC number: use the digits of 035 $a without the (OCoLC) prefix.`,
    );
  }
  const now = options.now ?? Date.now();
  const pending = entries.filter((entry) => entry.status === 'pending' && entry.oclcNumber === oclcNumber);
  const same = pending.find((entry) => entry.action === input.action);
  if (same) {
    const merged = mergeEntry(same, input);
    return { entries: replace(entries, merged), outcome: { kind: 'merged', entry: merged }, changed: [merged] };
  }
  const opposite = pending.find((entry) => entry.action !== input.action);
  if (opposite) {
    const cancelled: WorklistEntry = {
      ...opposite,
      status: 'removed',
      note: appendNote(
        opposite.note,
        `Cancelled on ${new Date(now).toISOString().slice(0, 10)}: a later "${input.action}" for the same number (${input.reason}) undoes this "${opposite.action}".`,
      ),
    };
    return {
      entries: replace(entries, cancelled),
      outcome: { kind: 'cancelled', entry: cancelled },
      changed: [cancelled],
    };
  }
  const entry: WorklistEntry = {
    id: options.id ?? newId(),
    oclcNumber,
    action: input.action,
    mmsId: input.mmsId,
    title: input.title,
    reason: input.reason,
    createdAt: now,
    status: 'pending',
  };
  return { entries: [...entries, entry], outcome: { kind: 'added', entry }, changed: [entry] };
}

function mergeEntry(existing: WorklistEntry, input: NewWorklistEntry): WorklistEntry {
  const merged: WorklistEntry = { ...existing, title: existing.title || input.title };
  if (input.mmsId && input.mmsId !== existing.mmsId && !existing.mmsId.split(', ').includes(input.mmsId)) {
    // The same OCLC number on two bibs (duplicates): keep both MMS IDs so both can be checked.
    merged.mmsId = existing.mmsId ? `${existing.mmsId}, ${input.mmsId}` : input.mmsId;
  }
  if (input.reason && input.reason !== existing.reason)
    merged.note = appendNote(existing.note, `Also: ${input.reason}`);
  return merged;
}

export function markDone(entries: readonly WorklistEntry[], id: string, note?: string): WorklistEntry[] {
  return updateStatus(entries, id, 'done', note);
}

export function markRemoved(entries: readonly WorklistEntry[], id: string, note?: string): WorklistEntry[] {
  return updateStatus(entries, id, 'removed', note);
}

/** Sets an entry's status (and appends a note); throws when no entry has that id. */
export function updateStatus(
  entries: readonly WorklistEntry[],
  id: string,
  status: WorklistStatus,
  note?: string,
): WorklistEntry[] {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) throw new WorklistInputError(`No worklist entry with id "${id}".`);
  const updated: WorklistEntry = { ...entry, status };
  if (note) updated.note = appendNote(entry.note, note);
  return replace(entries, updated);
}

function replace(entries: readonly WorklistEntry[], updated: WorklistEntry): WorklistEntry[] {
  return entries.map((entry) => (entry.id === updated.id ? updated : entry));
}

function appendNote(existing: string | undefined, note: string): string {
  return existing ? `${existing}\n${note}` : note;
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}
