/**
 * Hostile inputs for every reader, through reader + rules (issue 15 item 5): seeded generators of the
 * pathological shapes (repeated empty subfields, one long line, braces, deep nesting, false leader
 * lengths) and byte/character mutations of valid records. Used by `npm run fuzz` (scripts/fuzz.ts,
 * 100,000 inputs per reader) and by a fixed-seed slice in the unit tests.
 */
import { readIso2709, writeIso2709 } from '../lib/marc/iso2709';
import { readMarcXml } from '../lib/marc/marcxml';
import { readMrk, writeMrk } from '../lib/marc/mrk';
import { parseAlmaSubfields } from '../lib/marc/alma-text';
import type { MarcRecord, ReadResult } from '../lib/marc/types';
import { validateRecord } from '../lib/rules/engine';

export type Reader = 'iso2709' | 'mrk' | 'marcxml' | 'alma';
export const READERS: readonly Reader[] = ['iso2709', 'mrk', 'marcxml', 'alma'];

/** Park–Miller: the same seed gives the same inputs on every machine. */
export function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const BASE: MarcRecord = {
  leader: '00000nam a2200000 a 4500',
  fields: [
    { tag: '001', value: '991234' },
    { tag: '008', value: '200101s2020    xxu           000 0 eng d' },
    {
      tag: '245',
      ind1: '1',
      ind2: '0',
      subfields: [
        { code: 'a', value: 'A title :' },
        { code: 'b', value: 'sub /' },
      ],
    },
    { tag: '650', ind1: ' ', ind2: '0', subfields: [{ code: 'a', value: 'Cats.' }] },
  ],
};
const PIECES = ['$$a ', '$a', '$', '{', '}', '{dollar}', '\u001f', '\u001e', '\u001d', '<', '>', ' ', '9', 'x', '\n'];

function mutate(text: string, next: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(next() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (out.length + 1));
    const piece = PIECES[Math.floor(next() * PIECES.length)]!;
    const repeat = next() < 0.1 ? 1 + Math.floor(next() * 3000) : 1;
    out =
      next() < 0.3
        ? out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 5))
        : out.slice(0, at) + piece.repeat(repeat) + out.slice(at);
  }
  return out;
}

function xmlOf(record: MarcRecord): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const fields = record.fields
    .map((f) =>
      'value' in f
        ? `<controlfield tag="${f.tag}">${esc(f.value)}</controlfield>`
        : `<datafield tag="${f.tag}" ind1="${f.ind1}" ind2="${f.ind2}">${f.subfields.map((s) => `<subfield code="${s.code}">${esc(s.value)}</subfield>`).join('')}</datafield>`,
    )
    .join('');
  return `<collection xmlns="http://www.loc.gov/MARC21/slim"><record><leader>${record.leader}</leader>${fields}</record></collection>`;
}

/** The i-th input of a reader for a seed: every 10th a pathological shape, the others mutations. */
export function input(reader: Reader, seed: number, i: number): string | Uint8Array {
  const next = random(seed * 1_000_003 + i * 7919 + READERS.indexOf(reader));
  const n = 1 + Math.floor(next() * 5000);
  const shaped = i % 10 === 0;
  switch (reader) {
    case 'iso2709': {
      const bytes = writeIso2709(BASE);
      const text = shaped
        ? `99999nam a2200025 a 4500${'0123456789\u001e'.repeat(n)}`
        : mutate(String.fromCharCode(...bytes), next);
      return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    }
    case 'mrk':
      return shaped
        ? `=LDR  ${BASE.leader}\n=245  10$aT${(next() < 0.5 ? '$a' : '{').repeat(n)}\n`
        : mutate(writeMrk(BASE), next);
    case 'marcxml':
      return shaped
        ? `<collection xmlns="http://www.loc.gov/MARC21/slim"><record>${'<datafield tag="245">'.repeat(n)}</record></collection>`
        : mutate(xmlOf(BASE), next);
    case 'alma':
      return shaped ? `$$a T ${'$$a '.repeat(n)}` : mutate('$$a A title : $$b sub / $$c me.', next);
  }
}

function readAll(reader: Reader, data: string | Uint8Array): MarcRecord[] {
  let results: ReadResult[];
  if (reader === 'alma') {
    const parsed = parseAlmaSubfields(data as string, '245');
    return [{ leader: BASE.leader, fields: [{ tag: '245', ind1: '1', ind2: '0', subfields: parsed.subfields }] }];
  }
  if (reader === 'iso2709') results = [...readIso2709(data as Uint8Array)];
  else if (reader === 'mrk') results = [...readMrk(data as string)];
  else results = [...readMarcXml(data as string)];
  return results.flatMap((r) => (r.record ? [r.record] : []));
}

/** Reads `data` with the reader and validates every record it gives, as `fuzz` does for each input. */
export function readAndValidate(reader: Reader, data: string | Uint8Array): void {
  for (const record of readAll(reader, data)) validateRecord(record, 'bib');
}

/**
 * Valid input of at least `bytes` for a reader (the unmutated record repeated; for Alma text, its 245 subfields
 * repeated): the yardstick a worst case's cost per byte is compared with (tests/unit/fuzz/worst-cases.test.ts).
 */
export function validInput(reader: Reader, bytes: number): string | Uint8Array {
  const one =
    reader === 'iso2709'
      ? String.fromCharCode(...writeIso2709(BASE))
      : reader === 'mrk'
        ? `${writeMrk(BASE)}\n`
        : reader === 'marcxml'
          ? xmlOf(BASE).replace(/^<collection[^>]*>|<\/collection>$/g, '')
          : '$$a A title : $$b sub / $$c me. ';
  const text = one.repeat(Math.max(1, Math.ceil(bytes / one.length)));
  if (reader === 'iso2709') return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
  return reader === 'marcxml' ? `<collection xmlns="http://www.loc.gov/MARC21/slim">${text}</collection>` : text;
}

export interface FuzzReport {
  reader: Reader;
  inputs: number;
  throws: number;
  overLimit: number;
  slowestMs: number;
  slowestInput: number;
  firstThrow?: string;
}

/** Reads and validates `count` inputs; counts throws and inputs slower than `limitMs`. */
export function fuzz(reader: Reader, seed: number, count: number, limitMs: number): FuzzReport {
  const report: FuzzReport = { reader, inputs: 0, throws: 0, overLimit: 0, slowestMs: 0, slowestInput: -1 };
  for (let i = 0; i < count; i++) {
    const data = input(reader, seed, i);
    const start = performance.now();
    try {
      readAndValidate(reader, data);
    } catch (error) {
      report.throws++;
      report.firstThrow ??= `input ${i}: ${String(error)}`;
    }
    const ms = performance.now() - start;
    report.inputs++;
    if (ms > limitMs) report.overLimit++;
    if (ms > report.slowestMs) {
      report.slowestMs = ms;
      report.slowestInput = i;
    }
  }
  return report;
}
