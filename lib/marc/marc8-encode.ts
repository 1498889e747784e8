/**
 * Unicode to MARC-8, the inverse of lib/marc/marc8.ts over LC's code tables (lib/marc/generated/marc8.json),
 * so that a converted field can be written back as the bytes it was read from "where the tables allow".
 *
 * - Text is decomposed (NFD); each combining mark is written before its base character, as MARC-8 wants.
 * - Basic Latin goes to G0 and ANSEL to G1 (the defaults: no escape). A character of another set designates
 *   that set (ESC ( F into G0 for sets LC lists in 0x21-0x7E, ESC ) F into G1 for 0xA1-0xFE, ESC $ 1 for EACC,
 *   ESC g / b / p for Greek symbols, subscripts and superscripts); G0 goes back to Basic Latin with ESC ( B
 *   (ESC s after g/b/p) before the next ASCII character and at the end of the text, G1 back to ANSEL likewise.
 * - Controls (field terminator, subfield delimiter …) pass through.
 * - A character no table has cannot be written: the result is null (the caller writes UTF-8 instead).
 * Where a record used another choice the tables allow (Cyrillic in G1 instead of G0, an escape left open),
 * the bytes differ from the original but decode to the same text.
 */
import tables from './generated/marc8.json';

interface Placement {
  /** Final character of the set's escape sequence. */
  set: string;
  bytes: number[];
  combining: boolean;
}

const ESC = 0x1b;
/** Sets the tables hold in G0 by a two-byte escape (ESC g, ESC b, ESC p), left with ESC s. */
const TECHNIQUE_1 = new Set(['g', 'b', 'p']);
/** Earlier sets win when two hold the same character: the defaults first, then LC's basic sets. */
const PREFERENCE = ['B', 'E', 'N', 'Q', 'S', '2', '3', '4', 'g', 'b', 'p', '1'];

let placements: Map<string, Placement> | null = null;
let highSets: Set<string> | null = null;

function load(): Map<string, Placement> {
  const map = new Map<string, Placement>();
  highSets = new Set();
  const sets = tables.sets as Record<string, { map: string; combining?: string }>;
  for (const final of PREFERENCE) {
    const set = sets[final];
    if (!set) continue;
    const combining = new Set(set.combining ? set.combining.split(';') : []);
    for (const pair of set.map.split(';')) {
      const [marc, ucs] = pair.split('=') as [string, string];
      if (!ucs) continue;
      const code = Number.parseInt(marc, 16);
      if (final === 'E' || (marc.length === 2 && code >= 0xa1)) highSets.add(final);
      if (code < 0x20 || code === 0x7f) continue;
      const char = String.fromCodePoint(Number.parseInt(ucs, 16));
      if (map.has(char)) continue;
      const bytes = marc.length === 6 ? [code >> 16, (code >> 8) & 0xff, code & 0xff] : [code];
      map.set(char, { set: final, bytes, combining: combining.has(marc) });
    }
  }
  return map;
}

/** ANSEL's double diacritics: first half → second half (ligature EB/EC, double tilde FA/FB). */
const SECOND_HALF: Readonly<Record<number, number>> = { 235: 0xec, 250: 0xfb };

/** The character as a base the tables have plus combining marks (written before it), or null. */
function splitForTables(char: string): { base: Placement; marks: Placement[] } | null {
  const direct = placements!.get(char);
  if (direct) return { base: direct, marks: [] };
  const parts = Array.from(char.normalize('NFD'));
  for (let k = parts.length - 1; k >= 1; k--) {
    const base = placements!.get(parts.slice(0, k).join('').normalize('NFC'));
    if (!base) continue;
    const marks = parts.slice(k).map((mark) => placements!.get(mark));
    if (marks.every((mark) => mark?.combining)) return { base, marks: marks as Placement[] };
  }
  return null;
}

function designation(final: string, high: boolean): number[] {
  if (TECHNIQUE_1.has(final)) return [ESC, final.charCodeAt(0)];
  if (final === '1') return [ESC, 0x24, 0x31];
  return [ESC, high ? 0x29 : 0x28, final.charCodeAt(0)];
}

/** MARC-8 bytes for the text, or null when a character is in none of LC's MARC-8 sets. */
export function encodeMarc8(text: string): Uint8Array | null {
  placements ??= load();
  const out: number[] = [];
  let g0 = 'B';
  let g1 = 'E';
  const place = (placement: Placement): void => {
    const high = highSets!.has(placement.set) && placement.set !== 'B';
    if (high) {
      if (g1 !== placement.set) {
        out.push(...designation(placement.set, true));
        g1 = placement.set;
      }
    } else if (g0 !== placement.set) {
      if (TECHNIQUE_1.has(g0)) {
        out.push(ESC, 0x73); // ESC s: back to Basic Latin
        g0 = 'B';
      }
      if (g0 !== placement.set) out.push(...designation(placement.set, false));
      g0 = placement.set;
    }
    out.push(...placement.bytes);
  };
  // MARC-8 double diacritics are written in two halves: the first before the first base, the second
  // (a code of its own, empty in Unicode) before the next base.
  let secondHalf: number | null = null;
  const chars = Array.from(text.normalize('NFC'));
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const point = char.codePointAt(0)!;
    if (point <= 0x20 || point === 0x7f) {
      // Controls and space are the same in every set.
      out.push(point);
      continue;
    }
    // A character and the combining marks after it; a precomposed letter the tables lack is split into
    // the longest base they have (Ơ, ơ are ANSEL letters) and marks.
    let end = i + 1;
    while (end < chars.length && placements.get(chars[end]!)?.combining) end++;
    const split = splitForTables(char);
    if (!split) return null;
    const marks = [...split.marks, ...chars.slice(i + 1, end).map((mark) => placements!.get(mark)!)];
    if (secondHalf !== null && !split.base.combining) {
      out.push(secondHalf);
      secondHalf = null;
    }
    for (const mark of marks) {
      place(mark);
      const half = SECOND_HALF[mark.bytes[0]!];
      if (mark.set === 'E' && half !== undefined) secondHalf = half;
    }
    place(split.base);
    i = end - 1;
  }
  if (g0 !== 'B') out.push(...(TECHNIQUE_1.has(g0) ? [ESC, 0x73] : designation('B', false)));
  if (g1 !== 'E') out.push(...designation('E', true));
  return Uint8Array.from(out);
}
