/**
 * How cost grows with input size, for the linear-cost tests of issue 15: the RATIO of the time at 2n to
 * the time at n (never an absolute time, which depends on the machine). Each size runs several times and
 * keeps its fastest run, the one least disturbed by other work on a shared machine. A linear path gives
 * about 2, a quadratic one about 4; the tests accept up to 3.
 */
export const LINEAR_RATIO_LIMIT = 3;

function fastest(work: () => unknown, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Time at 2n over time at n, for `build(n)` prepared outside the timing and `work(input)` timed. */
export function doublingRatio<T>(build: (n: number) => T, work: (input: T) => unknown, n: number, runs = 5): number {
  const small = build(n);
  const large = build(2 * n);
  work(small); // warm up the code paths
  work(large);
  const smallTime = fastest(() => work(small), runs);
  const largeTime = fastest(() => work(large), runs);
  return largeTime / Math.max(smallTime, 0.05);
}
