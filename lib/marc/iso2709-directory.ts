/**
 * Reading the directory of a damaged ISO 2709 record: which field data each entry points to.
 * The fast path (a clean directory) never comes here; this is the recovery path, so clarity wins
 * over speed. Field data is split on field terminators (0x1E), and each entry is matched to the
 * piece that starts where it points, or else to the next unclaimed piece in order.
 */
import { readDigits } from './bytes';
import { structuralProblem } from './problem-codes';
import type { StructuralProblem } from './types';

/** One piece of field data, [start, end) in bytes, without its terminator. */
export interface FieldChunk {
  start: number;
  end: number;
  terminated: boolean;
}

interface DirectoryEntry {
  tag: string;
  /** Relative to the base address; -1 when unreadable or unknown. */
  position: number;
  length: number;
  /** Absolute byte offset of the entry, for messages. */
  at: number;
  /** Set when the entry was incomplete and its tag had to be completed. */
  guessedTag?: boolean;
}

export interface MappedField {
  tag: string;
  chunk: number;
}

function readEntry(bytes: Uint8Array, at: number, end: number, tagOf: (at: number) => string): DirectoryEntry {
  return {
    tag: tagOf(at),
    length: readDigits(bytes, at + 3, 4, end),
    position: readDigits(bytes, at + 7, 5, end),
    at,
  };
}

/** Entries read 12 bytes at a time from `first`; `partial` describes the leftover bytes if any. */
function readEntries(
  bytes: Uint8Array,
  dirStart: number,
  dirEnd: number,
  alignFromEnd: boolean,
  tagOf: (at: number) => string,
): DirectoryEntry[] {
  const remainder = (dirEnd - dirStart) % 12;
  const entries: DirectoryEntry[] = [];
  const first = alignFromEnd ? dirStart + remainder : dirStart;
  if (alignFromEnd && remainder >= 9) {
    // A leading entry that lost characters at its start: its length and position are intact, its tag
    // is what is left, completed with leading zeros (the reader says so in a problem).
    const kept = remainder - 9;
    let tag = '';
    for (let i = dirStart; i < dirStart + kept; i++) tag += String.fromCharCode(bytes[i]!);
    entries.push({
      tag: tag.padStart(3, '0'),
      length: readDigits(bytes, dirStart + kept, 4, dirEnd),
      position: readDigits(bytes, dirStart + kept + 4, 5, dirEnd),
      at: dirStart,
      guessedTag: true,
    });
  }
  for (let at = first; at + 12 <= dirEnd; at += 12) entries.push(readEntry(bytes, at, dirEnd, tagOf));
  if (!alignFromEnd && remainder >= 3) {
    // A trailing entry cut short: its tag is readable, where it points is not.
    entries.push({ tag: tagOf(dirEnd - remainder), length: -1, position: -1, at: dirEnd - remainder });
  }
  return entries;
}

/** Index of the chunk starting exactly at `start`, or -1 (chunks are sorted by start). */
function chunkStartingAt(chunks: FieldChunk[], start: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const chunkStart = chunks[middle]!.start;
    if (chunkStart === start) return middle;
    if (chunkStart < start) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function score(entries: DirectoryEntry[], chunks: FieldChunk[], dataStart: number): number {
  let matches = 0;
  for (const entry of entries)
    if (entry.position >= 0 && chunkStartingAt(chunks, dataStart + entry.position) >= 0) matches++;
  return matches;
}

/** How many faulty entries of one kind a problem names before it only counts them. */
const NAMED_ENTRIES = 3;

/** Placeholder marc4j and others write for a starting position or length that needs more digits. */
const OVERFLOW_POSITION = 99999;

interface EntryFault {
  code:
    | 'bad-directory-entry'
    | 'directory-entry-outside-record'
    | 'directory-entry-start-mismatch'
    | 'field-length-mismatch';
  /** The kind of fault in words, for the summary of several: "point to a byte that is not the start of a field". */
  kind: string;
  /** The whole message when the entry is the only one of its kind. */
  message: string;
  entry: DirectoryEntry;
  index: number;
}

/**
 * One problem per kind of fault per record: a directory with 12,000 bad entries is one damaged
 * directory, not 12,000 findings. A kind met once keeps its precise message; a kind met more often
 * gives the count and the first few entries.
 */
function reportFaults(faults: EntryFault[], problems: StructuralProblem[], base: number): void {
  const byCode = new Map<EntryFault['code'], EntryFault[]>();
  for (const fault of faults) {
    const list = byCode.get(fault.code);
    if (list) list.push(fault);
    else byCode.set(fault.code, [fault]);
  }
  for (const [code, list] of byCode) {
    const first = list[0]!;
    const where = { offset: base + first.entry.at, tag: first.entry.tag };
    if (list.length === 1) {
      problems.push(structuralProblem(code, first.message, where));
      continue;
    }
    const named = list
      .slice(0, NAMED_ENTRIES)
      .map(({ entry, index }) => `entry ${index + 1} (tag ${entry.tag}, byte ${base + entry.at})`)
      .join(', ');
    const more = list.length > NAMED_ENTRIES ? `, and ${list.length - NAMED_ENTRIES} more` : '';
    problems.push(structuralProblem(code, `${list.length} directory entries ${first.kind}: ${named}${more}.`, where));
  }
}

/**
 * Maps directory entries to chunks, reporting every inconsistency (each entry at most once, each kind
 * once per record). Fields are returned in directory order; `unclaimed` lists chunks no entry points
 * to (the caller reports them with their text). When `oversize` is set (the record is longer than
 * ISO 2709 allows), entries holding the 99999 placeholder are matched in order without a problem:
 * the caller reports their root cause once; `placeholders` counts them.
 */
export function mapDamagedDirectory(
  bytes: Uint8Array,
  dirStart: number,
  dirEnd: number,
  dataStart: number,
  chunks: FieldChunk[],
  problems: StructuralProblem[],
  tagOf: (at: number) => string,
  base: number,
  oversize = false,
): { fields: MappedField[]; unclaimed: number[]; placeholders: number } {
  const directoryLength = dirEnd - dirStart;
  let entries = readEntries(bytes, dirStart, dirEnd, false, tagOf);
  if (directoryLength % 12 !== 0) {
    const fromEnd = readEntries(bytes, dirStart, dirEnd, true, tagOf);
    if (score(fromEnd, chunks, dataStart) > score(entries, chunks, dataStart)) entries = fromEnd;
    // The incomplete entry is this problem's own consequence: named here, not reported a second time.
    const guessed = entries[0]?.guessedTag ? entries[0] : undefined;
    const consequence = guessed
      ? ` The first entry is the short one (${directoryLength % 12} of 12 characters); its tag was read as ${guessed.tag}: check that this field really is ${guessed.tag}.`
      : ' Entries were matched to field data by position; check the fields reported below.';
    problems.push(
      structuralProblem(
        'directory-not-multiple-of-12',
        `The directory is ${directoryLength} bytes long, not a multiple of 12: an entry has lost or gained characters.${consequence}`,
        guessed ? { offset: base + dirStart, tag: guessed.tag } : { offset: base + dirStart },
      ),
    );
  }
  const dataLength = chunks.length > 0 ? chunks[chunks.length - 1]!.end - dataStart : 0;
  const claimed = new Uint8Array(chunks.length);
  const fields: MappedField[] = [];
  const faults: EntryFault[] = [];
  let placeholders = 0;
  let lastChunk = -1;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const label = `Directory entry ${i + 1} (tag ${entry.tag})`;
    const fault = (code: EntryFault['code'], kind: string, message: string) =>
      faults.push({ code, kind, message, entry, index: i });
    const placeholder = oversize && entry.position === OVERFLOW_POSITION;
    let chunk = entry.position >= 0 && !placeholder ? chunkStartingAt(chunks, dataStart + entry.position) : -1;
    if (chunk >= 0 && claimed[chunk]) {
      fault(
        'directory-entry-start-mismatch',
        'point to the same data as an earlier entry and were ignored',
        `${label} points to the same data as an earlier entry; it was ignored.`,
      );
      continue;
    }
    const next = lastChunk + 1;
    const nextFree = next < chunks.length && !claimed[next];
    if (chunk < 0 && !nextFree) {
      fault(
        'directory-entry-outside-record',
        'have no field data left to point to and were ignored',
        `${label} has no field data left to point to; the entry was ignored.`,
      );
      continue;
    }
    if (placeholder) {
      placeholders++;
    } else if (entry.guessedTag) {
      // reported with directory-not-multiple-of-12
    } else if (entry.position < 0 || entry.length < 0) {
      fault(
        'bad-directory-entry',
        'have an unreadable length or starting position; the next field in the data was used for each',
        `${label} has an unreadable length or starting position; the next field in the data was used for it.`,
      );
    } else if (chunk < 0) {
      if (entry.position + entry.length > dataLength + 1) {
        fault(
          'directory-entry-outside-record',
          `point past the end of the data (${dataLength} bytes); the next field in the data was used for each`,
          `${label} points to bytes ${entry.position}-${entry.position + entry.length - 1} of the data, which has only ${dataLength} bytes; the next field in the data was used for it.`,
        );
      } else {
        fault(
          'directory-entry-start-mismatch',
          'point to a byte that is not the start of a field; the next field in the data was used for each',
          `${label} points to byte ${entry.position} of the data, which is not the start of a field; the next field in the data was used for it.`,
        );
      }
    }
    if (chunk < 0) {
      chunk = next;
    } else if (entry.length >= 0 && chunks[chunk]!.terminated) {
      const actual = chunks[chunk]!.end - chunks[chunk]!.start + 1;
      if (actual !== entry.length && !entry.guessedTag) {
        fault(
          'field-length-mismatch',
          'give a field length that does not end at the field terminator; each field was read up to its terminator',
          `${label} gives a field length of ${entry.length}, but the field ends (at its field terminator) after ${actual} bytes; the field was read up to its terminator.`,
        );
      }
    }
    claimed[chunk] = 1;
    lastChunk = chunk;
    fields.push({ tag: entry.tag, chunk });
  }
  reportFaults(faults, problems, base);
  const unclaimed: number[] = [];
  for (let k = 0; k < chunks.length; k++) if (!claimed[k]) unclaimed.push(k);
  return { fields, unclaimed, placeholders };
}
