import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * How cost grows with input size, for the linear-cost tests of issue 15: the growth PER DOUBLING of the input
 * (never an absolute figure, which depends on the machine). It is measured over two doublings (n and 4n) and
 * given as the square root of their ratio, so noise on the small input counts half. A linear path gives about
 * 2, a quadratic one about 4; the tests accept up to 3 (a 4n/n ratio up to 9 where a quadratic path gives 16).
 *
 * Time is CPU time of this test process (user + system, process.cpuUsage), not wall time: on a shared
 * machine a test process waits for a core, and waiting is not cost. The runs of the two sizes alternate and
 * each size keeps its fastest run. Memory is what the work's result holds after a full collection: a
 * quadratic path in this code base (a copy of the field per finding, kept in its fix) shows there.
 */
export const LINEAR_RATIO_LIMIT = 3;

/**
 * Growth of CPU time per doubling from n to 4n, for `build(n)` prepared outside the timing and `work(input)` timed.
 * Each timed run starts after a full collection, so garbage left by the previous run is not collected (on the
 * collector's threads, which process.cpuUsage counts) inside the next. A figure above the limit is measured
 * again, up to `attempts` times, and the lowest kept: a quadratic path is above it on every attempt, a busy
 * spell of the machine seldom on two in a row.
 */
export function doublingRatio<T>(
  build: (n: number) => T,
  work: (input: T) => unknown,
  n: number,
  runs = 5,
  attempts = 3,
): number {
  const small = build(n);
  const large = build(4 * n);
  work(small); // warm up the code paths
  work(large);
  return lowestOfAttempts(attempts, () => {
    let smallTime = Number.POSITIVE_INFINITY;
    let largeTime = Number.POSITIVE_INFINITY;
    for (let r = 0; r < runs; r++) {
      fullCollection();
      smallTime = Math.min(
        smallTime,
        cpuMs(() => work(small)),
      );
      fullCollection();
      largeTime = Math.min(
        largeTime,
        cpuMs(() => work(large)),
      );
    }
    return Math.sqrt(largeTime / Math.max(smallTime, 0.05));
  });
}

/**
 * Growth per doubling from n to 4n of the heap the result of `work(build(n))` keeps alive (after a full
 * collection before and after; median of 3 runs per size). The small size's figure is taken as at least
 * `floorBytes`, so a result of a few hundred bytes does not turn noise into a ratio. As for time, a figure
 * above the limit is measured again, up to `attempts` times, and the lowest kept: the heap after a collection
 * also holds what the test process allocated meanwhile (compiled code, the runner's messages), a quadratic
 * result is above the limit on every attempt.
 */
export function memoryDoublingRatio<T>(
  build: (n: number) => T,
  work: (input: T) => unknown,
  n: number,
  floorBytes = 64 * 1024,
  attempts = 3,
): number {
  const small = build(n);
  const large = build(4 * n);
  return lowestOfAttempts(attempts, () => {
    const smallBytes: number[] = [];
    const largeBytes: number[] = [];
    for (let r = 0; r < 3; r++) {
      smallBytes.push(retainedBytes(() => work(small)));
      largeBytes.push(retainedBytes(() => work(large)));
    }
    return Math.sqrt(Math.max(median(largeBytes), 0) / Math.max(median(smallBytes), floorBytes));
  });
}

/** `measure` up to `attempts` times, until a figure is under LINEAR_RATIO_LIMIT; the lowest figure. */
function lowestOfAttempts(attempts: number, measure: () => number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < attempts && best >= LINEAR_RATIO_LIMIT; attempt++) best = Math.min(best, measure());
  return best;
}

/** CPU time (user + system) of `work` in this process, in milliseconds. */
export function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

let collect: (() => void) | null = null;
/** A full garbage collection, without starting Node with --expose-gc (vitest starts the workers). */
function fullCollection(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  collect();
}

/** The work's result is held here between the two measurements, then let go. */
const held: unknown[] = [];

function retainedBytes(work: () => unknown): number {
  fullCollection();
  const before = process.memoryUsage().heapUsed;
  held.push(work());
  fullCollection();
  const after = process.memoryUsage().heapUsed;
  held.length = 0;
  return after - before;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
