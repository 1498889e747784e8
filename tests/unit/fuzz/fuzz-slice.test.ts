/** The CI slice of `npm run fuzz`: fixed seed, a thousand inputs per reader, no throw, none over a generous limit. */
import { describe, expect, it } from 'vitest';
import { READERS, fuzz } from '../../../scripts/fuzz-core';

describe('hostile inputs (fixed-seed slice of npm run fuzz)', () => {
  for (const reader of READERS) {
    it(`${reader}: 1,000 inputs through reader and rules, no throw, none over 2 s`, () => {
      const report = fuzz(reader, 15, 1000, 2000);
      expect(report.firstThrow).toBeUndefined();
      expect(report.throws).toBe(0);
      expect(report.overLimit).toBe(0);
    }, 120_000);
  }
});
