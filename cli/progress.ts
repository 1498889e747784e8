/**
 * A one-line progress indicator on stderr, for large files on a terminal only (never in pipes or logs,
 * where it would be noise). Redraws at most every `intervalMs`.
 */
import type { TextSink } from './cli-io';

/** Files smaller than this finish too quickly for progress to help. */
export const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;

export interface Progress {
  update(bytesRead: number, records: number): void;
  done(): void;
}

const NO_PROGRESS: Progress = { update() {}, done() {} };

export function createProgress(
  stderr: TextSink,
  enabled: boolean,
  file: string,
  totalBytes: number,
  now: () => number,
  intervalMs = 250,
): Progress {
  if (!enabled || totalBytes < PROGRESS_MIN_BYTES) return NO_PROGRESS;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(bytesRead, records) {
      const time = now();
      if (time - lastDraw < intervalMs) return;
      lastDraw = time;
      drawn = true;
      const percent = Math.min(100, Math.floor((bytesRead / totalBytes) * 100));
      void stderr.write(`\r\x1b[K${file}: ${percent}% (${records.toLocaleString('en-US')} records)`);
    },
    done() {
      if (drawn) void stderr.write('\r\x1b[K');
    },
  };
}
