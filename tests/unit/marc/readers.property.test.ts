/**
 * Property-based tests: every reader, fed random or damaged input, terminates without throwing,
 * accounts for every result, and never stays silent about what it could not read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Iso2709Stream, readIso2709, writeIso2709 } from '../../../lib/marc/iso2709';
import { MarcXmlStream, readMarcXml } from '../../../lib/marc/marcxml';
import { MrkStream, readMrk, writeMrkFile } from '../../../lib/marc/mrk';
import { encodeMarc8 } from '../../../lib/marc/marc8-encode';
import { recordsEqual } from '../../../lib/marc/record-utils';
import { isControlField, type MarcRecord, type ReadResult } from '../../../lib/marc/types';
import { fixtureBytes, fixtureText } from './fixture-files';

/** FC_SEED=<seed printed by a failure> replays that run. */
const RUNS = { numRuns: 200, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) };
/** Generous: the machine running the suite may be shared; a run takes about a second alone. */
const TIMEOUT = 30_000;

/** Results are numbered 0..n-1, start in order inside the input, and a missing record is explained. */
function expectWellFormedResults(results: ReadResult[], inputLength: number): void {
  results.forEach((result, i) => {
    expect(result.index).toBe(i);
    expect(result.offset).toBeGreaterThanOrEqual(0);
    expect(result.offset).toBeLessThanOrEqual(inputLength);
    if (i > 0) expect(result.offset).toBeGreaterThanOrEqual(results[i - 1]!.offset);
    if (result.record === null) expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(10);
  });
}

function isSeparator(byte: number): boolean {
  return byte === 0x0a || byte === 0x0d || byte === 0x1a;
}

/**
 * Silence means fidelity: when the reader reports no problem at all, the input is exactly the
 * records it returned, written back, with only line breaks between them.
 */
function expectSilenceMeansExact(bytes: Uint8Array, results: ReadResult[]): void {
  if (results.some((result) => result.problems.length > 0)) return;
  let at = 0;
  for (const result of results) {
    while (at < result.offset) expect(isSeparator(bytes[at++]!)).toBe(true);
    const written = writeIso2709(result.encoding === 'marc8' ? asMarc8(result.record!) : result.record!);
    expect(Buffer.from(bytes.subarray(at, at + written.length)).equals(Buffer.from(written))).toBe(true);
    at += written.length;
  }
  while (at < bytes.length) expect(isSeparator(bytes[at++]!)).toBe(true);
}

/**
 * A record read from MARC-8 holds Unicode (leader/09 then says a): to compare it with the bytes it came from,
 * its text is encoded back to MARC-8 (one byte per character, leader/09 blank, as the writer keeps MARC-8).
 */
function asMarc8(record: MarcRecord): MarcRecord {
  const marc8 = (text: string): string => {
    const bytes = encodeMarc8(text);
    expect(bytes, `"${text}" has a character the MARC-8 tables lack, though the reader was silent`).not.toBeNull();
    return Buffer.from(bytes!).toString('latin1');
  };
  return {
    leader: `${record.leader.slice(0, 9)} ${record.leader.slice(10)}`,
    fields: record.fields.map((field) =>
      isControlField(field)
        ? { tag: field.tag, value: marc8(field.value) }
        : {
            ...field,
            subfields: field.subfields.map((subfield) => ({ code: subfield.code, value: marc8(subfield.value) })),
          },
    ),
  };
}

function streamIso2709(bytes: Uint8Array, chunkSizes: number[]): ReadResult[] {
  const stream = new Iso2709Stream();
  const results: ReadResult[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = chunkSizes[i % chunkSizes.length]!;
    results.push(...stream.push(bytes.subarray(at, at + size)));
    at += size;
  }
  return results.concat(stream.end());
}

// Real records to damage: short ones, with UTF-8 multibyte text and MARC-8, and one long record
// that is appended intact after the damage (longer than any damaged one, so no length coincidence
// can make a damaged record swallow it exactly).
const lc = [...readIso2709(fixtureBytes('lc-BooksAll.2014.part01-0001.mrc'))].map((result) =>
  writeIso2709(result.record!),
);
const traject = [...readIso2709(fixtureBytes('traject-test_data.utf8.mrc'))].map((result) =>
  writeIso2709(result.record!),
);
const marc8 = [...readIso2709(fixtureBytes('marc4j-brkrtest.mrc'))].map((result) => writeIso2709(result.record!));
const longest = [...lc].sort((a, b) => b.length - a.length)[0]!;
const POOL = [...lc.slice(0, 10), ...traject.slice(0, 10), ...marc8.slice(0, 4)].filter(
  (record) => record.length < longest.length,
);

type Mutation = (bytes: Uint8Array) => Uint8Array;

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Mutations at a relative position (0..1) so they apply to records of any length. They spare
 * leader/00-04: a damaged record keeps its declared length, which is shorter than the intact record
 * appended after it, so no coincidence of lengths can make the damaged record swallow it.
 */
const SPARED = 5;
const position = (where: number, length: number): number =>
  Math.min(length, SPARED + Math.floor(where * Math.max(0, length - SPARED)));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 }))
    .map(([where, value]) => (bytes: Uint8Array) => {
      const copy = bytes.slice();
      const at = position(where, copy.length - 1);
      if (at < copy.length) copy[at] = value;
      return copy;
    }),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((where) => (bytes: Uint8Array) => bytes.slice(0, position(where, bytes.length))),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0x1d, 0x1e, 0x1f))
    .map(([where, terminator]) => (bytes: Uint8Array) => {
      const at = position(where, bytes.length);
      return concat(bytes.subarray(0, at), Uint8Array.of(terminator), bytes.subarray(at));
    }),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 40 }))
    .map(([where, length]) => (bytes: Uint8Array) => {
      const at = position(where, bytes.length);
      return concat(bytes.subarray(0, at), bytes.subarray(at + length));
    }),
);

const damagedRecord = fc
  .tuple(fc.constantFrom(...POOL), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([record, mutations]) => mutations.reduce((bytes, mutate) => mutate(bytes), record));

describe('ISO 2709 reader properties', () => {
  it(
    'never throws on random bytes, and explains every missing record',
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
          const results = [...readIso2709(bytes)];
          expectWellFormedResults(results, bytes.length);
          expectSilenceMeansExact(bytes, results);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'reads damaged real records, stays exact when silent, and resynchronises on the next record',
    () => {
      fc.assert(
        fc.property(damagedRecord, (damaged) => {
          const bytes = concat(damaged, longest);
          const results = [...readIso2709(bytes)];
          expectWellFormedResults(results, bytes.length);
          expectSilenceMeansExact(bytes, results);
          // The intact record after the damage is always read, whole and without problems.
          const last = results[results.length - 1]!;
          expect(last.offset).toBe(damaged.length);
          expect(last.problems).toEqual([]);
          expect(Buffer.from(writeIso2709(last.record!)).equals(Buffer.from(longest))).toBe(true);
          // Whatever was recovered can be written and read back unchanged.
          for (const result of results) {
            if (!result.record || result.problems.some((problem) => problem.severity === 'error')) continue;
            const again = [...readIso2709(writeIso2709(result.record))];
            expect(recordsEqual(again[0]!.record!, result.record)).toBe(true);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'gives the same results streamed in any chunking as read at once',
    () => {
      fc.assert(
        fc.property(
          fc.array(damagedRecord, { minLength: 1, maxLength: 4 }),
          fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 5 }),
          (records, sizes) => {
            const bytes = concat(...records);
            expect(streamIso2709(bytes, sizes)).toEqual([...readIso2709(bytes)]);
          },
        ),
        { numRuns: 100 },
      );
    },
    TIMEOUT,
  );
});

describe('MARCXML reader properties', () => {
  const xml = fixtureText('marc4j-chabon.xml');
  const xmlMutation = fc.oneof(
    fc.tuple(fc.nat({ max: xml.length }), fc.integer({ min: 1, max: 60 })).map(
      ([at, length]) =>
        (text: string) =>
          text.slice(0, at) + text.slice(at + length),
    ),
    fc
      .tuple(
        fc.nat({ max: xml.length }),
        fc.constantFrom('<', '>', '&', '"', '</record>', '<record>', '<subfield code="a">', '\u0000', ']]>', '<?x'),
      )
      .map(
        ([at, insert]) =>
          (text: string) =>
            text.slice(0, at) + insert + text.slice(at),
      ),
    fc.nat({ max: xml.length }).map((at) => (text: string) => text.slice(0, at)),
  );

  it(
    'never throws on random text, and explains every missing record',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ maxLength: 500 }),
            fc.string({
              unit: fc.constantFrom('<', '>', '/', 'record', 'leader', ' ', '=', '"', 'a', '&', '\n'),
              maxLength: 80,
            }),
          ),
          (text) => {
            expectWellFormedResults([...readMarcXml(text)], text.length);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'reads damaged MARCXML without throwing and reports the damage',
    () => {
      fc.assert(
        fc.property(fc.array(xmlMutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          const text = mutations.reduce((current, mutate) => mutate(current), xml);
          const results = [...readMarcXml(text)];
          expectWellFormedResults(results, text.length);
          // Fewer than the two records came back whole: the reader must say something.
          const whole = results.filter((result) => result.record && result.problems.length === 0).length;
          if (text !== xml && whole < 2 && text.includes('<collection'))
            expect(results.some((result) => result.problems.length > 0)).toBe(true);
          const stream = new MarcXmlStream();
          const streamed = [...stream.push(text.slice(0, 500)), ...stream.push(text.slice(500)), ...stream.end()];
          expect(streamed).toEqual(results);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('.mrk reader properties', () => {
  const line = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc
      .tuple(
        fc.constantFrom('=LDR  ', '=001  ', '=245  ', '=650  ', '=FMT  ', '=2'),
        fc.string({ unit: fc.constantFrom('$', 'a', '\\', '{', '}', 'dollar', 'esc', ' ', '1', 'é'), maxLength: 30 }),
      )
      .map(([head, rest]) => head + rest),
    fc.constant(''),
  );

  it(
    'never throws on random lines, and reports every line that is not a field',
    () => {
      fc.assert(
        fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, newline) => {
          const text = lines.join(newline);
          const results = [...readMrk(text)];
          expectWellFormedResults(results, text.length);
          const notFields = text
            .split('\n')
            .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
            .filter((l) => l.trim() !== '' && !l.startsWith('#') && (!l.startsWith('=') || l.length < 4)).length;
          const reported = results
            .flatMap((result) => result.problems)
            .filter((problem) => problem.code === 'unreadable-line').length;
          expect(reported).toBe(notFields);
          const stream = new MrkStream();
          const half = Math.floor(text.length / 2);
          expect([...stream.push(text.slice(0, half)), ...stream.push(text.slice(half)), ...stream.end()]).toEqual(
            results,
          );
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'round-trips damaged-then-recovered records through .mrk',
    () => {
      fc.assert(
        fc.property(damagedRecord, (damaged) => {
          // Tags a .mrk line cannot carry (control characters from a damaged directory) are refused by writeMrk.
          const writable = (tag: string) => tag !== 'LDR' && /^[^\u0000-\u001f{}$\\]{3}$/.test(tag);
          const records = [...readIso2709(damaged)].flatMap((result) =>
            result.record?.fields.every((field) => writable(field.tag)) ? [result.record] : [],
          );
          const back = [...readMrk(writeMrkFile(records))];
          expect(back.map((result) => result.record)).toEqual(records);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
