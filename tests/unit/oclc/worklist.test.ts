import { describe, expect, it } from 'vitest';
import type { NewWorklistEntry, WorklistEntry } from '../../../lib/oclc/worklist';
import {
  WorklistInputError,
  addToWorklist,
  markDone,
  markRemoved,
  reminderToWorklistInput,
} from '../../../lib/oclc/worklist';
import { BATCH_LIMITS, csvCell, exportNumberFiles, worklistToCsv } from '../../../lib/oclc/worklist-export';
import { buildReminder } from '../../../lib/oclc/reminder';
import { BERKELEY } from '../procedures/builders';

const NOW = Date.UTC(2025, 2, 1, 12, 0, 0);
const input = (overrides: Partial<NewWorklistEntry> = {}): NewWorklistEntry => ({
  oclcNumber: '12345',
  action: 'set',
  mmsId: '991',
  title: 'A title',
  reason: 'First item added',
  ...overrides,
});

/** Adds several inputs in turn with predictable ids. */
function build(inputs: NewWorklistEntry[]): WorklistEntry[] {
  let entries: WorklistEntry[] = [];
  inputs.forEach((one, i) => {
    entries = addToWorklist(entries, one, { now: NOW + i, id: `e${i}` }).entries;
  });
  return entries;
}

describe('addToWorklist', () => {
  it('adds a pending entry', () => {
    const { entries, outcome, changed } = addToWorklist([], input(), { now: NOW, id: 'e0' });
    expect(outcome.kind).toBe('added');
    expect(entries).toEqual([{ id: 'e0', ...input(), createdAt: NOW, status: 'pending' }]);
    expect(changed).toEqual(entries);
  });

  it('generates ids when none is given', () => {
    const first = addToWorklist([], input()).entries[0]!;
    const second = addToWorklist([], input()).entries[0]!;
    expect(first.id).not.toBe(second.id);
  });

  it('merges a duplicate (same number and action) into the pending entry, keeping both bibs and reasons', () => {
    const entries = build([input(), input({ mmsId: '992', reason: 'Item reinstated' })]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: 'e0', mmsId: '991, 992', status: 'pending', note: 'Also: Item reinstated' });
    const again = addToWorklist(entries, input({ mmsId: '992', reason: 'Item reinstated' }));
    expect(again.outcome.kind).toBe('merged');
    expect(again.entries[0]!.mmsId).toBe('991, 992');
  });

  it('cancels a pending entry of the opposite action with a note, and adds nothing', () => {
    const entries = build([input({ action: 'delete', reason: 'Last item withdrawn' })]);
    const result = addToWorklist(entries, input({ action: 'set', reason: 'Item reinstated' }), { now: NOW });
    expect(result.outcome.kind).toBe('cancelled');
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]!.status).toBe('removed');
    expect(result.entries[0]!.note).toContain('"set"');
    expect(result.entries[0]!.note).toContain('Item reinstated');
    expect(result.entries[0]!.note).toContain('2025-03-01');
  });

  it('treats done and removed entries as history: a new action is added', () => {
    const done = markDone(build([input()]), 'e0');
    const result = addToWorklist(done, input({ action: 'delete' }), { id: 'e1' });
    expect(result.outcome.kind).toBe('added');
    expect(result.entries.map((e) => [e.id, e.status])).toEqual([
      ['e0', 'done'],
      ['e1', 'pending'],
    ]);
  });

  it('rejects something that is not an OCLC number, with a clear message', () => {
    expect(() => addToWorklist([], input({ oclcNumber: '(OCoLC)ocm123' }))).toThrow(WorklistInputError);
    expect(() => addToWorklist([], input({ oclcNumber: '' }))).toThrow(/not an OCLC number/);
  });
});

describe('status changes', () => {
  it('marks done or removed, appending notes, without touching other entries', () => {
    const entries = build([input(), input({ oclcNumber: '777' })]);
    const removed = markRemoved(entries, 'e1', 'Held by another campus record');
    expect(removed.map((e) => e.status)).toEqual(['pending', 'removed']);
    expect(removed[1]!.note).toBe('Held by another campus record');
    expect(entries[1]!.status).toBe('pending'); // not mutated
    expect(() => markDone(entries, 'nope')).toThrow(/No worklist entry/);
  });
});

describe('reminderToWorklistInput', () => {
  it('needs an OCLC number', () => {
    const base = { event: 'first-item-added' as const, mmsId: '991', title: 'T', needsConfirmation: false };
    expect(reminderToWorklistInput(buildReminder({ ...base, oclcNumber: '42' }, BERKELEY))).toMatchObject({
      oclcNumber: '42',
      action: 'set',
    });
    expect(reminderToWorklistInput(buildReminder({ ...base, oclcNumber: null }, BERKELEY))).toBeNull();
  });
});

describe('exportNumberFiles', () => {
  const many = (count: number, action: 'set' | 'delete', start = 1): WorklistEntry[] =>
    Array.from({ length: count }, (_, i) => ({
      id: `${action}${i}`,
      oclcNumber: String(start + i),
      action,
      mmsId: '',
      title: '',
      reason: '',
      createdAt: NOW,
      status: 'pending' as const,
    }));

  it('splits per action into files of at most 2,500 numbers for Connexion', () => {
    const files = exportNumberFiles([...many(6000, 'set'), ...many(3, 'delete', 90000)], 'connexion', 'CUY');
    expect(files.map((f) => [f.action, f.part, f.parts, f.count, f.fileName])).toEqual([
      ['set', 1, 3, 2500, 'oclc-set-cuy-1.txt'],
      ['set', 2, 3, 2500, 'oclc-set-cuy-2.txt'],
      ['set', 3, 3, 1000, 'oclc-set-cuy-3.txt'],
      ['delete', 1, 1, 3, 'oclc-delete-cuy.txt'],
    ]);
    expect(files[3]!.text).toBe('90000\n90001\n90002\n');
    const allSet = files.filter((f) => f.action === 'set').flatMap((f) => f.text.trim().split('\n'));
    expect(allSet).toHaveLength(6000);
    expect(new Set(allSet).size).toBe(6000);
  });

  it('uses 10,000 per file for Record Manager', () => {
    expect(BATCH_LIMITS['record-manager']).toBe(10000);
    expect(exportNumberFiles(many(10001, 'delete'), 'record-manager').map((f) => f.count)).toEqual([10000, 1]);
  });

  it('exports only pending entries, each number once', () => {
    const entries = [
      ...many(2, 'set'),
      { ...many(1, 'set', 1)[0]!, id: 'dup' },
      { ...many(1, 'set', 50)[0]!, status: 'done' as const },
    ];
    const [file] = exportNumberFiles(entries, 'connexion');
    expect(file!.text).toBe('1\n2\n');
    expect(exportNumberFiles([], 'connexion')).toEqual([]);
  });
});

describe('worklistToCsv', () => {
  it('quotes commas, quotes and line breaks, with a header and CRLF rows', () => {
    const entries = build([input({ title: 'Smith, John: "Works"\nVol. 1', reason: 'plain' })]);
    const csv = worklistToCsv(markRemoved(entries, 'e0', 'line one'));
    const [header, ...rest] = csv.split('\r\n');
    expect(header).toBe('oclcNumber,action,status,mmsId,title,reason,createdAt,note,id');
    expect(rest.join('\r\n')).toBe(
      '12345,set,removed,991,"Smith, John: ""Works""\nVol. 1",plain,2025-03-01T12:00:00.000Z,line one,e0\r\n',
    );
    expect(parseCsv(csv)[1]).toEqual([
      '12345',
      'set',
      'removed',
      '991',
      'Smith, John: "Works"\nVol. 1',
      'plain',
      '2025-03-01T12:00:00.000Z',
      'line one',
      'e0',
    ]);
  });

  it('quotes values with edge spaces so they survive spreadsheets', () => {
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('plain')).toBe('plain');
  });
});

/** A minimal RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let rowCells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rowCells.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rowCells.push(cell);
      rows.push(rowCells);
      rowCells = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
