import { describe, expect, it } from 'vitest';
import { readIso2709 } from '../../../lib/marc/iso2709';
import { MrkStream, readMrk, writeMrk, writeMrkFile } from '../../../lib/marc/mrk';
import { PLACEHOLDER_LEADER } from '../../../lib/marc/marcxml';
import type { DataField, MarcRecord, ReadResult } from '../../../lib/marc/types';
import { fixtureBytes, ISO2709_FIXTURES } from './fixture-files';

function readAll(text: string): ReadResult[] {
  return [...readMrk(text)];
}

function codes(result: ReadResult): string[] {
  return result.problems.map((problem) => problem.code);
}

/** MarcEdit's own help example (mnemonic_example.html), trimmed. */
const MARCEDIT_EXAMPLE = [
  '=LDR  01070cem  2200277Ia 45e0',
  '=001  ocm09773020\\',
  '=008  830803m18461948paud\\\\\\\\\\\\a\\\\\\\\\\0\\\\\\eng\\d',
  '#=================================================',
  '# Commented lines begin with a # sign.',
  '=040  \\\\$aAZP$cAZP$dOCL',
  '=100  1\\$aMitchell, S. Augustus$q(Samuel Augustus),$d1792-1868.',
  '=255  \\\\$aScale [ca. 1:10,000,000]$c(W 129{esc}p0{esc}s--W 109{esc}p0{esc}s)',
  '=651  \\0$aWest (U.S.)$xHistorical geography$vMaps.',
  '',
].join('\r\n');

describe('readMrk', () => {
  it('reads MarcEdit mnemonic text: blanks, comments, indicators, {esc}', () => {
    const [result, ...rest] = readAll(MARCEDIT_EXAMPLE);
    expect(rest).toEqual([]);
    expect(result!.problems).toEqual([]);
    const record = result!.record!;
    expect(record.leader).toBe('01070cem  2200277Ia 45e0');
    expect(record.fields[0]).toEqual({ tag: '001', value: 'ocm09773020 ' });
    expect(record.fields[1]).toEqual({ tag: '008', value: '830803m18461948paud      a     0   eng d' });
    expect(record.fields[3]).toEqual({
      tag: '100',
      ind1: '1',
      ind2: ' ',
      subfields: [
        { code: 'a', value: 'Mitchell, S. Augustus' },
        { code: 'q', value: '(Samuel Augustus),' },
        { code: 'd', value: '1792-1868.' },
      ],
    });
    expect((record.fields[4] as DataField).subfields[1]!.value).toBe('(W 129\u001bp0\u001bs--W 109\u001bp0\u001bs)');
    expect(record.fields.map((field) => field.tag)).toEqual(['001', '008', '040', '100', '255', '651']);
  });

  it('decodes {dollar}, braces and MARC-8 mnemonics (diacritics after their letter)', () => {
    const [result] = readAll(
      '=LDR  00000nam\\\\2200000\\a\\4500\n=245  10$aCost {dollar}5: {lcub}sic{rcub} {acute}etude {pound}3 {AElig}\n',
    );
    expect((result!.record!.fields[0] as DataField).subfields[0]!.value).toBe(
      'Cost $5: {sic} e\u0301tude \u00a33 \u00c6',
    );
    expect(result!.problems).toEqual([]);
  });

  it('keeps unknown mnemonics as text and warns', () => {
    const [result] = readAll('=LDR  00000nam a2200000 a 4500\n=500  \\\\$aSee {unknown} here\n');
    expect((result!.record!.fields[0] as DataField).subfields[0]!.value).toBe('See {unknown} here');
    expect(codes(result!)).toEqual(['unknown-mnemonic']);
    expect(result!.problems[0]!.line).toBe(2);
  });

  it('lists at most five unknown mnemonics per line and counts the rest in one more problem (issue 15)', () => {
    const braces = '{x}'.repeat(10_000);
    const [result] = readAll(`=LDR  00000nam a2200000 a 4500\n=500  \\\\$a${braces}\n=510  \\\\$a{y}{z}\n`);
    expect((result!.record!.fields[0] as DataField).subfields[0]!.value).toBe(braces);
    const onLine = (line: number) => result!.problems.filter((problem) => problem.line === line);
    expect(onLine(2).map((problem) => problem.code)).toEqual(Array(6).fill('unknown-mnemonic'));
    expect(onLine(2)[5]!.message).toContain('9,995 more {…} that are not MarcEdit mnemonics were kept as text (10,000');
    // The count starts again on the next line.
    expect(onLine(3)).toHaveLength(2);
  });

  it('separates records on blank lines and on a new =LDR, with offsets and lines', () => {
    const text =
      '=LDR  00000nam a2200000 a 4500\n=001  one\n\n\n=LDR  00000nam a2200000 a 4500\n=001  two\n=LDR  00000nam a2200000 a 4500\n=001  three';
    const results = readAll(text);
    expect(results.map((result) => (result.record!.fields[0] as { value: string }).value)).toEqual([
      'one',
      'two',
      'three',
    ]);
    expect(results.map((result) => result.offset)).toEqual([0, text.indexOf('=LDR', 5), text.lastIndexOf('=LDR')]);
  });

  it('reports lines that are not fields, a missing leader and a short leader, and keeps going', () => {
    const text = 'stray text\n=001  a\n=245  10$aTitle\n\n=LDR  short\n=001  b\n';
    const results = readAll(text);
    expect(results).toHaveLength(2);
    expect(codes(results[0]!)).toEqual(['unreadable-line', 'missing-leader']);
    expect(results[0]!.problems[0]!.message).toContain('stray text');
    expect(results[0]!.record!.leader).toBe(PLACEHOLDER_LEADER);
    expect(codes(results[1]!)).toEqual(['bad-leader']);
    expect(results[1]!.record!.leader).toBe('short'.padEnd(24, ' '));
  });

  it('accepts one space after the tag from hand-edited files', () => {
    const [result] = readAll('=LDR 00000nam a2200000 a 4500\n=245 10$aTitle\n');
    expect(result!.record!.fields[0]).toEqual({
      tag: '245',
      ind1: '1',
      ind2: '0',
      subfields: [{ code: 'a', value: 'Title' }],
    });
  });

  it('gives the same results when streamed in small chunks, CRLF split across chunks', () => {
    const text = writeMrkFile(
      [...readIso2709(fixtureBytes('traject-test_data.utf8.mrc'))].map((result) => result.record!),
    ).replace(/\n/g, '\r\n');
    const stream = new MrkStream();
    const results: ReadResult[] = [];
    for (let at = 0; at < text.length; at += 31) results.push(...stream.push(text.slice(at, at + 31)));
    results.push(...stream.end());
    expect(results).toEqual(readAll(text));
    expect(results).toHaveLength(30);
  });
});

describe('writeMrk', () => {
  it('writes blanks as backslashes and escapes what would be read as structure', () => {
    const record: MarcRecord = {
      leader: '00000nam a2200000 a 4500',
      fields: [
        { tag: '008', value: 'ab  c\\' },
        { tag: '245', ind1: '1', ind2: ' ', subfields: [{ code: 'a', value: 'A $ {b} \\ c\nd' }] },
      ],
    };
    expect(writeMrk(record)).toBe(
      '=LDR  00000nam\\a2200000\\a\\4500\n=008  ab\\\\c{bsol}\n=245  1\\$aA {dollar} {lcub}b{rcub} {bsol} c{U+000A}d\n\n',
    );
    expect(readAll(writeMrk(record))[0]!.record).toEqual(record);
  });

  it.each(ISO2709_FIXTURES)('%s: write → read gives the same records', (name) => {
    const records = [...readIso2709(fixtureBytes(name))].map((result) => result.record!);
    const back = readAll(writeMrkFile(records));
    expect(back.map((result) => result.record)).toEqual(records);
    expect(back.flatMap((result) => result.problems)).toEqual([]);
  });
});
