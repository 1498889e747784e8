/**
 * Cuts an ISO 2709 byte stream into batches for the parallel linter (`--jobs`). A batch ends just
 * after a record terminator (0x1D) that is followed by the start of a well-formed record (a leader
 * whose record length lands on the next terminator), so each batch read alone frames its records as
 * the sequential reader does. Batches own their bytes (copies), so they can be transferred to a worker.
 */
import { RECORD_TERMINATOR } from '../lib/marc/bytes';

export interface ByteBatch {
  /** File offset of bytes[0]. */
  offset: number;
  bytes: Uint8Array;
  /** The last batch of the file. */
  final: boolean;
}

/** Bytes a batch collects before it looks for a place to end. */
export const DEFAULT_BATCH_BYTES = 256 * 1024;
/** Past this, a batch ends at any terminator: damaged input with no clean record start must not pile up. */
const MAX_CARRY_BYTES = 16 * 1024 * 1024;

function isSeparator(byte: number | undefined): boolean {
  return byte === 0x0a || byte === 0x0d || byte === 0x1a;
}

/** Five ASCII digits at `at` as a number, or -1. */
function digits5(bytes: Uint8Array, at: number, end: number): number {
  if (at + 5 > end) return -1;
  let value = 0;
  for (let i = at; i < at + 5; i++) {
    const digit = bytes[i]! - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** True when a complete record starts at `at` (after separators): its leader length ends on a terminator. */
function cleanRecordStartsAt(bytes: Uint8Array, at: number, end: number): boolean {
  while (at < end && isSeparator(bytes[at])) at++;
  const length = digits5(bytes, at, end);
  return (
    length >= 26 &&
    at + length <= end &&
    bytes[at + length - 1] === RECORD_TERMINATOR &&
    digits5(bytes, at + 12, end) >= 24
  );
}

export class Iso2709BatchSplitter {
  private carry = new Uint8Array(0);
  private carryOffset = 0;

  constructor(private readonly batchBytes = DEFAULT_BATCH_BYTES) {}

  push(chunk: Uint8Array): ByteBatch[] {
    const joined = new Uint8Array(this.carry.length + chunk.length);
    joined.set(this.carry, 0);
    joined.set(chunk, this.carry.length);
    this.carry = joined;
    const batches: ByteBatch[] = [];
    while (this.carry.length >= this.batchBytes) {
      const cut = this.findCut();
      if (cut <= 0) break;
      batches.push({ offset: this.carryOffset, bytes: this.carry.slice(0, cut), final: false });
      this.carry = this.carry.slice(cut);
      this.carryOffset += cut;
    }
    return batches;
  }

  end(): ByteBatch[] {
    const last: ByteBatch = { offset: this.carryOffset, bytes: this.carry, final: true };
    this.carryOffset += this.carry.length;
    this.carry = new Uint8Array(0);
    return [last];
  }

  /** Where to end the next batch (exclusive), or -1 when the carried bytes offer no place yet. */
  private findCut(): number {
    const bytes = this.carry;
    // The first terminator after batchBytes whose following record is complete and well formed.
    for (
      let at = bytes.indexOf(RECORD_TERMINATOR, this.batchBytes - 1);
      at !== -1;
      at = bytes.indexOf(RECORD_TERMINATOR, at + 1)
    ) {
      if (cleanRecordStartsAt(bytes, at + 1, bytes.length)) return at + 1;
    }
    if (bytes.length < MAX_CARRY_BYTES) return -1;
    const last = bytes.lastIndexOf(RECORD_TERMINATOR);
    return last === -1 ? -1 : last + 1;
  }
}
