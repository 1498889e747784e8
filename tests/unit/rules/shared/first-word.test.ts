import { describe, expect, it } from 'vitest';
import { readFirstWord } from '../../../../lib/rules/shared/first-word';

describe('readFirstWord (MARC::Lint _check_article counting)', () => {
  it('counts the article and its separator', () => {
    expect(readFirstWord('The hobbit')).toEqual({ word: 'the', articleLength: 4, isException: false });
    expect(readFirstWord("L'étranger")).toEqual({ word: 'l', articleLength: 2, isException: false });
    expect(readFirstWord('al-Qurʼān')).toEqual({ word: 'al', articleLength: 3, isException: false });
  });

  it('adds leading and following quotes and brackets', () => {
    expect(readFirstWord('"The wild ones"').articleLength).toBe(5);
    expect(readFirstWord("The 'wild' ones").articleLength).toBe(5);
    expect(readFirstWord('[The] wild ones').articleLength).toBe(6);
  });

  it('recognises exceptions case-insensitively', () => {
    expect(readFirstWord('A to Z').isException).toBe(true);
    expect(readFirstWord('los angeles times').isException).toBe(true);
    expect(readFirstWord('A tale').isException).toBe(false);
  });

  it('handles empty titles', () => {
    expect(readFirstWord('')).toEqual({ word: '', articleLength: 1, isException: false });
  });
});
