import { describe, expect, it } from 'vitest';
import { queryTokens, tokenize } from '../../../lib/search';

describe('tokenize', () => {
  it('lowercases, removes accents and splits on punctuation', () => {
    expect(tokenize('Café: 852 $b/$c (Doe)')).toEqual(['cafe', '852', 'b', 'c', 'doe']);
  });

  it('adds the joined form of hyphenated and slashed compounds', () => {
    expect(tokenize('Multi-volume monographs')).toEqual(['multi', 'volume', 'multivolume', 'monographs']);
    expect(tokenize('bound-with, lost/withdrawn.')).toEqual([
      'bound',
      'with',
      'boundwith',
      'lost',
      'withdrawn',
      'lostwithdrawn',
    ]);
  });
});

describe('queryTokens', () => {
  it('drops stop words and duplicates unless nothing else is left', () => {
    expect(queryTokens('How to withdraw the last copy of the copy')).toEqual(['withdraw', 'last', 'copy']);
    expect(queryTokens('the')).toEqual(['the']);
    expect(queryTokens('  ')).toEqual([]);
  });
});
