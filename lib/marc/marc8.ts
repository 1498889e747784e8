/**
 * MARC-8 to Unicode, from LC's code tables (lib/marc/generated/marc8.json, made by `npm run gen:marc8`
 * from third_party/marc8). The ISO 2709 reader calls decodeMarc8Fields on the data of records whose
 * leader/09 is blank, so rules see real text; the CLI keeps each record's bytes as read for its writers.
 *
 * - G0 (bytes 0x21-0x7E) starts as Basic Latin, G1 (0xA1-0xFE) as ANSEL, in every call (a field).
 * - Escapes: ESC ( F / ESC , F → G0; ESC ) F / ESC - F → G1; ESC $ [( , ] 1 → EACC in G0, ESC $ ) 1 /
 *   ESC $ - 1 → EACC in G1; ESC g / b / p (Greek symbols, subscripts, superscripts) replace G0 until ESC s.
 * - A set used in the other register than the one its table lists is looked up with the high bit
 *   flipped (as marc4j and pymarc do).
 * - Combining marks precede their base in MARC-8 and follow it in Unicode: they are held and emitted
 *   after the next base character, in order; the result is NFC-normalised (MARC-8 "E2 65" → "é").
 * - A byte or escape the tables do not define becomes U+FFFD and is counted in `unknown`.
 */
import { latin1String } from './bytes';
import tables from './generated/marc8.json';

interface CharacterSet {
  /** Code (as an integer of 1 or 3 bytes) → Unicode text ('' for the second half of a double diacritic). */
  map: Map<number, string>;
  combining: Set<number>;
  /** Whether the table lists the set's codes in 0xA1-0xFE (G1's register). */
  high: boolean;
  multibyte: boolean;
}

let sets: Map<string, CharacterSet> | null = null;
/** Basic Latin and ANSEL, G0's and G1's sets at the start of every field (set with `sets`). */
let basic: CharacterSet;
let ansel: CharacterSet;

function ensureSets(): Map<string, CharacterSet> {
  if (sets === null) {
    sets = loadSets();
    basic = sets.get('B')!;
    ansel = sets.get('E')!;
  }
  return sets;
}

function loadSets(): Map<string, CharacterSet> {
  const loaded = new Map<string, CharacterSet>();
  for (const [final, set] of Object.entries(tables.sets)) {
    const map = new Map<number, string>();
    let high = false;
    for (const pair of set.map.split(';')) {
      const [marc, ucs] = pair.split('=') as [string, string];
      const code = Number.parseInt(marc, 16);
      map.set(code, ucs ? String.fromCodePoint(Number.parseInt(ucs, 16)) : '');
      if (marc.length === 2 && code >= 0xa1) high = true;
    }
    const combining = new Set(set.combining ? set.combining.split(';').map((code) => Number.parseInt(code, 16)) : []);
    loaded.set(final, { map, combining, high, multibyte: final === '1' });
  }
  return loaded;
}

export interface Marc8Result {
  text: string;
  /** Bytes or escape sequences the tables do not define (each became U+FFFD). */
  unknown: number;
}

const ESC = 0x1b;

/** The sets in G0 and G1: they carry over from one subfield to the next within a field. */
interface Registers {
  g0: CharacterSet;
  g1: CharacterSet;
}

function freshRegisters(): Registers {
  ensureSets();
  return { g0: basic, g1: ansel };
}

export function decodeMarc8(bytes: Uint8Array, from = 0, to = bytes.length): Marc8Result {
  const text = decodeSpan(bytes, from, to, freshRegisters());
  return { text, unknown: spanUnknown };
}

/** Undefined codes met by the last decodeSpan call (a counter instead of a result object per subfield). */
let spanUnknown = 0;

/** No byte >= 0x80 and no ESC: with Basic Latin in G0, the bytes are the text (one character per byte). */
function plainAscii(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const byte = bytes[i]!;
    if (byte >= 0x80 || byte === ESC) return false;
  }
  return true;
}

/** One character per byte, for ASCII stretches (no argument-count limit: see latin1String). */
function asciiText(bytes: Uint8Array, from: number, to: number): string {
  return to - from <= 0 ? '' : latin1String(bytes, from, to);
}

/** Decodes bytes [from, to) with the registers, which it updates; undefined codes are counted in `spanUnknown`. */
function decodeSpan(bytes: Uint8Array, from: number, to: number, registers: Registers): string {
  ensureSets();
  const known = sets!;
  spanUnknown = 0;
  // Most subfields of a MARC-8 record are plain ASCII: no table lookups, no normalisation. (0x7F and the
  // controls pass through unchanged below too, and Basic Latin maps 0x21-0x7E to themselves.)
  if (registers.g0 === basic && plainAscii(bytes, from, to)) return asciiText(bytes, from, to);
  let { g0, g1 } = registers;
  let out = '';
  // Combining marks precede their base in MARC-8: held here until the next base character.
  let pending = '';
  let unknown = 0;
  let i = from;
  while (i < to) {
    const byte = bytes[i]!;
    if (byte === ESC) {
      const next = i + 1 < to ? String.fromCharCode(bytes[i + 1]!) : '';
      const third = i + 2 < to ? String.fromCharCode(bytes[i + 2]!) : '';
      if ((next === '(' || next === ',') && known.has(third)) {
        g0 = known.get(third)!;
        i += 3;
      } else if ((next === ')' || next === '-') && known.has(third)) {
        g1 = known.get(third)!;
        i += 3;
      } else if (next === '$') {
        const fourth = i + 3 < to ? String.fromCharCode(bytes[i + 3]!) : '';
        if (third === '1') {
          g0 = known.get('1')!;
          i += 3;
        } else if ((third === '(' || third === ',') && fourth === '1') {
          g0 = known.get('1')!;
          i += 4;
        } else if ((third === ')' || third === '-') && fourth === '1') {
          g1 = known.get('1')!;
          i += 4;
        } else {
          unknown++;
          out += '\uFFFD';
          i += 1;
        }
      } else if (next === 'g' || next === 'b' || next === 'p') {
        g0 = known.get(next)!;
        i += 2;
      } else if (next === 's') {
        g0 = basic;
        i += 2;
      } else {
        unknown++;
        out += '\uFFFD';
        i += 1;
      }
      continue;
    }
    if (byte < 0x21 || byte === 0x7f) {
      // Controls and space pass through.
      out += String.fromCharCode(byte) + pending;
      pending = '';
      i++;
      continue;
    }
    if (byte >= 0x80 && byte < 0xa1 && byte !== 0x88 && byte !== 0x89 && byte !== 0x8d && byte !== 0x8e) {
      // The C1 area outside ANSEL's 88/89/8D/8E (looked up below) and 0xA0: no MARC-8 table defines them
      // (MARC::Charset has no mapping either). Passing them through as U+0080-U+00A0 would change the data
      // silently when the record is written as UTF-8.
      unknown++;
      out += `\uFFFD${pending}`;
      pending = '';
      i++;
      continue;
    }
    const set = byte >= 0x80 ? g1 : g0;
    if (set.multibyte) {
      if (i + 3 > to) {
        unknown++;
        out += '\uFFFD';
        break;
      }
      const code = ((bytes[i]! & 0x7f) << 16) | ((bytes[i + 1]! & 0x7f) << 8) | (bytes[i + 2]! & 0x7f);
      const text = set.map.get(code) ?? set.map.get(code | 0x808080);
      if (text === undefined) unknown++;
      out += (text ?? '\uFFFD') + pending;
      pending = '';
      i += 3;
      continue;
    }
    // Look the byte up in the register its table uses.
    const code = byte >= 0x80 === set.high ? byte : byte ^ 0x80;
    const text = set.map.get(code) ?? (set === ansel || set === basic ? undefined : set.map.get(byte));
    if (text === undefined) {
      unknown++;
      out += `\uFFFD${pending}`;
      pending = '';
    } else if (set.combining.has(code)) pending += text;
    else {
      out += text + pending;
      pending = '';
    }
    i++;
  }
  out += pending;
  registers.g0 = g0;
  registers.g1 = g1;
  spanUnknown = unknown;
  return out.normalize('NFC');
}

/**
 * Decodes a record's data area field by field (split at the field terminators 0x1E, which stay in the text).
 * The structure is read on the bytes, as MARC::Record does before MARC::Charset converts the values: the byte
 * after a subfield delimiter (0x1F) is the subfield code, kept as it is, and each value is converted on its own
 * (a combining mark never jumps over a delimiter or into a code). G0 and G1 start as Basic Latin and ANSEL in
 * every field and carry over from subfield to subfield. `firstUnknown` is the byte offset (relative to `from`)
 * of the first field holding an undefined code, or -1.
 *
 * A field with no byte >= 0x80 and no ESC is its bytes (one character per byte): such fields, most of any
 * MARC-8 record, are copied in stretches, and only the others are converted subfield by subfield.
 */
export function decodeMarc8Fields(bytes: Uint8Array, from: number, to: number): Marc8Result & { firstUnknown: number } {
  ensureSets();
  let text = '';
  let unknown = 0;
  let firstUnknown = -1;
  // Bytes [copied, start) are ASCII fields (and their terminators) not yet added to `text`.
  let copied = from;
  let start = from;
  while (start <= to) {
    let end = start;
    let plain = true;
    for (; end < to; end++) {
      const byte = bytes[end]!;
      if (byte === FIELD_TERMINATOR) break;
      if (byte >= 0x80 || byte === ESC) plain = false;
    }
    if (!plain) {
      text += asciiText(bytes, copied, start) + decodeField(bytes, start, end);
      copied = end;
      if (fieldUnknown > 0) {
        if (firstUnknown < 0) firstUnknown = start - from;
        unknown += fieldUnknown;
      }
    }
    if (end >= to) break;
    start = end + 1;
  }
  text += asciiText(bytes, copied, to);
  return { text, unknown, firstUnknown };
}

const FIELD_TERMINATOR = 0x1e;
const SUBFIELD_DELIMITER = 0x1f;

/** Undefined codes met by the last decodeField call. */
let fieldUnknown = 0;

/** One field [start, end) converted subfield by subfield (delimiters and codes kept as they are). */
function decodeField(bytes: Uint8Array, start: number, end: number): string {
  const registers = freshRegisters();
  let text = '';
  let unknown = 0;
  let span = start;
  while (span <= end) {
    let delimiter = span;
    while (delimiter < end && bytes[delimiter] !== SUBFIELD_DELIMITER) delimiter++;
    text += decodeSpan(bytes, span, delimiter, registers);
    unknown += spanUnknown;
    if (delimiter === end) break;
    text += '\u001f';
    // The subfield code: one byte, not MARC-8 text.
    if (delimiter + 1 < end) text += String.fromCharCode(bytes[delimiter + 1]!);
    span = Math.min(delimiter + 2, end);
  }
  fieldUnknown = unknown;
  return text;
}
