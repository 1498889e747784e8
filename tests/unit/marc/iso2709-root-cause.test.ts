/**
 * One root cause, one problem: damage that touches many directory entries is reported once per kind
 * per record (count and first entries), and an oversize record is explained by its size, not by the
 * thousands of 99999 placeholders its writer had to put in the directory.
 */
import { describe, expect, it } from 'vitest';
import { readIso2709, writeIso2709 } from '../../../lib/marc/iso2709';
import type { DataField, MarcRecord, ReadResult } from '../../../lib/marc/types';
import { oversizeHathiLikeFile, oversizeRecordBytes } from './oversize-record';

function withNotes(count: number): MarcRecord {
  const fields: MarcRecord['fields'] = [{ tag: '001', value: 'many' }];
  for (let i = 0; i < count; i++)
    fields.push({ tag: '500', ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: `Note ${i}.` }] });
  return { leader: '00000nam a2200000 a 4500', fields };
}

const codes = (result: ReadResult) => result.problems.map((problem) => problem.code);

describe('ISO 2709 damage reported once per root cause', () => {
  it('counts directory entries with the same fault in one problem, naming the first three', () => {
    const bytes = writeIso2709(withNotes(20));
    // 19 of the 20 500 entries point one byte into their field (the last would point past the data).
    for (let k = 1; k <= 19; k++) {
      const at = 24 + k * 12 + 7;
      const position = Number(String.fromCharCode(...bytes.subarray(at, at + 5))) + 1;
      bytes.set(new TextEncoder().encode(String(position).padStart(5, '0')), at);
    }
    const [result] = [...readIso2709(bytes)];
    expect(codes(result!)).toEqual(['directory-entry-start-mismatch']);
    const message = result!.problems[0]!.message;
    expect(message).toMatch(/^19 directory entries point to a byte that is not the start of a field/);
    expect(message).toContain('entry 2 (tag 500');
    expect(message).toContain('and 16 more');
    expect(result!.record!.fields).toHaveLength(21);
  });

  it('keeps the precise message when only one entry is wrong', () => {
    const bytes = writeIso2709(withNotes(3));
    bytes.set(new TextEncoder().encode('99000'), 24 + 2 * 12 + 7);
    const [result] = [...readIso2709(bytes)];
    expect(codes(result!)).toEqual(['directory-entry-outside-record']);
    expect(result!.problems[0]!.message).toMatch(/^Directory entry 3 \(tag 500\) points to bytes 99000-/);
  });

  it('explains an oversize record (leader and directory full of 99999) with one problem', () => {
    const bytes = oversizeRecordBytes(3000);
    expect(bytes.length).toBeGreaterThan(99999);
    const results = [...readIso2709(bytes)];
    expect(results).toHaveLength(1);
    expect(codes(results[0]!)).toEqual(['record-too-long']);
    expect(results[0]!.problems[0]!.message).toContain(`The record is ${bytes.length} bytes long`);
    const fields = results[0]!.record!.fields;
    expect(fields).toHaveLength(13 + 3000);
    expect(fields.at(-1)).toMatchObject({
      tag: '974',
      subfields: expect.arrayContaining([{ code: 'z', value: 'no.200' }]),
    });
  });

  it('reads the records around an oversize one unharmed (no phantom records)', () => {
    const results = [...readIso2709(oversizeHathiLikeFile(3000))];
    expect(results.map((result) => result.record?.fields[0])).toEqual([
      { tag: '001', value: '003034057' },
      { tag: '001', value: '003034058' },
      { tag: '001', value: '003051545' },
      { tag: '001', value: '003035931' },
      { tag: '001', value: '003051546' },
    ]);
    expect(results.map((result) => result.problems.length)).toEqual([0, 0, 0, 1, 0]);
  });

  it('reports invalid UTF-8 once per field tag, with the count and the first bytes', () => {
    const record = withNotes(2);
    for (const field of record.fields.slice(1)) (field as DataField).subfields[0]!.value = 'Caf\u00e9 \u00e9t\u00e9';
    const bytes = writeIso2709(record);
    for (let at = bytes.indexOf(0xc3); at !== -1; at = bytes.indexOf(0xc3, at + 1)) bytes[at] = 0xe9;
    const [result] = [...readIso2709(bytes)];
    expect(codes(result!)).toEqual(['invalid-utf8']);
    expect(result!.problems[0]!.tag).toBe('500');
    expect(result!.problems[0]!.message).toMatch(/^6 byte sequences in field 500 are not valid UTF-8/);
    expect(result!.problems[0]!.message).toContain('and 3 more');
  });

  it('says once that a record whose leader/09 is blank is really UTF-8, and keeps its bytes', () => {
    const record = withNotes(3);
    for (const field of record.fields.slice(1)) (field as DataField).subfields[0]!.value = 'Caf\u00e9 \u00e9t\u00e9';
    const bytes = writeIso2709(record); // UTF-8, leader/09 "a"
    bytes[9] = 0x20; // now claims MARC-8
    const [result] = [...readIso2709(bytes)];
    expect(codes(result!)).toEqual(['marc8-declared-but-utf8']);
    expect(result!.problems[0]!.message).toContain('Leader/09 says MARC-8 but the data is UTF-8; set it to a');
    const back = writeIso2709(result!.record!);
    expect(back).toEqual(bytes);
  });

  it('converts real MARC-8 (a diacritic before its letter is not UTF-8) instead of calling it UTF-8', () => {
    const record = withNotes(1);
    (record.fields[1] as DataField).subfields[0]!.value = 'Caf\u00e2e'; // MARC-8 0xE2 (acute) + "e"
    record.leader = '00000nam  2200000 a 4500';
    const [result] = [...readIso2709(writeIso2709(record))];
    expect(codes(result!)).toEqual([]);
    expect((result!.record!.fields[1] as DataField).subfields[0]!.value).toBe('Caf\u00e9');
  });
});
