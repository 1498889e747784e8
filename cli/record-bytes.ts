/**
 * Hands out each ISO 2709 record's bytes exactly as read, for `--good/--bad` and `fix`. A record's bytes run
 * from the end of the one before (the file's start for the first) to the start of the next (the file's end for
 * the last), so whatever lies between records (line feeds, junk) stays with a record and the pieces together
 * are the whole input. Only the bytes of the record not yet complete are kept: memory stays flat.
 */
export class RecordBytes<Target> {
  private chunks: Uint8Array[] = [];
  /** Input offset of chunks[0][0]. */
  private chunksStart = 0;
  private chunksEnd = 0;
  private pending: { from: number; target: Target } | null = null;

  /** Every chunk of input, before the records it completes. */
  addChunk(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.chunksEnd += chunk.length;
  }

  /**
   * The next record starts at `offset` and goes to `target`; returns the previous record's bytes and
   * target (null for the first record).
   */
  next(offset: number, target: Target): { bytes: Uint8Array; target: Target } | null {
    const previous = this.pending;
    this.pending = { from: previous === null ? 0 : offset, target };
    if (previous === null) return null;
    return { bytes: this.take(previous.from, offset), target: previous.target };
  }

  /** At the end of input: the last record's bytes and target. */
  finish(): { bytes: Uint8Array; target: Target } | null {
    const last = this.pending;
    this.pending = null;
    return last === null ? null : { bytes: this.take(last.from, this.chunksEnd), target: last.target };
  }

  private take(from: number, to: number): Uint8Array {
    const parts: Uint8Array[] = [];
    let start = this.chunksStart;
    for (const chunk of this.chunks) {
      const end = start + chunk.length;
      if (end > from && start < to)
        parts.push(chunk.subarray(Math.max(0, from - start), Math.min(chunk.length, to - start)));
      start = end;
    }
    // Drop the chunks wholly before `to`: no later record needs them.
    while (this.chunks.length > 0 && this.chunksStart + this.chunks[0]!.length <= to) {
      this.chunksStart += this.chunks.shift()!.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }
}
