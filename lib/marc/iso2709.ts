/**
 * ISO 2709 ("binary MARC", .mrc) reading: a generator over a whole buffer and a push-based stream
 * for large files. Both never throw on bad data: damage becomes StructuralProblems with byte offsets
 * and the reader resynchronises on the next record terminator.
 */
import {
  MAX_RECORD_SPAN,
  findLeaderStart,
  locateRecord,
  skipRecordSeparators,
  terminatorWithin,
} from './iso2709-framing';
import { parseIso2709Record } from './iso2709-record';
import { latin1String, readDigits, RECORD_TERMINATOR, visible } from './bytes';
import { structuralProblem } from './problem-codes';
import type { ReadResult } from './types';

export { writeIso2709, writeIso2709File } from './iso2709-writer';

/** Where the last call to readNext stopped: the next unread byte. */
let stoppedAt = 0;

/**
 * Reads the record (or the run of unreadable bytes) at `pos`. Returns null when nothing more can be
 * read: end of input, or (when not `final`) an incomplete record that needs more bytes. Either way
 * `stoppedAt` tells where to continue.
 */
function readNext(
  bytes: Uint8Array,
  pos: number,
  end: number,
  final: boolean,
  base: number,
  index: number,
): ReadResult | null {
  pos = skipRecordSeparators(bytes, pos, end);
  stoppedAt = pos;
  if (pos >= end) return null;
  if (readDigits(bytes, pos, 5, end) < 0) {
    // Not a leader here: skip to the next plausible leader within this record's span, if there is one.
    // Bytes past `end` are not ours (a stream's spare capacity); past MAX_RECORD_SPAN is not one record.
    const limit = Math.min(end, pos + MAX_RECORD_SPAN);
    const terminator = terminatorWithin(bytes, pos, limit);
    if (terminator === -1 && limit === end && !final) return null;
    const spanEnd = terminator === -1 ? limit : terminator + 1;
    const leaderStart = findLeaderStart(bytes, pos + 1, spanEnd);
    if (leaderStart > pos) {
      stoppedAt = leaderStart;
      const shown = visible(latin1String(bytes, pos, Math.min(leaderStart, pos + 40)));
      return {
        index,
        record: null,
        problems: [
          structuralProblem(
            'unreadable-bytes',
            `${leaderStart - pos} bytes that are not part of any record were skipped ("${shown}").`,
            { offset: base + pos },
          ),
        ],
        offset: base + pos,
      };
    }
  }
  const frame = locateRecord(bytes, pos, end, final);
  if (!frame) return null;
  stoppedAt = frame.end;
  return parseIso2709Record(
    bytes,
    { base, start: pos, end: frame.end, terminated: frame.terminated, problem: frame.problem },
    index,
  );
}

/** Reads every record in an ISO 2709 buffer, lazily. Never throws; yields one result per record found. */
export function* readIso2709(bytes: Uint8Array): Generator<ReadResult> {
  let index = 0;
  let pos = 0;
  for (;;) {
    const result = readNext(bytes, pos, bytes.length, true, 0, index);
    pos = stoppedAt;
    if (!result) return;
    index++;
    yield result;
  }
}

/**
 * Past this without a record end, the data is damage, not a record still arriving: read it as the whole
 * file would (the framing never looks further than MAX_RECORD_SPAN from a record's start).
 */
const MAX_PENDING_BYTES = MAX_RECORD_SPAN;

/**
 * Push-based reader for files read in chunks: `push` returns the records completed by the chunk,
 * `end` the rest. Only the unfinished record is kept between pushes, in a buffer that grows by
 * doubling, so tiny chunks cost no repeated copying.
 */
export class Iso2709Stream {
  private pending = new Uint8Array(4096);
  private pendingLength = 0;
  /** File offset of pending[0]. */
  private pendingOffset = 0;
  private index = 0;

  push(chunk: Uint8Array): ReadResult[] {
    if (this.pendingLength === 0) {
      // Common case with large chunks: read straight from the caller's chunk, keep only its tail.
      const results: ReadResult[] = [];
      const stopped = chunk.indexOf(RECORD_TERMINATOR) === -1 ? 0 : this.read(chunk, chunk.length, false, results);
      this.keep(chunk.subarray(stopped));
      this.pendingOffset += stopped;
      return results;
    }
    this.append(chunk);
    // Nothing can complete a record before a terminator arrives (framing waits for one), unless
    // so much has piled up that it must be damage.
    if (chunk.indexOf(RECORD_TERMINATOR) === -1 && this.pendingLength <= MAX_PENDING_BYTES) return [];
    return this.drain(false);
  }

  end(): ReadResult[] {
    return this.drain(true);
  }

  private drain(final: boolean): ReadResult[] {
    const results: ReadResult[] = [];
    const stopped = this.read(this.pending, this.pendingLength, final, results);
    this.pending.copyWithin(0, stopped, this.pendingLength);
    this.pendingLength -= stopped;
    this.pendingOffset += stopped;
    return results;
  }

  /** Reads records from bytes[0, length); returns where it stopped. */
  private read(bytes: Uint8Array, length: number, final: boolean, results: ReadResult[]): number {
    let pos = 0;
    for (;;) {
      const force = final || length - pos > MAX_PENDING_BYTES;
      const result = readNext(bytes, pos, length, force, this.pendingOffset, this.index);
      pos = stoppedAt;
      if (!result) return pos;
      this.index++;
      results.push(result);
    }
  }

  /** Copies (never views: the caller's buffer may be reused) `bytes` as the whole pending data. */
  private keep(bytes: Uint8Array): void {
    this.pendingLength = 0;
    this.append(bytes);
  }

  private append(bytes: Uint8Array): void {
    const needed = this.pendingLength + bytes.length;
    if (needed > this.pending.length) {
      let capacity = this.pending.length * 2;
      while (capacity < needed) capacity *= 2;
      const grown = new Uint8Array(capacity);
      grown.set(this.pending.subarray(0, this.pendingLength));
      this.pending = grown;
    }
    this.pending.set(bytes, this.pendingLength);
    this.pendingLength = needed;
  }
}
