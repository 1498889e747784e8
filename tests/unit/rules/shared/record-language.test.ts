import { describe, expect, it } from 'vitest';
import { recordLanguage } from '../../../../lib/rules/shared/record-language';
import { book008, contextFor, record } from '../helpers';

describe('recordLanguage', () => {
  it('prefers a valid single language in 008/35-37', () => {
    expect(recordLanguage(contextFor(record([book008({ language: 'ger' }), '041 0# $aeng'])))).toBe('ger');
  });

  it('falls back to the first 041 $a when 008 names no single language', () => {
    expect(recordLanguage(contextFor(record([book008({ language: 'mul' }), '041 0# $afreger'])))).toBe('fre');
    expect(recordLanguage(contextFor(record(['041 0# $aita'])))).toBe('ita');
  });

  it('returns null when nothing names a language', () => {
    expect(recordLanguage(contextFor(record([book008({ language: 'und' })])))).toBeNull();
  });
});
