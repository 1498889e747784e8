import { describe, expect, it } from 'vitest';
import { languageCodes041 } from '../../../../lib/rules/fields/language-codes-041';
import { fixedField, places, run } from '../helpers';

const rule = languageCodes041;

describe('language-codes-041', () => {
  it('accepts valid codes, old-style runs of codes, and any code with indicator 2 = 7', () => {
    expect(run(rule, ['041 1# $aeng$hfre', '041 0# $aengfre'])).toEqual([]);
    expect(run(rule, ['041 #7 $aen$2iso639-1'])).toEqual([]);
  });

  it('flags a length that is not a multiple of 3, fixing "(eng)"', () => {
    const findings = run(rule, ['041 1# $afre$h(eng)']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '041', occurrence: 0, code: 'h' }]);
    expect(fixedField(findings[0])).toMatchObject({
      subfields: [
        { code: 'a', value: 'fre' },
        { code: 'h', value: 'eng' },
      ],
    });
    expect(run(rule, ['041 1# $aenglish'])[0]!.fix).toBeUndefined();
  });

  it('flags invalid and obsolete codes in each 3-character chunk', () => {
    const findings = run(rule, ['041 0# $aengxyz$besk']);
    expect(findings.map((f) => [f.code, f.message.includes('obsolete')])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it('fixes upper-case codes', () => {
    expect(fixedField(run(rule, ['041 0# $aENG'])[0])).toMatchObject({ subfields: [{ code: 'a', value: 'eng' }] });
  });

  it('does not treat $3 or $2 as language codes (Lint does)', () => {
    expect(run(rule, ['041 0# $3Libretto$aita'])).toEqual([]);
  });
});
