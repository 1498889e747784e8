import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Iso2709Stream, readIso2709, writeIso2709 } from '../../../lib/marc/iso2709';
import { recordsEqual, withoutComputedLeader } from '../../../lib/marc/record-utils';
import { isControlField, type Field, type ReadResult } from '../../../lib/marc/types';
import { fixtureBytes, ISO2709_FIXTURES } from './fixture-files';

/** A field as MARC::Charset sees it: indicators and subfields with their delimiters, or a control field's value. */
function fieldText(field: Field): string {
  if (isControlField(field)) return field.value;
  return (
    field.ind1 + field.ind2 + field.subfields.map((subfield) => `\u001f${subfield.code}${subfield.value}`).join('')
  );
}

function readAll(name: string): ReadResult[] {
  return [...readIso2709(fixtureBytes(name))];
}

/** -1 when equal, else the first index where the arrays differ (toEqual on typed arrays is slow). */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : length;
}

function terminatorCount(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) if (byte === 0x1d) count++;
  return count;
}

/** Records that are split into records by 0x1D and whose every field is where its directory says. */
const CLEAN_FIXTURES = [
  'lc-BooksAll.2014.part01-0001.mrc',
  'marc4j-chabon.mrc',
  'marc4j-pride-and-prejudice-fixed.mrc',
  'marc4j-summerland.mrc',
  'marc4j-oclc_63111280_export_as_UTF8_from_connexion.mrc',
  'marclint-camel.usmarc',
  'traject-880_with_no_6.utf8.marc',
  'traject-date_type_r_missing_date2.marc',
  'traject-emptyish_record.marc',
  'traject-test_data.utf8.mrc',
];

describe('readIso2709 on the fixtures', () => {
  it.each(ISO2709_FIXTURES)('%s: one result per record terminator, every record read', (name) => {
    const bytes = fixtureBytes(name);
    const results = readAll(name);
    expect(results).toHaveLength(terminatorCount(bytes));
    expect(results.every((result) => result.record !== null && result.record.fields.length > 0)).toBe(true);
    expect(results.map((result) => result.index)).toEqual(results.map((_, i) => i));
  });

  it.each(CLEAN_FIXTURES)('%s: no structural errors', (name) => {
    const errors = readAll(name).flatMap((result) => result.problems.filter((problem) => problem.severity === 'error'));
    expect(errors).toEqual([]);
  });

  it('reads the expected record counts', () => {
    expect(readAll('lc-BooksAll.2014.part01-0001.mrc')).toHaveLength(100);
    expect(readAll('traject-test_data.utf8.mrc')).toHaveLength(30);
    const fixed = readAll('marc4j-pride-and-prejudice-fixed.mrc');
    expect(fixed).toHaveLength(383);
    expect(fixed.flatMap((result) => result.problems)).toEqual([]);
  });

  it('reports the damage in the many-errors file and still reads its records like the fixed twin', () => {
    const damaged = readAll('marc4j-pride-and-prejudice-with-many-errors.mrc');
    const fixed = readAll('marc4j-pride-and-prejudice-fixed.mrc');
    expect(damaged).toHaveLength(383);
    const problemCodes = new Set(damaged.flatMap((result) => result.problems.map((problem) => problem.code)));
    expect(problemCodes).toEqual(new Set(['directory-not-multiple-of-12', 'invalid-utf8']));
    const broken = damaged.filter((result) =>
      result.problems.some((problem) => problem.code === 'directory-not-multiple-of-12'),
    );
    expect(broken).toHaveLength(16);
    // Every record with a broken directory comes back with the same tags, and the same 001, as its repaired twin.
    for (const result of broken) {
      const twin = fixed[result.index]!.record!;
      expect(result.record!.fields.map((field) => field.tag)).toEqual(twin.fields.map((field) => field.tag));
      expect(result.record!.fields[0]).toEqual(twin.fields[0]);
    }
    // Offsets point at real data: each invalid-utf8 problem names a non-UTF-8 byte.
    const bytes = fixtureBytes('marc4j-pride-and-prejudice-with-many-errors.mrc');
    const invalid = damaged.flatMap((result) =>
      result.problems.filter((problem) => problem.code === 'invalid-utf8' && problem.tag),
    );
    expect(invalid.length).toBeGreaterThan(50); // one per field tag and record (count and first bytes)
    for (const problem of invalid) expect(bytes[problem.offset!]).toBeGreaterThanOrEqual(0x80);
  });

  it('converts MARC-8 records to Unicode as MARC::Record with MARC::Charset does (stored reference output)', () => {
    // tests/fixtures/marc8/marc-charset-expected.tsv: every non-ASCII field of the MARC-8 fixtures, converted by
    // MARC::Charset (its generating script is next to it); compared after NFC, as MARC::Charset leaves marks decomposed.
    const expected = readFileSync(join(import.meta.dirname, '../../fixtures/marc8/marc-charset-expected.tsv'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t') as [string, string, string, string, string]);
    const byFile = new Map<string, ReadResult[]>();
    let compared = 0;
    for (const [file, index, tag, , unicode] of expected) {
      if (!byFile.has(file)) byFile.set(file, readAll(file));
      const result = byFile.get(file)![Number(index)]!;
      expect(result.encoding, `${file} ${index}`).toBe('marc8');
      expect(result.record!.leader[9], `${file} ${index}: a converted record says Unicode`).toBe('a');
      const texts = result.record!.fields.filter((field) => field.tag === tag).map(fieldText);
      expect(texts, `${file} record ${index} ${tag}`).toContain(unicode.normalize('NFC'));
      compared++;
    }
    expect(compared).toBe(113);
    const brkrtest = byFile.get('marc4j-brkrtest.mrc')!;
    expect(brkrtest.flatMap((result) => result.problems.map((problem) => problem.code))).not.toContain(
      'marc8-not-converted',
    );
    // Combining marks follow their base: MARC-8 "E2 65" (acute, e) is "é", not "´e".
    expect(brkrtest.some((result) => result.record!.fields.some((field) => fieldText(field).includes('\u00e9')))).toBe(
      true,
    );
  });
});

describe('writeIso2709 round trips', () => {
  it.each(ISO2709_FIXTURES)('%s: read → write → read gives the same records', (name) => {
    for (const result of readAll(name)) {
      const again = [...readIso2709(writeIso2709(result.record!))];
      expect(again).toHaveLength(1);
      // Leader/00-04 and 12-16 are recomputed: they change when damage was repaired on reading.
      expect(withoutComputedLeader(again[0]!.record!)).toEqual(withoutComputedLeader(result.record!));
      expect(recordsEqual(again[0]!.record!, result.record!)).toBe(true);
      expect(again[0]!.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    }
  });

  it.each(CLEAN_FIXTURES)('%s: writing the records back reproduces the file byte for byte', (name) => {
    const bytes = fixtureBytes(name);
    const results = readAll(name);
    for (const result of results) {
      const written = writeIso2709(result.record!);
      expect(firstDifference(written, bytes.subarray(result.offset, result.offset + written.length))).toBe(-1);
    }
  });

  it('computes record length, base address and directory', () => {
    const bytes = writeIso2709({
      leader: 'xxxxxnam a22yyyyy a 4500',
      fields: [
        { tag: '001', value: 'x1' },
        { tag: '245', ind1: '0', ind2: '0', subfields: [{ code: 'a', value: 'Ça /' }] },
      ],
    });
    const text = new TextDecoder().decode(bytes);
    expect(text).toBe('00063nam a2200049 a 4500001000300000245001000003\u001ex1\u001e00\u001faÇa /\u001e\u001d');
    expect(bytes.length).toBe(63); // Ç is two bytes in UTF-8
  });

  it('refuses what ISO 2709 cannot express, naming the field', () => {
    const record = (value: string) => ({
      leader: '00000nam a2200000 a 4500',
      fields: [{ tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value }] }],
    });
    expect(() => writeIso2709(record('x'.repeat(10000)))).toThrow(/Field 500.*at most 9999/);
    expect(() => writeIso2709(record('a\u001eb'))).toThrow(/Field 500/);
    expect(() => writeIso2709({ leader: '00000nam a2200000 a 4500', fields: [{ tag: '24', value: 'x' }] })).toThrow(
      /not 3 characters/,
    );
  });
});

describe('Iso2709Stream', () => {
  const name = 'marc4j-pride-and-prejudice-with-many-errors.mrc';
  const bytes = fixtureBytes(name);
  const expected = readAll(name);

  it.each([1, 7, 100, 4096, 65536])('gives the same results as readIso2709 when fed %i-byte chunks', (size) => {
    const stream = new Iso2709Stream();
    const results: ReadResult[] = [];
    for (let at = 0; at < bytes.length; at += size) results.push(...stream.push(bytes.subarray(at, at + size)));
    results.push(...stream.end());
    expect(results).toEqual(expected);
  });

  it('keeps only the unfinished record between pushes', () => {
    const stream = new Iso2709Stream();
    const firstLength = expected[1]!.offset;
    const pushed = stream.push(bytes.subarray(0, firstLength + 10));
    expect(pushed).toHaveLength(1);
    expect((stream as unknown as { pendingLength: number }).pendingLength).toBe(10);
  });

  it('reads an unterminated last record at end()', () => {
    const stream = new Iso2709Stream();
    const cut = bytes.subarray(0, expected[2]!.offset - 1);
    expect(stream.push(cut)).toHaveLength(1);
    const rest = stream.end();
    expect(rest).toHaveLength(1);
    expect(rest[0]!.problems.map((problem) => problem.code)).toContain('missing-record-terminator');
    expect(rest[0]!.record!.fields.map((field) => field.tag)).toEqual(
      expected[1]!.record!.fields.map((field) => field.tag),
    );
  });
});
