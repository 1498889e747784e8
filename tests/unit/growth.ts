/**
 * How cost grows with input size, for the linear-cost tests of issue 15: the growth of time PER DOUBLING of
 * the input (never an absolute time, which depends on the machine). It is measured over two doublings (n and
 * 4n) and given as the square root of their time ratio, so noise on the small input counts half; the runs of
 * the two sizes alternate, so a busy spell on a shared machine slows both, and each size keeps its fastest run.
 * A linear path gives about 2, a quadratic one about 4; the tests accept up to 3 (a 4n/n ratio up to 9 where a
 * quadratic path gives 16).
 */
export const LINEAR_RATIO_LIMIT = 3;

/** Growth of time per doubling from n to 4n, for `build(n)` prepared outside the timing and `work(input)` timed. */
export function doublingRatio<T>(build: (n: number) => T, work: (input: T) => unknown, n: number, runs = 5): number {
  const small = build(n);
  const large = build(4 * n);
  work(small); // warm up the code paths
  work(large);
  let smallTime = Number.POSITIVE_INFINITY;
  let largeTime = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    smallTime = Math.min(
      smallTime,
      timed(() => work(small)),
    );
    largeTime = Math.min(
      largeTime,
      timed(() => work(large)),
    );
  }
  return Math.sqrt(largeTime / Math.max(smallTime, 0.05));
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}
