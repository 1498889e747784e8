/**
 * The worst inputs `npm run fuzz` found, kept as regression tests with their cost class (issue 15 item 5). Each
 * is regenerated from its reader, seed and index (scripts/fuzz-core.ts `input`); its CPU time per byte, read and
 * validated, must stay within WORST_PER_BYTE_LIMIT times that of valid input of the same reader and size
 * (`validInput`), both measured alternately in this process, fastest of 5 runs each. On 2026-12-07 they cost
 * 1.4-3.1x (Alma text, ISO 2709), 7x (.mrk) and 22-24x (MARCXML: thousands of "{dollar}" inside a closing tag
 * name, which the XML parser reads at about 1.5 µs a byte, linearly: 8 to 128 kB of it gave 12 to 149 ms). The
 * limit leaves room for a noisy machine; a path that makes one of them several times slower again fails it.
 * That these shapes grow linearly is proved by the doubling tests (tests/unit/marc/linear-readers.test.ts,
 * tests/unit/rules/shared/field-cap.test.ts); this keeps the inputs the fuzz run found worst.
 */
import { describe, expect, it } from 'vitest';
import { type Reader, input, readAndValidate, validInput } from '../../../scripts/fuzz-core';
import { cpuMs } from '../growth';

const WORST_PER_BYTE_LIMIT = 100;

interface WorstCase {
  reader: Reader;
  seed: number;
  index: number;
  /** What the input is, and what the fuzz run measured (wall time, that machine). */
  found: string;
}

/** The two slowest of 20,000 inputs per reader, seed 1 (2026-12-07, this project's machine, wall time). */
const WORST: readonly WorstCase[] = [
  { reader: 'iso2709', seed: 1, index: 578, found: 'mutated record, 13.7 kB, 22.6 ms' },
  { reader: 'iso2709', seed: 1, index: 19566, found: 'mutated record, 21.0 kB, 21.4 ms' },
  { reader: 'mrk', seed: 1, index: 8923, found: 'mutated record, 16.7 kB, 31.4 ms' },
  { reader: 'mrk', seed: 1, index: 5783, found: 'mutated record, 17.6 kB, 20.3 ms' },
  { reader: 'marcxml', seed: 1, index: 8865, found: 'mutated record, 23.6 kB, 124.2 ms' },
  { reader: 'marcxml', seed: 1, index: 10079, found: 'mutated record, 23.8 kB, 82.8 ms' },
  { reader: 'alma', seed: 1, index: 15570, found: 'repeated $$a, 19.6 kB, 10.8 ms' },
  { reader: 'alma', seed: 1, index: 3250, found: 'repeated $$a, 19.8 kB, 8.1 ms' },
];

/** CPU ms per kilobyte of the worst input over that of valid input of its size: fastest of 5 alternate runs each. */
function perByteRatio(reader: Reader, worst: string | Uint8Array): number {
  const valid = validInput(reader, worst.length);
  readAndValidate(reader, worst); // warm up
  readAndValidate(reader, valid);
  let worstMs = Number.POSITIVE_INFINITY;
  let validMs = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 5; r++) {
    worstMs = Math.min(
      worstMs,
      cpuMs(() => readAndValidate(reader, worst)),
    );
    validMs = Math.min(
      validMs,
      cpuMs(() => readAndValidate(reader, valid)),
    );
  }
  return worstMs / worst.length / (Math.max(validMs, 0.05) / valid.length);
}

describe('the worst inputs of npm run fuzz stay linear', () => {
  it('lists a worst case for every reader', () => {
    expect(new Set(WORST.map((worst) => worst.reader))).toEqual(new Set(['iso2709', 'mrk', 'marcxml', 'alma']));
  });

  for (const worst of WORST) {
    it(`${worst.reader}, seed ${worst.seed}, input ${worst.index}: ${worst.found}`, () => {
      const data = input(worst.reader, worst.seed, worst.index);
      expect(data.length).toBeGreaterThan(1000); // the worst cases are the large ones: a ratio means something
      const ratio = perByteRatio(worst.reader, data);
      expect(ratio, 'CPU time per byte over that of valid input').toBeLessThan(WORST_PER_BYTE_LIMIT);
    });
  }
});
