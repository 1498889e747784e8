import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import type { CompanionDb } from '../../../../background/db/companion-db';
import { CompanionDbInputError, openCompanionDb } from '../../../../background/db/companion-db';
import {
  clearProgress,
  getProgress,
  listProgressForRecord,
  purgeOldProgress,
  setProgress,
} from '../../../../background/db/progress-store';
import {
  addWorklistEntry,
  clearFinishedWorklist,
  listWorklist,
  updateWorklistEntry,
} from '../../../../background/db/worklist-store';
import { deleteDocument, getDocument, listDocuments, putDocument } from '../../../../background/db/documents-store';
import { WorklistInputError } from '../../../../lib/oclc/worklist';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 1);
let name: string;
let db: CompanionDb;
let counter = 0;

beforeEach(async () => {
  name = `companion-test-${++counter}`;
  db = await openCompanionDb(name);
});

afterEach(async () => {
  db.close();
  await deleteDB(name);
});

async function reopen(): Promise<CompanionDb> {
  db.close();
  db = await openCompanionDb(name);
  return db;
}

describe('checklist progress', () => {
  it('persists across reopening, keyed by record and procedure', async () => {
    await setProgress(
      db,
      { recordId: '991', procedureId: 'item-records', checkedSteps: ['copy-id', 'copy-id', 'barcode-last'] },
      NOW,
    );
    await setProgress(db, { recordId: '991', procedureId: 'multi-volume-monographs', checkedSteps: ['set-bib'] }, NOW);
    await setProgress(db, { recordId: '992', procedureId: 'item-records', checkedSteps: [] }, NOW);
    await reopen();
    expect(await getProgress(db, '991', 'item-records')).toEqual({
      recordId: '991',
      procedureId: 'item-records',
      checkedSteps: ['copy-id', 'barcode-last'],
      updatedAt: NOW,
    });
    expect((await listProgressForRecord(db, '991')).map((p) => p.procedureId).sort()).toEqual([
      'item-records',
      'multi-volume-monographs',
    ]);
    await clearProgress(db, '991', 'item-records');
    expect(await getProgress(db, '991', 'item-records')).toBeUndefined();
  });

  it('purges progress older than N days and keeps the rest', async () => {
    await setProgress(db, { recordId: 'old', procedureId: 'p', checkedSteps: ['a'] }, NOW - 40 * DAY);
    await setProgress(db, { recordId: 'edge', procedureId: 'p', checkedSteps: ['a'] }, NOW - 30 * DAY);
    await setProgress(db, { recordId: 'new', procedureId: 'p', checkedSteps: ['a'] }, NOW - DAY);
    expect(await purgeOldProgress(db, 30, NOW)).toBe(1);
    expect(await getProgress(db, 'old', 'p')).toBeUndefined();
    expect(await getProgress(db, 'edge', 'p')).toBeDefined();
    expect(await getProgress(db, 'new', 'p')).toBeDefined();
    await expect(purgeOldProgress(db, -1, NOW)).rejects.toThrow(CompanionDbInputError);
  });

  it('rejects progress without ids and writes nothing', async () => {
    await expect(setProgress(db, { recordId: ' ', procedureId: 'p', checkedSteps: [] })).rejects.toThrow(/record id/);
    expect(await db.count('progress')).toBe(0);
  });
});

describe('OCLC worklist', () => {
  const entry = { oclcNumber: '12345', action: 'set' as const, mmsId: '991', title: 'T', reason: 'First item added' };

  it('adds, merges and cancels through the worklist logic, and persists', async () => {
    expect((await addWorklistEntry(db, entry, { now: NOW, id: 'a' })).outcome.kind).toBe('added');
    expect((await addWorklistEntry(db, { ...entry, mmsId: '992' }, { now: NOW + 1 })).outcome.kind).toBe('merged');
    expect((await addWorklistEntry(db, { ...entry, oclcNumber: '777' }, { now: NOW + 2, id: 'b' })).outcome.kind).toBe(
      'added',
    );
    await reopen();
    const stored = await listWorklist(db);
    expect(stored.map((e) => [e.id, e.oclcNumber, e.mmsId, e.status])).toEqual([
      ['a', '12345', '991, 992', 'pending'],
      ['b', '777', '991', 'pending'],
    ]);
    const cancelled = await addWorklistEntry(
      db,
      { ...entry, action: 'delete', reason: 'Withdrawn again' },
      { now: NOW + 3 },
    );
    expect(cancelled.outcome.kind).toBe('cancelled');
    expect(await listWorklist(db, { status: 'pending' })).toEqual([expect.objectContaining({ id: 'b' })]);
    expect((await listWorklist(db, { status: 'removed' }))[0]!.note).toContain('Withdrawn again');
  });

  it('updates status with notes and rejects unknown ids and bad numbers without writing', async () => {
    await addWorklistEntry(db, entry, { now: NOW, id: 'a' });
    const done = await updateWorklistEntry(db, 'a', { status: 'done', note: 'Set in Connexion' });
    expect(done).toMatchObject({ status: 'done', note: 'Set in Connexion' });
    await expect(updateWorklistEntry(db, 'missing', { status: 'done' })).rejects.toThrow(WorklistInputError);
    await expect(addWorklistEntry(db, { ...entry, oclcNumber: 'abc' })).rejects.toThrow(/not an OCLC number/);
    expect(await db.count('worklist')).toBe(1);
    expect(await clearFinishedWorklist(db)).toBe(1);
    expect(await db.count('worklist')).toBe(0);
  });
});

describe('custom documents', () => {
  it('stores, updates, lists by title and deletes', async () => {
    const created = await putDocument(
      db,
      { title: 'Zines workflow', url: 'https://example.edu/zines', tags: ['zines', ' zines ', ''] },
      NOW,
    );
    await putDocument(db, { title: 'Art books', url: 'https://example.edu/art' }, NOW);
    const updated = await putDocument(
      db,
      { id: created.id, title: 'Zines workflow (2025)', url: 'https://example.edu/zines' },
      NOW + 5,
    );
    expect(updated).toMatchObject({ id: created.id, createdAt: NOW, updatedAt: NOW + 5, tags: [] });
    await reopen();
    expect((await listDocuments(db)).map((d) => d.title)).toEqual(['Art books', 'Zines workflow (2025)']);
    expect(created.tags).toEqual(['zines']);
    await deleteDocument(db, created.id);
    expect(await getDocument(db, created.id)).toBeUndefined();
  });

  it('rejects documents without a title or a web address', async () => {
    await expect(putDocument(db, { title: '', url: 'https://example.edu' })).rejects.toThrow(/title/);
    await expect(putDocument(db, { title: 'X', url: 'javascript:alert(1)' })).rejects.toThrow(/web address/);
    expect(await db.count('documents')).toBe(0);
  });
});
