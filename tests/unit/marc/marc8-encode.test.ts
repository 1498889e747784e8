import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMarc8 } from '../../../lib/marc/marc8';
import { encodeMarc8 } from '../../../lib/marc/marc8-encode';

const rows = readFileSync(join(import.meta.dirname, '../../fixtures/marc8/marc-charset-expected.tsv'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t') as [string, string, string, string, string]);
const bytesOf = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((pair) => Number.parseInt(pair, 16)));
const hexOf = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

describe('encodeMarc8 (Unicode → MARC-8)', () => {
  it('round trip: every MARC-8 field of the fixtures, decoded and re-encoded, gives the original bytes', () => {
    expect(rows.length).toBe(113);
    const differing: string[] = [];
    for (const [file, record, tag, hex] of rows) {
      const encoded = encodeMarc8(decodeMarc8(bytesOf(hex)).text);
      if (encoded === null || hexOf(encoded) !== hex) differing.push(`${file} ${record} ${tag}`);
    }
    expect(differing).toEqual([]);
  });

  it('writes a combining mark before its base (é → E2 65) and passes controls through', () => {
    expect(hexOf(encodeMarc8('Caf\u00e9\u001fa')!)).toBe('436166e2651f61');
  });

  it('designates other sets and returns to the defaults (Cyrillic in G0, then ASCII)', () => {
    const bytes = encodeMarc8('\u041a\u041d!')!;
    expect(decodeMarc8(bytes).text).toBe('\u041a\u041d!');
    expect(hexOf(bytes)).toBe('1b284e6b6e1b284221');
  });

  it('round-trips EACC and Hebrew text through decode', () => {
    for (const text of ['\u4e2d\u6587 text', '\u05e9\u05dc\u05d5\u05dd', 'x\u2082O']) {
      const bytes = encodeMarc8(text);
      expect(bytes, text).not.toBeNull();
      expect(decodeMarc8(bytes!).text, text).toBe(text.normalize('NFC'));
    }
  });

  it('gives null for a character no MARC-8 set has', () => {
    expect(encodeMarc8('emoji \u{1F600}')).toBeNull();
  });
});
