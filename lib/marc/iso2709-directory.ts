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

/**
 * Maps directory entries to chunks, reporting every inconsistency. Fields are returned in directory
 * order; `unclaimed` lists chunks no entry points to (the caller reports them with their text).
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
): { fields: MappedField[]; unclaimed: number[] } {
  const directoryLength = dirEnd - dirStart;
  let entries = readEntries(bytes, dirStart, dirEnd, false, tagOf);
  if (directoryLength % 12 !== 0) {
    const fromEnd = readEntries(bytes, dirStart, dirEnd, true, tagOf);
    if (score(fromEnd, chunks, dataStart) > score(entries, chunks, dataStart)) entries = fromEnd;
    problems.push(
      structuralProblem(
        'directory-not-multiple-of-12',
        `The directory is ${directoryLength} bytes long, not a multiple of 12: an entry has lost or gained characters. Entries were matched to field data by position; check the fields reported below.`,
        { offset: base + dirStart },
      ),
    );
  }
  const dataLength = chunks.length > 0 ? chunks[chunks.length - 1]!.end - dataStart : 0;
  const claimed = new Uint8Array(chunks.length);
  const fields: MappedField[] = [];
  let lastChunk = -1;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const where = { offset: base + entry.at, tag: entry.tag };
    const label = `Directory entry ${i + 1} (tag ${entry.tag})`;
    let chunk = entry.position >= 0 ? chunkStartingAt(chunks, dataStart + entry.position) : -1;
    if (chunk >= 0 && claimed[chunk]) {
      problems.push(
        structuralProblem(
          'directory-entry-start-mismatch',
          `${label} points to the same data as an earlier entry; it was ignored.`,
          where,
        ),
      );
      continue;
    }
    if (entry.guessedTag) {
      problems.push(
        structuralProblem(
          'bad-directory-entry',
          `${label} is incomplete (${directoryLength % 12} of 12 characters); its tag was read as ${entry.tag}. Check that this field really is ${entry.tag}.`,
          where,
        ),
      );
    } else if (entry.position < 0 || entry.length < 0) {
      problems.push(
        structuralProblem(
          'bad-directory-entry',
          `${label} has an unreadable length or starting position; the next field in the data was used for it.`,
          where,
        ),
      );
    } else if (chunk < 0) {
      const outside = entry.position + entry.length > dataLength + 1;
      problems.push(
        outside
          ? structuralProblem(
              'directory-entry-outside-record',
              `${label} points to bytes ${entry.position}-${entry.position + entry.length - 1} of the data, which has only ${dataLength} bytes; the next field in the data was used for it.`,
              where,
            )
          : structuralProblem(
              'directory-entry-start-mismatch',
              `${label} points to byte ${entry.position} of the data, which is not the start of a field; the next field in the data was used for it.`,
              where,
            ),
      );
    }
    if (chunk < 0) {
      const next = lastChunk + 1;
      if (next >= chunks.length || claimed[next]) {
        problems.push(
          structuralProblem(
            'directory-entry-outside-record',
            `${label} has no field data left to point to; the entry was ignored.`,
            where,
          ),
        );
        continue;
      }
      chunk = next;
    } else if (entry.length >= 0 && chunks[chunk]!.terminated) {
      const actual = chunks[chunk]!.end - chunks[chunk]!.start + 1;
      if (actual !== entry.length && !entry.guessedTag) {
        problems.push(
          structuralProblem(
            'field-length-mismatch',
            `${label} gives a field length of ${entry.length}, but the field ends (at its field terminator) after ${actual} bytes; the field was read up to its terminator.`,
            where,
          ),
        );
      }
    }
    claimed[chunk] = 1;
    lastChunk = chunk;
    fields.push({ tag: entry.tag, chunk });
  }
  const unclaimed: number[] = [];
  for (let k = 0; k < chunks.length; k++) if (!claimed[k]) unclaimed.push(k);
  return { fields, unclaimed };
}
