import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../../content/alma/extract-record';
import { AlmaWriteError, restoreRowValues, writeFieldToRow, writeLeader } from '../../../../content/alma/write-field';
import type { DataField } from '../../../../lib/marc/types';
import { loadFixtureFile } from './helpers/fixtures';

function openBib() {
  const doc = loadFixtureFile('mde-mvm/grid.html');
  const [extracted] = extractRecords(doc);
  return { doc, extracted: extracted! };
}

function recordEvents(doc: Document): string[] {
  const seen: string[] = [];
  for (const type of ['input', 'change', 'keyup']) {
    // Listening on the document proves the events bubble, as the GWT grid's delegated handlers need.
    doc.addEventListener(type, (event) =>
      seen.push(`${type}:${(event.target as HTMLElement).id || (event.target as HTMLElement).className}`),
    );
  }
  return seen;
}

describe('writeFieldToRow', () => {
  it('writes Alma form (# blanks, $$ text), fires bubbling input/change/keyup, and returns the old values', () => {
    const { doc, extracted } = openBib();
    const index = extracted.record.fields.findIndex((field) => field.tag === '245');
    const row = extracted.fieldRows[index]!;
    const before = { ind1: row.ind1Input!.value, ind2: row.ind2Input!.value, text: row.textarea!.value };
    const events = recordEvents(doc);
    const field: DataField = {
      tag: '245',
      ind1: '1',
      ind2: ' ',
      subfields: [
        { code: 'a', value: 'Their silver wedding journey /' },
        { code: 'c', value: 'by W.D. Howells.' },
        { code: 'h', value: '' },
      ],
    };

    const previous = writeFieldToRow(row, field);

    expect(previous).toEqual({ tag: '245', ind1: before.ind1, ind2: before.ind2, text: before.text });
    expect(row.ind2Input!.value).toBe('#');
    expect(row.textarea!.value).toBe('$$a Their silver wedding journey / $$c by W.D. Howells. $$h');
    // Unchanged boxes (tag, ind1) get no events; changed ones get all three.
    expect(events.filter((event) => event.startsWith('input'))).toHaveLength(2);
    expect(events).toContain(`keyup:${row.ind2Input!.id}`);
    expect(events.filter((event) => event.includes('FieldTagBox'))).toEqual([]);
    // The editor now holds the new field.
    expect(extractRecords(doc)[0]!.record.fields[index]).toEqual(field);
  });

  it('writes control fields, converting blanks only where Alma shows #', () => {
    const { doc, extracted } = openBib();
    const index008 = extracted.record.fields.findIndex((field) => field.tag === '008');
    const index001 = extracted.record.fields.findIndex((field) => field.tag === '001');
    writeFieldToRow(extracted.fieldRows[index008]!, { tag: '008', value: '980220s1899    nyua          000 1 eng d' });
    writeFieldToRow(extracted.fieldRows[index001]!, { tag: '001', value: '   00000009 ' });
    expect(extracted.fieldRows[index008]!.textarea!.value).toBe('980220s1899####nyua##########000#1#eng#d');
    expect(extracted.fieldRows[index001]!.textarea!.value).toBe('   00000009 ');
    expect(extractRecords(doc)[0]!.record.fields[index008]).toEqual({
      tag: '008',
      value: '980220s1899    nyua          000 1 eng d',
    });
  });

  it('undoes with restoreRowValues', () => {
    const { doc, extracted } = openBib();
    const original = structuredClone(extracted.record);
    const row = extracted.fieldRows[extracted.record.fields.findIndex((field) => field.tag === '300')]!;
    const previous = writeFieldToRow(row, {
      tag: '300',
      ind1: ' ',
      ind2: ' ',
      subfields: [{ code: 'a', value: '4 v.' }],
    });
    restoreRowValues(row, previous);
    expect(extractRecords(doc)[0]!.record).toEqual(original);
  });

  it('writes the leader with # blanks', () => {
    const { doc, extracted } = openBib();
    const previous = writeLeader(extracted.leaderRow!, '00483nam a2200169 a 4500'.replace('nam', 'cam'));
    expect(previous.text).toBe('00483nam#a2200169#a#4500');
    expect(extracted.leaderRow!.textarea!.value).toBe('00483cam#a2200169#a#4500');
    expect(extractRecords(doc)[0]!.record.leader).toBe('00483cam a2200169 a 4500');
  });

  it('refuses, changing nothing, when the row lacks a box the field needs', () => {
    const { extracted } = openBib();
    const controlRow = extracted.fieldRows[0]!; // 001: no indicator boxes in the grid
    const before = controlRow.textarea!.value;
    expect(() =>
      writeFieldToRow(controlRow, { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'x' }] }),
    ).toThrow(AlmaWriteError);
    expect(controlRow.textarea!.value).toBe(before);
    expect(controlRow.tagInput!.value).toBe('001');
  });
});

describe('writeFieldToRow: blank indicators the page’s own way (docs/alma-evidence.md §3.5)', () => {
  /** Sets field `tag`'s indicators to blank-then-1, then blank again, on a fixture grid; returns what the boxes read. */
  function blankWrites(path: string, tag: string) {
    const doc = loadFixtureFile(path);
    const [extracted] = extractRecords(doc);
    const index = extracted!.record.fields.findIndex((field) => field.tag === tag);
    const row = extracted!.fieldRows[index]!;
    const field = extracted!.record.fields[index] as DataField;
    writeFieldToRow(row, { ...field, ind1: '1', ind2: '4' });
    const set = [row.ind1Input!.value, row.ind2Input!.value];
    writeFieldToRow(row, { ...field, ind1: ' ', ind2: ' ' });
    const blank = [row.ind1Input!.value, row.ind2Input!.value];
    const reread = extractRecords(doc)[0]!.record.fields[index] as DataField;
    return { set, blank, reread: [reread.ind1, reread.ind2] };
  }

  it('writes # in a grid whose blank indicators show #', () => {
    expect(blankWrites('mde-bib/grid.html', '300')).toEqual({ set: ['1', '4'], blank: ['#', '#'], reread: [' ', ' '] });
  });

  it('writes an empty box in a grid whose blank indicators are empty boxes', () => {
    expect(blankWrites('mde-blank-empty/grid.html', '300')).toEqual({
      set: ['1', '4'],
      blank: ['', ''],
      reread: [' ', ' '],
    });
  });

  it('leaves a box alone that already reads as the wanted blank, whichever form it has', () => {
    const doc = loadFixtureFile('mde-bib/grid.html');
    const [extracted] = extractRecords(doc);
    const index = extracted!.record.fields.findIndex((field) => field.tag === '300');
    const row = extracted!.fieldRows[index]!;
    row.ind1Input!.value = '';
    const events = recordEvents(doc);
    writeFieldToRow(row, { ...(extracted!.record.fields[index] as DataField), ind1: ' ' });
    expect(row.ind1Input!.value).toBe('');
    expect(events.filter((event) => event.includes('FieldIndicatorBox'))).toEqual([]);
  });
});
