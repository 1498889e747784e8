import type { DBSchema, IDBPDatabase } from 'idb';
import { openDB } from 'idb';
import type { PageKind } from '../../content/alma/types';
import type { WorklistEntry, WorklistStatus } from '../../lib/oclc/worklist';

/**
 * The extension's one IndexedDB database. It lives in the extension's origin and is opened by the
 * background, options and popup pages only; content scripts reach it through messages.
 */
export const COMPANION_DB_NAME = 'alma-cataloger-companion';
export const COMPANION_DB_VERSION = 1;

/** Which checklist steps a cataloger ticked for one procedure on one record. */
export interface ChecklistProgress {
  /** MMS ID, holdings ID or item PID the checklist was used on. */
  recordId: string;
  procedureId: string;
  checkedSteps: string[];
  /** Epoch milliseconds of the last change; old progress is purged. */
  updatedAt: number;
}

/** A document the institution adds to the popup's list beside the built-in procedures. */
export interface CustomDocument {
  id: string;
  title: string;
  url: string;
  summary: string;
  tags: string[];
  /** Alma pages where the document is suggested; empty: popup only. */
  pageKinds: PageKind[];
  createdAt: number;
  updatedAt: number;
}

export interface CompanionSchema extends DBSchema {
  progress: { key: [string, string]; value: ChecklistProgress; indexes: { updatedAt: number } };
  worklist: {
    key: string;
    value: WorklistEntry;
    indexes: { oclcNumber: string; status: WorklistStatus; createdAt: number };
  };
  documents: { key: string; value: CustomDocument; indexes: { updatedAt: number } };
}

export type CompanionDb = IDBPDatabase<CompanionSchema>;

/** Bad input to a store function: the message says what is wrong; nothing was written. */
export class CompanionDbInputError extends Error {}

export function openCompanionDb(name: string = COMPANION_DB_NAME): Promise<CompanionDb> {
  return openDB<CompanionSchema>(name, COMPANION_DB_VERSION, {
    upgrade(db, oldVersion) {
      // Each block creates what a version added; later versions append blocks, never edit old ones.
      if (oldVersion < 1) {
        const progress = db.createObjectStore('progress', { keyPath: ['recordId', 'procedureId'] });
        progress.createIndex('updatedAt', 'updatedAt');
        const worklist = db.createObjectStore('worklist', { keyPath: 'id' });
        worklist.createIndex('oclcNumber', 'oclcNumber');
        worklist.createIndex('status', 'status');
        worklist.createIndex('createdAt', 'createdAt');
        const documents = db.createObjectStore('documents', { keyPath: 'id' });
        documents.createIndex('updatedAt', 'updatedAt');
      }
    },
  });
}
