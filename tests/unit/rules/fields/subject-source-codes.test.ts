import { describe, expect, it } from 'vitest';
import { subjectSourceCodes } from '../../../../lib/rules/fields/subject-source-codes';
import { fixedField, places, run } from '../helpers';

const rule = subjectSourceCodes;

describe('subject-source-codes', () => {
  it('accepts listed subject and genre sources, with edition qualifiers', () => {
    expect(run(rule, ['650 #7 $aCats.$2fast', '655 #7 $aFiction.$2lcgft', '650 #7 $aCooking.$2bisacsh/2010'])).toEqual(
      [],
    );
  });

  it('uses the genre list for 655 and the subject list for 650', () => {
    expect(places(run(rule, ['650 #7 $aCats.$2lcgft']))).toEqual([
      { ruleId: rule.id, tag: '650', occurrence: 0, code: '2' },
    ]);
  });

  it('moves lcsh into indicator 2 = 0 and trims punctuation after a code', () => {
    expect(fixedField(run(rule, ['655 #7 $aDomestic fiction.$2lcsh'])[0])).toEqual({
      tag: '655',
      ind1: ' ',
      ind2: '0',
      subfields: [{ code: 'a', value: 'Domestic fiction.' }],
    });
    expect(fixedField(run(rule, ['655 #7 $aLove stories.$2gsafd.'])[0])).toMatchObject({
      subfields: [
        { code: 'a', value: 'Love stories.' },
        { code: '2', value: 'gsafd' },
      ],
    });
  });

  it('flags unknown codes without a fix, and ignores $2 when indicator 2 is not 7', () => {
    const findings = run(rule, ['651 #7 $aParis.$2madeup']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '651', occurrence: 0, code: '2' }]);
    expect(findings[0]!.fix).toBeUndefined();
    expect(run(rule, ['650 #0 $aCats.$2madeup'])).toEqual([]);
  });
});
