import { describe, expect, it } from 'vitest';
import { isbdPunctuation } from '../../../../lib/rules/fields/isbd-punctuation';
import { places, run } from '../helpers';

const rule = isbdPunctuation;
const NON_ISBD_LEADER = '00000nam  2200000   4500';

describe('isbd-punctuation', () => {
  it('accepts ISBD punctuation', () => {
    expect(
      run(rule, [
        '250 ## $a2nd ed.',
        '260 ## $aLondon ;$aNew York :$bPenguin,$c2005.',
        '300 ## $a474 p. :$bill. ;$c18 cm. +$e1 map',
        '490 1# $aPenguin classics,$x0140-0000 ;$v12',
        '246 1# $aEmma :$ba novel',
      ]),
    ).toEqual([]);
  });

  it('flags missing marks before subfields and at the end of 250/260', () => {
    const findings = run(rule, [
      '250 ## $a2nd ed',
      '260 ## $aLondon$bPenguin$c2005',
      '300 ## $a474 p.$c18 cm.',
      '490 1# $aPenguin classics$v12',
    ]);
    expect(places(findings)).toEqual([
      { ruleId: rule.id, tag: '260', occurrence: 0, code: 'b' },
      { ruleId: rule.id, tag: '260', occurrence: 0, code: 'c' },
      { ruleId: rule.id, tag: '300', occurrence: 0, code: 'c' },
      { ruleId: rule.id, tag: '490', occurrence: 0, code: 'v' },
      { ruleId: rule.id, tag: '250', occurrence: 0, code: 'a' },
      { ruleId: rule.id, tag: '260', occurrence: 0, code: 'c' },
    ]);
  });

  it('does not check records without ISBD punctuation (leader/18 blank, c or n)', () => {
    expect(run(rule, ['260 ## $aChicago,$bMallen,$c1899.'], NON_ISBD_LEADER)).toEqual([]);
  });
});
