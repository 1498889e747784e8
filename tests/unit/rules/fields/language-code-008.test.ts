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

  it('leaves blanks and malformed values (upper case, digits) to field-008-invalid-code', () => {
    expect(run(languageCode008, [book008({ language: '   ' })])).toEqual([]);
    expect(run(languageCode008, [book008({ language: 'ENG' })])).toEqual([]);
    expect(run(languageCode008, [book008({ language: 'e1g' })])).toEqual([]);
  });

  it('in an 008 of the wrong length, accepts a known code at any possible alignment', () => {
    // 008/34 (biography) "d", then one character inserted at 10: 35-37 reads "dfr", the code is at 36-38.
    const valid = book008({ language: 'fre' }).slice(4);
    const withBiography = `${valid.slice(0, 34)}d${valid.slice(35)}`;
    const long = `${withBiography.slice(0, 10)}9${withBiography.slice(10)}`;
    expect(long.slice(35, 38)).toBe('dfr');
    expect(run(languageCode008, [`008 ${long}`])).toEqual([]);
    const unknown = long.replace('fre', 'qqq');
    expect(places(run(languageCode008, [`008 ${unknown}`]))).toEqual([
      { ruleId: 'language-code-008', tag: '008', occurrence: 0 },
    ]);
  });
});
