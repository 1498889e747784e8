// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createProgress, PROGRESS_MIN_BYTES } from '../../../cli/progress';

function capture() {
  const writes: string[] = [];
  return { writes, sink: { write: (text: string) => void writes.push(text) } };
}

describe('progress line', () => {
  it('draws percentage and record count for a large file, throttled, and clears itself', () => {
    const { writes, sink } = capture();
    let time = 1000;
    const progress = createProgress(sink, true, 'big.mrc', PROGRESS_MIN_BYTES * 2, () => time, 250);
    progress.update(PROGRESS_MIN_BYTES / 2, 1234);
    time += 100;
    progress.update(PROGRESS_MIN_BYTES, 2000); // within 250 ms: not redrawn
    time += 200;
    progress.update(PROGRESS_MIN_BYTES, 2500);
    progress.done();
    expect(writes).toEqual([
      '\r\x1b[Kbig.mrc: 25% (1,234 records)',
      '\r\x1b[Kbig.mrc: 50% (2,500 records)',
      '\r\x1b[K',
    ]);
  });

  it('stays silent when disabled (stderr not a terminal) or for small files', () => {
    for (const [enabled, size] of [
      [false, PROGRESS_MIN_BYTES * 4],
      [true, PROGRESS_MIN_BYTES - 1],
    ] as const) {
      const { writes, sink } = capture();
      const progress = createProgress(sink, enabled, 'x.mrc', size, () => 1e9);
      progress.update(size, 10);
      progress.done();
      expect(writes).toEqual([]);
    }
  });
});
