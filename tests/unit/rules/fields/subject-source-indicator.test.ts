import { describe, expect, it } from 'vitest';
import { subjectSourceIndicator } from '../../../../lib/rules/fields/subject-source-indicator';
import { fixedField, places, run } from '../helpers';

const rule = subjectSourceIndicator;

describe('subject-source-indicator', () => {
  it('accepts indicator 7 with $2 and other indicators without it', () => {
    expect(run(rule, ['650 #7 $aCats.$2fast', '650 #0 $aCats.', '655 #7 $aFiction.$2lcgft'])).toEqual([]);
  });

  it('flags indicator 7 without $2 (no fix: the source is unknown)', () => {
    const findings = run(rule, ['650 #7 $aCats.']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '650', occurrence: 0 }]);
    expect(findings[0]!.indicator).toBe(2);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('fixes $2 with indicator 4 or blank by setting 7', () => {
    const findings = run(rule, ['650 #4 $aCats.$2fast']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '650', occurrence: 0, code: '2' }]);
    expect(fixedField(findings[0])).toEqual({
      tag: '650',
      ind1: ' ',
      ind2: '7',
      subfields: [
        { code: 'a', value: 'Cats.' },
        { code: '2', value: 'fast' },
      ],
    });
  });

  it('fixes $2 lcsh by moving it into indicator 2 = 0', () => {
    expect(fixedField(run(rule, ['650 #4 $aCats.$2lcsh'])[0])).toEqual({
      tag: '650',
      ind1: ' ',
      ind2: '0',
      subfields: [{ code: 'a', value: 'Cats.' }],
    });
  });

  it('offers no fix when another indicator value conflicts with $2', () => {
    expect(run(rule, ['650 #0 $aCats.$2fast'])[0]!.fix).toBeUndefined();
  });
});
