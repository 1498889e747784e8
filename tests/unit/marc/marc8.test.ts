import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import tables from '../../../lib/marc/generated/marc8.json';
import { decodeMarc8 } from '../../../lib/marc/marc8';

const expected = readFileSync(join(import.meta.dirname, '../../fixtures/marc8/marc-charset-expected.tsv'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t') as [string, string, string, string, string]);
const bytesOf = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((pair) => Number.parseInt(pair, 16)));

describe('decodeMarc8', () => {
  it('decodes the MARC-8 fields of the fixtures to the text MARC::Charset gives', () => {
    expect(expected.length).toBeGreaterThan(100);
    for (const [file, record, tag, hex, unicode] of expected) {
      expect(decodeMarc8(bytesOf(hex)).text, `${file} record ${record} ${tag}`).toBe(unicode.normalize('NFC'));
    }
  });

  it('puts a combining mark after its base character and composes it (E2 65 → é)', () => {
    expect(decodeMarc8(Uint8Array.from([0x43, 0x61, 0x66, 0xe2, 0x65])).text).toBe('Caf\u00e9');
  });

  it('switches sets on escape sequences and back (Cyrillic in G0, then ASCII)', () => {
    const bytes = Uint8Array.from([0x1b, 0x28, 0x4e, 0x6b, 0x6e, 0x1b, 0x28, 0x42, 0x21]);
    expect(decodeMarc8(bytes)).toEqual({ text: '\u041a\u041d!', unknown: 0 });
  });

  it('counts the C1 bytes no MARC-8 table defines (80-9F outside 88/89/8D/8E, and A0) as undefined, as MARC::Charset does', () => {
    for (const byte of [0x80, 0x8f, 0x9f, 0xa0]) {
      expect(decodeMarc8(Uint8Array.from([0x61, byte, 0x62])), byte.toString(16)).toEqual({
        text: 'a\uFFFDb',
        unknown: 1,
      });
    }
    // ANSEL's non-sort marks and joiners are defined: U+0098, U+009C, U+200D, U+200C.
    expect(decodeMarc8(Uint8Array.from([0x88, 0x41, 0x89, 0x8d, 0x8e]))).toEqual({
      text: '\u0098A\u009c\u200d\u200c',
      unknown: 0,
    });
  });

  it('maps every single-byte code of every set in its own register (round trip of the table entries)', () => {
    const designate: Record<string, number[]> = { B: [], E: [] };
    for (const [final, set] of Object.entries(tables.sets)) {
      if (final === '1') continue;
      for (const pair of set.map.split(';')) {
        const [marc, ucs] = pair.split('=') as [string, string];
        const code = Number.parseInt(marc, 16);
        if (!ucs || code < 0x21) continue;
        const designation =
          designate[final] ??
          (['g', 'b', 'p'].includes(final)
            ? [0x1b, final.charCodeAt(0)]
            : [0x1b, code >= 0xa1 ? 0x29 : 0x28, final.charCodeAt(0)]);
        // A combining mark needs a base: an ASCII "a" (G0 set back to ASCII first when the set is in G0).
        const inG0 = designation.length > 0 && (designation.length === 2 || designation[1] === 0x28);
        const base = set.combining.split(';').includes(marc) ? (inG0 ? [0x1b, 0x28, 0x42, 0x61] : [0x61]) : [];
        const { text, unknown } = decodeMarc8(Uint8Array.from([...designation, code, ...base]));
        expect(unknown, `${final} ${marc}`).toBe(0);
        expect(text, `${final} ${marc}`).toBe(
          (base.length
            ? `a${String.fromCodePoint(Number.parseInt(ucs, 16))}`
            : String.fromCodePoint(Number.parseInt(ucs, 16))
          ).normalize('NFC'),
        );
      }
    }
  });

  it('decodes EACC (3 bytes per character) after ESC $ 1', () => {
    const entry = tables.sets['1'].map.split(';').find((pair) => pair.startsWith('213021='))!;
    const ucs = String.fromCodePoint(Number.parseInt(entry.split('=')[1]!, 16));
    expect(decodeMarc8(Uint8Array.from([0x1b, 0x24, 0x31, 0x21, 0x30, 0x21])).text).toBe(ucs);
  });
});
