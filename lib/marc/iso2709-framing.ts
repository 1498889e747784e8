/**
 * Finding where each ISO 2709 record starts and ends in a byte buffer. The record terminator (0x1D)
 * is the ground truth; the leader's record length is trusted only when it lands on a terminator, so
 * one damaged record never drags its neighbours down with it.
 */
import { RECORD_TERMINATOR, readDigits } from './bytes';
import type { StructuralProblemCode } from './problem-codes';

/** Leader (24) + directory terminator + record terminator: nothing shorter can be a record. */
const MINIMUM_RECORD_LENGTH = 26;
const LEADER_LENGTH = 24;
/**
 * The longest stretch read as one record: a record terminator further away than this is damage, not a
 * record (ISO 2709 allows 99,999 bytes; marc4j's oversize records are a few times that). Every search
 * for a terminator stops here, so a false leader over 100 MB of garbage costs this much per record, not
 * the rest of the file, and a stream (which must decide without the rest) cuts where a whole read does.
 */
export const MAX_RECORD_SPAN = 1 << 20;

/** Position of the first record terminator in [from, to), or -1; never looks past `to`. */
export function terminatorWithin(bytes: Uint8Array, from: number, to: number): number {
  if (to <= from) return -1;
  const at = bytes.subarray(from, to).indexOf(RECORD_TERMINATOR);
  return at === -1 ? -1 : from + at;
}

export interface RecordFrame {
  /** Exclusive end of the record, including its terminator when there is one. */
  end: number;
  /** Whether the last byte (end - 1) is the record terminator. */
  terminated: boolean;
  /** Framing problem, if any (the caller turns it into a StructuralProblem with an offset). */
  problem?: { code: StructuralProblemCode; message: string };
}

/** Line breaks and DOS end-of-file marks that some tools put between records carry no data. */
export function skipRecordSeparators(bytes: Uint8Array, pos: number, end: number): number {
  while (pos < end) {
    const byte = bytes[pos]!;
    if (byte !== 0x0a && byte !== 0x0d && byte !== 0x1a) break;
    pos++;
  }
  return pos;
}

/** A plausible leader: five digits for the record length and five for the base address. */
export function looksLikeLeader(bytes: Uint8Array, pos: number, end: number): boolean {
  return (
    readDigits(bytes, pos, 5, end) >= MINIMUM_RECORD_LENGTH && readDigits(bytes, pos + 12, 5, end) >= LEADER_LENGTH
  );
}

/**
 * First position in [from, end) where a record starts whose leader length ends exactly at `end`
 * (just after a record terminator). Demanding that exact fit keeps directory digits, which look a
 * lot like leaders, from being mistaken for one.
 */
export function findLeaderStart(bytes: Uint8Array, from: number, end: number): number {
  for (let pos = from; pos + MINIMUM_RECORD_LENGTH <= end; pos++) {
    if (readDigits(bytes, pos, 5, end) === end - pos && looksLikeLeader(bytes, pos, end)) return pos;
  }
  return -1;
}

/**
 * Locates the record that starts at `pos`. Returns null when more input is needed (only when
 * `final` is false, i.e. when streaming and the end of the file has not been seen yet).
 *
 * Fast path: the leader's length lands on a record terminator. Otherwise the next terminator ends
 * the record — unless a complete record (one whose own length lands exactly on that terminator)
 * starts before it: then this record lost its terminator, and the other is read on its own.
 */
export function locateRecord(bytes: Uint8Array, pos: number, end: number, final: boolean): RecordFrame | null {
  if (!final && end - pos < 5) return null;
  const declared = readDigits(bytes, pos, 5, end);
  const plausible = declared >= MINIMUM_RECORD_LENGTH;
  if (plausible) {
    const declaredEnd = pos + declared;
    if (declaredEnd <= end) {
      if (bytes[declaredEnd - 1] === RECORD_TERMINATOR) return { end: declaredEnd, terminated: true };
    } else if (!final) {
      return null;
    }
  }
  const limit = Math.min(end, pos + MAX_RECORD_SPAN);
  const terminator = terminatorWithin(bytes, pos, limit);
  if (terminator === -1 && limit < end) {
    return {
      end: limit,
      terminated: false,
      problem: {
        code: 'missing-record-terminator',
        message: `No record terminator (0x1D) within ${MAX_RECORD_SPAN.toLocaleString('en-US')} bytes of this record's start${plausible ? ` (leader/00-04 says ${declared})` : ''}: that much was read as the record and reading went on after it.`,
      },
    };
  }
  if (terminator === -1) {
    if (!final) return null;
    // Line breaks after an unterminated last record are not part of it.
    while (end > pos + 1 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d || bytes[end - 1] === 0x1a)) end--;
    return {
      end,
      terminated: false,
      problem: {
        code: 'missing-record-terminator',
        message: plausible
          ? `The input ends ${end - pos} bytes into a record whose leader/00-04 says ${declared} bytes, with no record terminator (0x1D): the record is truncated.`
          : 'The input ends without a record terminator (0x1D) after the last record.',
      },
    };
  }
  const nextRecord = findLeaderStart(bytes, pos + 1, terminator + 1);
  if (nextRecord !== -1) {
    return {
      end: nextRecord,
      terminated: false,
      problem: {
        code: 'missing-record-terminator',
        message: `The record has no record terminator (0x1D): another record starts ${nextRecord - pos} bytes in${plausible ? ` (leader/00-04 says ${declared})` : ''}; it was read up to there.`,
      },
    };
  }
  const actual = terminator + 1 - pos;
  if (plausible) {
    return {
      end: terminator + 1,
      terminated: true,
      problem: {
        code: 'record-length-mismatch',
        message: `Leader/00-04 gives a record length of ${declared}, but the record terminator (0x1D) is at ${actual}; the record was read up to the terminator. Correct leader/00-04 to ${String(actual).padStart(5, '0')}.`,
      },
    };
  }
  return { end: terminator + 1, terminated: true };
}
