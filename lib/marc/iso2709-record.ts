/**
 * Parses one framed ISO 2709 record (leader, directory, field data) into the record model.
 * Hot path: a clean record costs one leader string, one directory pass, one decode of the whole
 * data area and one split; everything else happens only when something is wrong.
 */
import { FIELD_TERMINATOR, findInvalidUtf8, hexBytes, latin1String, readDigits, visible } from './bytes';
import { parseDataFieldText, type FieldLocation } from './data-field-text';
import { mapDamagedDirectory, type FieldChunk, type MappedField } from './iso2709-directory';
import { structuralProblem, type StructuralProblemCode } from './problem-codes';
import { decodeMarc8Fields } from './marc8';
import { isControlTag, type Field, type ReadResult, type StructuralProblem } from './types';

const LEADER_LENGTH = 24;
const ENTRY_LENGTH = 12;
const SUBFIELD_DELIMITER = '\u001f';
/** Invalid UTF-8 sequences counted per record (a bound on work for a record that is not UTF-8 at all). */
const MAX_ENCODING_SPANS = 100000;
/** Invalid UTF-8 sequences shown in one problem before they are only counted. */
const NAMED_ENCODING_SPANS = 3;
/** ISO 2709's five-digit record length; writers put 99999 in the leader of a longer record. */
const MAX_RECORD_LENGTH = 99999;
/** Orphaned pieces of field data quoted one by one before they are only counted. */
const NAMED_ORPHANS = 3;

const NUMERIC_TAGS: string[] = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** Field-terminator positions of the record being parsed; reused across records (parsing is synchronous). */
let terminators = new Int32Array(256);
/** Reused for field-level problem locations (problems copy it, so reuse is safe). */
const fieldLocation: FieldLocation = { offset: 0 };

function tagAt(bytes: Uint8Array, at: number): string {
  const a = bytes[at]! - 0x30;
  const b = bytes[at + 1]! - 0x30;
  const c = bytes[at + 2]! - 0x30;
  if (a >= 0 && a <= 9 && b >= 0 && b <= 9 && c >= 0 && c <= 9) return NUMERIC_TAGS[a * 100 + b * 10 + c]!;
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!);
}

/** Alphabetic tags (local Aleph-style `FMT`, `CAT`…) are control fields unless they look like data fields. */
function isControlFieldData(tag: string, text: string): boolean {
  if (isControlTag(tag)) return true;
  const c0 = tag.charCodeAt(0);
  const numeric = c0 >= 0x30 && c0 <= 0x39 && tag.charCodeAt(1) <= 0x39 && tag.charCodeAt(2) <= 0x39;
  return !numeric && text.charCodeAt(2) !== 0x1f;
}

export interface FrameInfo {
  /** Absolute file offset of bytes[0]. */
  base: number;
  start: number;
  end: number;
  terminated: boolean;
  problem?: { code: StructuralProblemCode; message: string } | undefined;
}

export function parseIso2709Record(bytes: Uint8Array, frame: FrameInfo, index: number): ReadResult {
  const { base, start, end } = frame;
  const problems: StructuralProblem[] = [];
  const offset = base + start;
  // An oversize record's leader length is a placeholder, not damage: its root cause is reported once, below.
  const oversize = end - start > MAX_RECORD_LENGTH && readDigits(bytes, start, 5, end) === MAX_RECORD_LENGTH;
  if (frame.problem && !(oversize && frame.problem.code === 'record-length-mismatch'))
    problems.push(structuralProblem(frame.problem.code, frame.problem.message, { offset }));
  const contentEnd = frame.terminated ? end - 1 : end;
  if (contentEnd - start < LEADER_LENGTH) {
    problems.push(
      structuralProblem(
        'record-too-short',
        `Only ${end - start} bytes before the record terminator: not a MARC record (a leader alone is 24 bytes). Bytes: ${hexBytes(bytes, start, Math.min(end, start + 24))}.`,
        { offset },
      ),
    );
    return { index, record: null, problems, offset };
  }
  const leader = latin1String(bytes, start, start + LEADER_LENGTH);
  if (!oversize) checkLeader(bytes, start, end, leader, frame, problems, offset);
  else checkLeaderStructure(leader, problems, offset);
  const encodingByte = bytes[start + 9];
  const encoding = encodingByte === 0x61 ? 'utf8' : encodingByte === 0x20 ? 'marc8' : 'unknown';

  // Directory: it ends at the field terminator the base address points to, else at the first one.
  const dirStart = start + LEADER_LENGTH;
  const declaredBase = readDigits(bytes, start + 12, 5, end);
  let dirEnd: number;
  if (
    declaredBase > LEADER_LENGTH &&
    start + declaredBase <= contentEnd &&
    bytes[start + declaredBase - 1] === FIELD_TERMINATOR
  ) {
    dirEnd = start + declaredBase - 1;
  } else {
    const first = bytes.indexOf(FIELD_TERMINATOR, dirStart);
    if (first === -1 || first >= contentEnd) {
      dirEnd =
        declaredBase > LEADER_LENGTH && start + declaredBase <= contentEnd ? start + declaredBase - 1 : contentEnd;
      problems.push(
        structuralProblem(
          'missing-directory-terminator',
          `No field terminator (0x1E) ends the directory; ${dirEnd === contentEnd ? 'no field data could be found' : 'the base address in leader/12-16 was used'}.`,
          { offset: base + dirStart },
        ),
      );
    } else {
      dirEnd = first;
      const actual = String(first + 1 - start).padStart(5, '0');
      if (!(oversize && declaredBase === MAX_RECORD_LENGTH))
        problems.push(
          declaredBase < 0
            ? structuralProblem(
                'bad-base-address',
                `Leader/12-16 "${leader.slice(12, 17)}" is not a number; the directory was read up to its terminator, so the base address should be ${actual}.`,
                { offset: offset + 12 },
              )
            : structuralProblem(
                'base-address-mismatch',
                `Leader/12-16 gives base address ${declaredBase}, but the directory ends at ${first + 1 - start}; correct leader/12-16 to ${actual}.`,
                { offset: offset + 12 },
              ),
        );
    }
  }
  const dataStart = Math.min(dirEnd + 1, contentEnd);

  // Field data: positions of every field terminator.
  let count = 0;
  for (
    let at = bytes.indexOf(FIELD_TERMINATOR, dataStart);
    at !== -1 && at < contentEnd;
    at = bytes.indexOf(FIELD_TERMINATOR, at + 1)
  ) {
    if (count === terminators.length) {
      const grown = new Int32Array(terminators.length * 2);
      grown.set(terminators);
      terminators = grown;
    }
    terminators[count++] = at;
  }
  const lastEnd = count > 0 ? terminators[count - 1]! + 1 : dataStart;
  const hasTail = lastEnd < contentEnd;

  invalidSpans = null;
  convertedFromMarc8 = false;
  const text = decodeData(bytes, dataStart, contentEnd, encoding, problems, base, leader);
  const pieces = text.split('\u001e');

  const fields: Field[] = [];
  const entryCount = (dirEnd - dirStart) / ENTRY_LENGTH;
  if (!hasTail && entryCount === count && cleanDirectory(bytes, dirStart, dataStart, count)) {
    for (let k = 0; k < count; k++) {
      const chunkStart = k === 0 ? dataStart : terminators[k - 1]! + 1;
      fields.push(buildField(tagAt(bytes, dirStart + k * ENTRY_LENGTH), pieces[k]!, base + chunkStart, problems));
    }
    if (invalidSpans)
      reportInvalidUtf8(bytes, invalidSpans, (at) => fields[chunkIndexAt(at, count)]?.tag, problems, base);
  } else {
    const chunks: FieldChunk[] = [];
    for (let k = 0; k < count; k++)
      chunks.push({ start: k === 0 ? dataStart : terminators[k - 1]! + 1, end: terminators[k]!, terminated: true });
    if (hasTail) chunks.push({ start: lastEnd, end: contentEnd, terminated: false });
    const mapped = mapDamagedDirectory(
      bytes,
      dirStart,
      dirEnd,
      dataStart,
      chunks,
      problems,
      (at) => tagAt(bytes, at),
      base,
      oversize,
    );
    if (oversize) {
      problems.push(
        structuralProblem(
          'record-too-long',
          `The record is ${end - start} bytes long; ISO 2709 allows at most ${MAX_RECORD_LENGTH}, so leader/00-04${declaredBase === MAX_RECORD_LENGTH ? ', leader/12-16' : ''} and ${mapped.placeholders} of its ${entryCount | 0} directory entries hold the placeholder ${MAX_RECORD_LENGTH} instead of a real value. The fields were read in order up to the record terminator. Shorten the record (e.g. move item fields to item or holdings records) or exchange it as MARCXML.`,
          { offset },
        ),
      );
    }
    addRecoveredFields(mapped.fields, chunks, pieces, base, fields, problems);
    if (invalidSpans) {
      const tagOfChunk: string[] = [];
      for (const { tag, chunk } of mapped.fields) tagOfChunk[chunk] = tag;
      reportInvalidUtf8(bytes, invalidSpans, (at) => tagOfChunk[chunkIndexAt(at, count)], problems, base);
    }
    reportUnclaimed(mapped.unclaimed, chunks, pieces, base, problems);
  }
  // A converted record holds Unicode: its leader says so (writers then write UTF-8); `encoding` keeps what
  // the file declared, and the CLI copies the record's bytes as read.
  const recordLeader = convertedFromMarc8 ? `${leader.slice(0, 9)}a${leader.slice(10)}` : leader;
  return { index, record: { leader: recordLeader, fields }, problems, offset, encoding };
}

/** Orphaned field data: quoted one by one when there are a few, else counted, the first few quoted. */
function reportUnclaimed(
  unclaimed: number[],
  chunks: FieldChunk[],
  pieces: string[],
  base: number,
  problems: StructuralProblem[],
): void {
  if (unclaimed.length === 0) return;
  const quote = (k: number, width: number) => `byte ${base + chunks[k]!.start}: "${visible(pieces[k] ?? '', width)}"`;
  const first = chunks[unclaimed[0]!]!;
  if (unclaimed.length <= NAMED_ORPHANS) {
    for (const k of unclaimed) {
      const chunk = chunks[k]!;
      problems.push(
        structuralProblem(
          'field-without-directory-entry',
          `Field data at byte ${base + chunk.start} has no directory entry, so its tag is unknown; it was left out of the record. Its content: "${visible(pieces[k] ?? '', 200)}".`,
          { offset: base + chunk.start },
        ),
      );
    }
    return;
  }
  const named = unclaimed.slice(0, NAMED_ORPHANS).map((k) => quote(k, 60));
  problems.push(
    structuralProblem(
      'field-without-directory-entry',
      `${unclaimed.length} pieces of field data have no directory entry, so their tags are unknown; they were left out of the record. The first: ${named.join('; ')}.`,
      { offset: base + first.start },
    ),
  );
}

function addRecoveredFields(
  mapped: MappedField[],
  chunks: FieldChunk[],
  pieces: string[],
  base: number,
  fields: Field[],
  problems: StructuralProblem[],
): void {
  for (const { tag, chunk } of mapped) {
    const { start, terminated } = chunks[chunk]!;
    if (!terminated) {
      problems.push(
        structuralProblem(
          'missing-field-terminator',
          `Field ${tag} (byte ${base + start}) does not end with a field terminator (0x1E); it was read up to the end of the record.`,
          { offset: base + start, tag },
        ),
      );
    }
    fields.push(buildField(tag, pieces[chunk] ?? '', base + start, problems));
  }
}

/** True when entry k points exactly at the k-th terminated chunk, for every k. */
function cleanDirectory(bytes: Uint8Array, dirStart: number, dataStart: number, count: number): boolean {
  let expected = 0;
  for (let k = 0, at = dirStart; k < count; k++, at += ENTRY_LENGTH) {
    const length = readDigits(bytes, at + 3, 4, at + ENTRY_LENGTH);
    const position = readDigits(bytes, at + 7, 5, at + ENTRY_LENGTH);
    if (position !== expected || dataStart + position + length - 1 !== terminators[k]) return false;
    expected = position + length;
  }
  return true;
}

function buildField(tag: string, text: string, fieldOffset: number, problems: StructuralProblem[]): Field {
  if (isControlFieldData(tag, text)) return { tag, value: text };
  fieldLocation.offset = fieldOffset;
  return parseDataFieldText(tag, text, SUBFIELD_DELIMITER, problems, fieldLocation);
}

function checkLeader(
  bytes: Uint8Array,
  start: number,
  end: number,
  leader: string,
  frame: FrameInfo,
  problems: StructuralProblem[],
  offset: number,
): void {
  const declared = readDigits(bytes, start, 5, end);
  if (declared < 0) {
    problems.push(
      structuralProblem(
        'bad-leader-length',
        `Leader/00-04 "${visible(leader.slice(0, 5))}" is not a record length; the record was read up to its record terminator. Correct leader/00-04 to ${String(end - start).padStart(5, '0')}.`,
        { offset },
      ),
    );
  } else if (!frame.problem && declared !== end - start) {
    problems.push(
      structuralProblem(
        'record-length-mismatch',
        `Leader/00-04 gives a record length of ${declared}, but the record is ${end - start} bytes long; correct leader/00-04 to ${String(end - start).padStart(5, '0')}.`,
        { offset },
      ),
    );
  }
  checkLeaderStructure(leader, problems, offset);
}

function checkLeaderStructure(leader: string, problems: StructuralProblem[], offset: number): void {
  if (leader.charCodeAt(10) !== 0x32 || leader.charCodeAt(11) !== 0x32 || leader.slice(20, 24) !== '4500') {
    problems.push(
      structuralProblem(
        'nonstandard-leader-structure',
        `Leader/10-11 is "${visible(leader.slice(10, 12))}" and leader/20-23 "${visible(leader.slice(20, 24))}" (MARC 21: "22" and "4500"); the record was read with MARC 21's two indicators, one-character subfield codes and 12-byte directory entries.`,
        { offset: offset + 10 },
        'warning',
      ),
    );
  }
}

/** Decodes the whole data area once; encoding trouble becomes problems (via `invalid`), never exceptions. */
function decodeData(
  bytes: Uint8Array,
  from: number,
  to: number,
  encoding: 'utf8' | 'marc8' | 'unknown',
  problems: StructuralProblem[],
  base: number,
  leader: string,
): string {
  if (encoding === 'marc8') {
    const first = firstNonAscii(bytes, from, to);
    // Plain ASCII (firstNonAscii also stops at ESC) is the same in MARC-8 and Unicode: nothing to convert,
    // leader/09 stays blank.
    if (first < 0) return latin1String(bytes, from, to);
    if (!hasEscape(bytes, first, to) && isUtf8(bytes, from, to)) {
      const text = latin1String(bytes, from, to);
      // MARC-8 puts diacritics (0xE0-0xFE) before an ASCII letter and has no byte runs that make valid
      // multibyte UTF-8, so data that decodes as UTF-8 is UTF-8 with a wrong leader/09: one finding, the
      // bytes kept as read (one character per byte) so that nothing is converted twice.
      problems.push(
        structuralProblem(
          'marc8-declared-but-utf8',
          `Leader/09 says MARC-8 but the data is UTF-8; set it to a. (First non-ASCII character at byte ${base + first}; the text was not converted.)`,
          { offset: base + first },
          'warning',
        ),
      );
      return text;
    }
    // MARC-8 to Unicode from LC's code tables, so text rules see real text (combining marks after their base).
    const decoded = decodeMarc8Fields(bytes, from, to);
    if (decoded.unknown > 0) {
      problems.push(
        structuralProblem(
          'marc8-undefined-character',
          `${decoded.unknown} ${decoded.unknown === 1 ? 'byte or escape sequence is' : 'bytes or escape sequences are'} not defined in LC's MARC-8 code tables (first in the field at byte ${base + from + decoded.firstUnknown}); ${decoded.unknown === 1 ? 'it was' : 'they were'} read as U+FFFD. Correct the character${decoded.unknown === 1 ? '' : 's'} in the source record.`,
          { offset: base + from + decoded.firstUnknown },
          'warning',
        ),
      );
    }
    convertedFromMarc8 = true;
    return decoded.text;
  }
  if (encoding === 'unknown') {
    const first = firstNonAscii(bytes, from, to);
    if (first >= 0) {
      problems.push(
        structuralProblem(
          'unknown-character-coding',
          `Leader/09 is "${visible(leader[9]!)}", neither "a" (UTF-8) nor blank (MARC-8), and the record has non-ASCII bytes (first at byte ${base + first}); it was read as UTF-8. Set leader/09 to the record's real encoding.`,
          { offset: base + first },
          'warning',
        ),
      );
    }
  }
  try {
    return utf8Strict.decode(bytes.subarray(from, to));
  } catch {
    invalidSpans = findInvalidUtf8(bytes, from, to, MAX_ENCODING_SPANS);
    return utf8Lenient.decode(bytes.subarray(from, to));
  }
}

/** Whether the record being parsed was converted from MARC-8 (its leader/09 then becomes 'a'). */
let convertedFromMarc8 = false;

/** Invalid UTF-8 spans of the record being parsed, reported once fields (and so tags) are known. */
let invalidSpans: Array<[number, number]> | null = null;

/** A loop bounded by `to`: Buffer.indexOf would search on to the end of the file when the record has no ESC. */
function hasEscape(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] === 0x1b) return true;
  return false;
}

/** Valid UTF-8 as the strict TextDecoder judges it, without decoding or an exception (most MARC-8 data is not). */
function isUtf8(bytes: Uint8Array, from: number, to: number): boolean {
  return findInvalidUtf8(bytes, from, to, 1).length === 0;
}

/** First byte >= 0x80 or ESC (MARC-8 escape sequences), or -1. */
function firstNonAscii(bytes: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) if (bytes[i]! >= 0x80 || bytes[i] === 0x1b) return i;
  return -1;
}

function reportInvalidUtf8(
  bytes: Uint8Array,
  spans: Array<[number, number]>,
  tagAtByte: (at: number) => string | undefined,
  problems: StructuralProblem[],
  base: number,
): void {
  // One problem per tag: a record converted with the wrong character set has the same fault in every
  // field it touched; the first bytes are shown, the rest counted.
  const byTag = new Map<string | undefined, Array<[number, number]>>();
  for (const span of spans) {
    const tag = tagAtByte(span[0]);
    const list = byTag.get(tag);
    if (list) list.push(span);
    else byTag.set(tag, [span]);
  }
  for (const [tag, list] of byTag) {
    const where = tag === undefined ? '' : ` in field ${tag}`;
    const [spanStart, spanEnd] = list[0]!;
    const at = tag === undefined ? { offset: base + spanStart } : { offset: base + spanStart, tag };
    if (list.length === 1) {
      problems.push(
        structuralProblem(
          'invalid-utf8',
          `Bytes ${hexBytes(bytes, spanStart, spanEnd)} at byte ${base + spanStart}${where} are not valid UTF-8 (perhaps MARC-8 or Latin-1 text in a UTF-8 record); they were replaced by "\uFFFD". Re-enter the character.`,
          at,
        ),
      );
      continue;
    }
    const shown = list
      .slice(0, NAMED_ENCODING_SPANS)
      .map(([from, to]) => `${hexBytes(bytes, from, to)} at byte ${base + from}`)
      .join(', ');
    const more = list.length > NAMED_ENCODING_SPANS ? `, and ${list.length - NAMED_ENCODING_SPANS} more` : '';
    problems.push(
      structuralProblem(
        'invalid-utf8',
        `${list.length} byte sequences${where} are not valid UTF-8 (perhaps MARC-8 or Latin-1 text in a UTF-8 record): ${shown}${more}; each was replaced by "\uFFFD". Re-enter the characters, or convert the record from its real character set.`,
        at,
      ),
    );
  }
}

/** Index of the chunk (field) containing byte `at`, by the field terminator positions. */
function chunkIndexAt(at: number, count: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (terminators[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
