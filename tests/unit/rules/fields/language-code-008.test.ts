import { describe, expect, it } from 'vitest';
import { languageCode008 } from '../../../../lib/rules/fields/language-code-008';
import { book008, places, run } from '../helpers';

describe('language-code-008', () => {
  it('accepts valid codes and "no attempt"', () => {
    expect(run(languageCode008, [book008({ language: 'fre' })])).toEqual([]);
    expect(run(languageCode008, [book008({ language: '|||' })])).toEqual([]);
  });

  it('flags unknown and obsolete codes at positions 35-37', () => {
    const findings = run(languageCode008, [book008({ language: 'xyz' })]);
    expect(places(findings)).toEqual([{ ruleId: 'language-code-008', tag: '008', occurrence: 0 }]);
    expect(findings[0]!.position).toEqual([35, 38]);
    expect(run(languageCode008, [book008({ language: 'esk' })])[0]!.message).toContain('obsolete');
  });

  it('ignores a short 008 (the length rule reports it)', () => {
    expect(run(languageCode008, ['008 000101s2000'])).toEqual([]);
  });
});
