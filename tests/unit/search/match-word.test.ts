import { describe, expect, it } from 'vitest';
import { allowedTypos, boundedEditDistance, matchWord, QUALITY } from '../../../lib/search';

describe('boundedEditDistance', () => {
  it.each([
    ['withdraw', 'withdraw', 0],
    ['withdrwa', 'withdraw', 1], // transposition counts once
    ['reinstat', 'reinstate', 1],
    ['mulitvolume', 'multivolume', 1],
    ['kitten', 'sitting', 3],
  ])('%s → %s = %i (capped at max + 1)', (a, b, distance) => {
    expect(boundedEditDistance(a, b, 5)).toBe(distance);
    expect(boundedEditDistance(a, b, 1)).toBe(Math.min(distance, 2));
  });

  it('gives up early on very different lengths', () => {
    expect(boundedEditDistance('ab', 'abcdefgh', 2)).toBe(3);
  });
});

describe('matchWord', () => {
  it('ranks exact over prefix over typo', () => {
    expect(matchWord('withdraw', 'withdraw')).toEqual({ quality: QUALITY.exact, typos: 0 });
    expect(matchWord('reinstat', 'reinstating')).toEqual({ quality: QUALITY.prefix, typos: 0 });
    expect(matchWord('withdrwa', 'withdraw')).toEqual({ quality: QUALITY.typo[1], typos: 1 });
    expect(matchWord('withdrwa', 'withdrawn')).toEqual({ quality: QUALITY.prefixTypo[1], typos: 1 });
    expect(matchWord('reinstatment', 'reinstatement')).toEqual({ quality: QUALITY.typo[1], typos: 1 });
  });

  it('allows no typos in short words, one up to six letters, two beyond', () => {
    expect([allowedTypos(3), allowedTypos(4), allowedTypos(6), allowedTypos(7)]).toEqual([0, 1, 1, 2]);
    expect(matchWord('oclc', 'occl')).not.toBeNull();
    expect(matchWord('pol', 'pal')).toBeNull();
    expect(matchWord('item', 'items')).not.toBeNull();
    expect(matchWord('barcode', 'holdings')).toBeNull();
  });
});
