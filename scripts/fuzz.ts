/**
 * npm run fuzz [-- COUNT [SEED]]: COUNT (default 100,000) generated and mutated inputs per reader through
 * reader + rules; prints throws, inputs over 1 s, the slowest input and peak memory. Not in CI (a
 * fixed-seed slice is: tests/unit/fuzz/fuzz-slice.test.ts). Figures go to docs/reliability.md.
 */
import { READERS, fuzz } from './fuzz-core';

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 1);
let peak = 0;
const sample = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
sample.unref();
for (const reader of READERS) {
  const report = fuzz(reader, seed, count, 1000);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `${reader}: ${report.inputs} inputs, ${report.throws} throws, ${report.overLimit} over 1 s, slowest ${report.slowestMs.toFixed(1)} ms (input ${report.slowestInput})${report.firstThrow ? `, first throw ${report.firstThrow}` : ''}`,
  );
}
console.log(`peak RSS ${(peak / 1048576).toFixed(0)} MB (seed ${seed})`);
