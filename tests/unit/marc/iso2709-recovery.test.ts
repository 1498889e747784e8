import { describe, expect, it } from 'vitest';
import { readIso2709, writeIso2709 } from '../../../lib/marc/iso2709';
import type { DataField, MarcRecord, ReadResult } from '../../../lib/marc/types';

const encoder = new TextEncoder();

function sample(id: string, title = 'Pride and prejudice /'): MarcRecord {
  return {
    leader: '00000cam a2200000 a 4500',
    fields: [
      { tag: '001', value: id },
      { tag: '008', value: '960520s1993    stk           000 1 eng d' },
      {
        tag: '100',
        ind1: '1',
        ind2: ' ',
        subfields: [
          { code: 'a', value: 'Austen, Jane,' },
          { code: 'd', value: '1775-1817.' },
        ],
      },
      {
        tag: '245',
        ind1: '1',
        ind2: '0',
        subfields: [
          { code: 'a', value: title },
          { code: 'c', value: 'Jane Austen.' },
        ],
      },
    ],
  };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function ascii(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Replaces bytes at `at` with the ASCII text (same length). */
function overwrite(bytes: Uint8Array, at: number, text: string): Uint8Array {
  const copy = bytes.slice();
  copy.set(ascii(text), at);
  return copy;
}

function readAll(bytes: Uint8Array): ReadResult[] {
  return [...readIso2709(bytes)];
}

function codes(result: ReadResult): string[] {
  return result.problems.map((problem) => problem.code);
}

function titleOf(result: ReadResult): string | undefined {
  const field = result.record?.fields.find((f) => f.tag === '245') as DataField | undefined;
  return field?.subfields[0]?.value;
}

const first = writeIso2709(sample('rec1'));
const second = writeIso2709(sample('rec2', 'Emma /'));
/** Directory of `sample`: 4 entries of 12 bytes after the 24-byte leader. */
const DIRECTORY_START = 24;
const BASE = 24 + 4 * 12 + 1;

describe('readIso2709 recovery', () => {
  it('reads clean records without problems and with byte offsets', () => {
    const results = readAll(concat(first, second));
    expect(results.map((r) => r.problems)).toEqual([[], []]);
    expect(results.map((r) => r.offset)).toEqual([0, first.length]);
    expect(results.map((r) => r.index)).toEqual([0, 1]);
    expect(results[0]!.record).toEqual({ ...sample('rec1'), leader: new TextDecoder().decode(first.subarray(0, 24)) });
    expect(results[0]!.encoding).toBe('utf8');
  });

  it('reports a non-numeric record length and still reads the record and the next one', () => {
    const results = readAll(concat(overwrite(first, 0, '0x1z9'), second));
    expect(results).toHaveLength(2);
    expect(codes(results[0]!)).toEqual(['bad-leader-length']);
    expect(results[0]!.problems[0]!.message).toContain(String(first.length).padStart(5, '0'));
    expect(titleOf(results[0]!)).toBe('Pride and prejudice /');
    expect(results[1]!.problems).toEqual([]);
    expect(titleOf(results[1]!)).toBe('Emma /');
  });

  it('resynchronises on the record terminator when the record length is wrong', () => {
    const wrong = String(first.length + 7).padStart(5, '0');
    const results = readAll(concat(overwrite(first, 0, wrong), second));
    expect(results).toHaveLength(2);
    expect(codes(results[0]!)).toEqual(['record-length-mismatch']);
    expect(results[0]!.problems[0]!.offset).toBe(0);
    expect(titleOf(results[1]!)).toBe('Emma /');
    expect(results[1]!.offset).toBe(first.length);
  });

  it('uses the directory terminator when the base address is not a number or is wrong', () => {
    const notNumber = readAll(overwrite(first, 12, 'ab0cd'))[0]!;
    expect(codes(notNumber)).toEqual(['bad-base-address']);
    expect(notNumber.record!.fields).toHaveLength(4);
    const wrong = readAll(overwrite(first, 12, '00060'))[0]!;
    expect(codes(wrong)).toEqual(['base-address-mismatch']);
    expect(wrong.problems[0]!.message).toContain(String(BASE).padStart(5, '0'));
    expect(titleOf(wrong)).toBe('Pride and prejudice /');
  });

  it('reports a record with no record terminator followed by another record', () => {
    const results = readAll(concat(first.subarray(0, first.length - 1), second));
    expect(results).toHaveLength(2);
    expect(codes(results[0]!)).toContain('missing-record-terminator');
    expect(titleOf(results[0]!)).toBe('Pride and prejudice /');
    expect(results[1]!.problems).toEqual([]);
  });

  it('reports a truncated last record and keeps what it has', () => {
    const cut = first.subarray(0, first.length - 10);
    const results = readAll(cut);
    expect(results).toHaveLength(1);
    expect(codes(results[0]!)).toEqual(
      expect.arrayContaining(['missing-record-terminator', 'missing-field-terminator']),
    );
    const fields = results[0]!.record!.fields;
    expect(fields.map((f) => f.tag)).toEqual(['001', '008', '100', '245']);
  });

  it('falls back to field terminators when a directory length is wrong', () => {
    // Entry 3 (100): length 0028 in the clean record; claim 0020.
    const damaged = overwrite(first, DIRECTORY_START + 2 * 12 + 3, '0020');
    const result = readAll(damaged)[0]!;
    expect(codes(result)).toEqual(['field-length-mismatch']);
    expect(result.problems[0]!.tag).toBe('100');
    expect(result.record!.fields).toEqual(readAll(first)[0]!.record!.fields);
  });

  it('reports directory entries that point outside the record or are not numbers', () => {
    const outside = readAll(overwrite(first, DIRECTORY_START + 3 * 12 + 7, '99999'))[0]!;
    expect(codes(outside)).toEqual(['directory-entry-outside-record']);
    expect(titleOf(outside)).toBe('Pride and prejudice /');
    const garbled = readAll(overwrite(first, DIRECTORY_START + 12 + 3, 'xx'))[0]!;
    expect(codes(garbled)).toEqual(['bad-directory-entry']);
    expect(garbled.problems[0]!.tag).toBe('008');
    expect(garbled.record!.fields).toHaveLength(4);
  });

  it('recovers a directory that lost a character (not a multiple of 12)', () => {
    // Drop the first byte of the directory (as in marc4j's many-errors file) and fix up the base address.
    const shortened = concat(first.subarray(0, DIRECTORY_START), first.subarray(DIRECTORY_START + 1));
    const fixed = overwrite(
      overwrite(shortened, 12, String(BASE - 1).padStart(5, '0')),
      0,
      String(shortened.length).padStart(5, '0'),
    );
    const result = readAll(fixed)[0]!;
    expect(codes(result)).toEqual(['directory-not-multiple-of-12']); // one root cause, one problem
    expect(result.problems[0]!.message).toContain('its tag was read as 001');
    expect(result.record!.fields.map((f) => f.tag)).toEqual(['001', '008', '100', '245']);
    expect(result.record!.fields[0]).toEqual({ tag: '001', value: 'rec1' });
  });

  it('reports field data that no directory entry points to, with its content', () => {
    // Remove the last directory entry (245) and fix up the lengths: its data stays, unreferenced.
    const cut = concat(first.subarray(0, DIRECTORY_START + 3 * 12), first.subarray(DIRECTORY_START + 4 * 12));
    const bytes = overwrite(
      overwrite(cut, 12, String(BASE - 12).padStart(5, '0')),
      0,
      String(cut.length).padStart(5, '0'),
    );
    const result = readAll(bytes)[0]!;
    expect(codes(result)).toEqual(['field-without-directory-entry']);
    expect(result.problems[0]!.message).toContain('Pride and prejudice /$cJane Austen.');
    expect(result.record!.fields.map((f) => f.tag)).toEqual(['001', '008', '100']);
  });

  it('skips bytes between records that are not a record, and line breaks silently', () => {
    const results = readAll(concat(first, ascii('\r\n'), ascii('garbage!'), second, ascii('\n')));
    expect(results.map((r) => r.record !== null)).toEqual([true, false, true]);
    expect(codes(results[1]!)).toEqual(['unreadable-bytes']);
    expect(results[1]!.offset).toBe(first.length + 2);
    expect(results[1]!.problems[0]!.message).toContain('garbage!');
    expect(titleOf(results[2]!)).toBe('Emma /');
  });

  it('replaces invalid UTF-8 by U+FFFD and reports the byte offset and field', () => {
    const record = sample('rec1', 'Caf\u00e9 /');
    const bytes = writeIso2709(record);
    const at = bytes.indexOf(0xc3);
    const damaged = bytes.slice();
    damaged[at] = 0xe9; // Latin-1 é in a UTF-8 record: invalid, and one byte shorter than before
    const result = readAll(damaged)[0]!;
    expect(titleOf(result)).toBe('Caf\ufffd /'); // E9 A9 is one broken three-byte sequence: one U+FFFD
    const problem = result.problems.find((p) => p.code === 'invalid-utf8')!;
    expect(problem.offset).toBe(at);
    expect(problem.tag).toBe('245');
    expect(problem.message).toContain('0xE9');
  });

  it('converts MARC-8 records to Unicode (combining mark after its base) and says Unicode in leader/09', () => {
    const record = sample('rec1', 'Caf\u00e2e /'); // as if MARC-8 0xE2 (acute) preceded "e"
    record.leader = '00000cam  2200000 a 4500';
    const bytes = writeIso2709(record);
    expect(bytes.indexOf(0xe2)).toBeGreaterThan(0); // one byte per character
    const result = readAll(bytes)[0]!;
    expect(result.encoding).toBe('marc8');
    expect(titleOf(result)).toBe('Caf\u00e9 /');
    expect(result.record!.leader[9]).toBe('a');
    expect(codes(result)).toEqual([]);
  });

  it('reports MARC-8 bytes the code tables do not define, once, and reads them as U+FFFD', () => {
    const record = sample('rec1', 'Bad \u00ff\u00af byte /'); // 0xFF and 0xAF are undefined in ANSEL
    record.leader = '00000cam  2200000 a 4500';
    const bytes = writeIso2709(record);
    const result = readAll(bytes)[0]!;
    expect(codes(result)).toEqual(['marc8-undefined-character']);
    expect(result.problems[0]!.message).toMatch(/^2 bytes or escape sequences are not defined/);
    expect(titleOf(result)).toContain('\ufffd');
  });

  it('leaves plain-ASCII MARC-8 records as they are (nothing to convert)', () => {
    const record = sample('rec1', 'Plain title /');
    record.leader = '00000cam  2200000 a 4500';
    const result = readAll(writeIso2709(record))[0]!;
    expect(result.record!.leader[9]).toBe(' ');
    expect(codes(result)).toEqual([]);
  });

  it('reports an unknown leader/09 only when it matters (non-ASCII data)', () => {
    const plain = sample('rec1');
    plain.leader = '00000cam x2200000 a 4500';
    const plainResult = readAll(writeIso2709(plain))[0]!;
    expect(plainResult.encoding).toBe('unknown');
    expect(plainResult.problems).toEqual([]);
    const accented = sample('rec1', 'Caf\u00e9 /');
    accented.leader = '00000cam x2200000 a 4500';
    const accentedResult = readAll(writeIso2709(accented))[0]!;
    expect(codes(accentedResult)).toEqual(['unknown-character-coding']);
    expect(titleOf(accentedResult)).toBe('Caf\u00e9 /');
  });

  it('reports bad indicators and empty subfield delimiters without losing subfields', () => {
    const bytes = writeIso2709(sample('rec1'));
    const text = new TextDecoder().decode(bytes);
    const damaged = ascii(text.replace('10\u001faPride', '1\u001f\u001faPride'));
    const fixedLength = overwrite(damaged, 0, String(damaged.length).padStart(5, '0'));
    const result = readAll(fixedLength)[0]!;
    expect(codes(result)).toEqual(expect.arrayContaining(['bad-indicators', 'empty-subfield']));
    const field = result.record!.fields[3] as DataField;
    expect(field.ind1).toBe('1');
    expect(field.ind2).toBe(' ');
    expect(field.subfields.map((s) => s.code)).toEqual(['a', 'c']);
  });

  it('returns a null record for a fragment shorter than a leader', () => {
    const results = readAll(concat(ascii('00012abc\u001d'), second));
    expect(results[0]!.record).toBeNull();
    expect(codes(results[0]!)).toContain('record-too-short');
    expect(titleOf(results[1]!)).toBe('Emma /');
  });

  it('reads nothing from empty input', () => {
    expect(readAll(new Uint8Array(0))).toEqual([]);
    expect(readAll(ascii('\n\r\n'))).toEqual([]);
  });
});
