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

  // bd880 and bd260: the vernacular 260 in Arabic script uses the Arabic comma and semicolon; CJK full-width marks.
  it('accepts Arabic and full-width CJK punctuation and right-to-left marks', () => {
    expect(
      run(rule, [
        '260 ## $aal-Qahirah :$bDar al-Shuruq,$c2015.',
        '880 ## $6260-01/(3/r$aالقاهرة :\u200f$bدار الشروق،$c2015.',
      ]),
    ).toEqual([]);
    expect(
      run(rule, ['260 ## $aBei jing :$bZhonghua shu ju,$c2018.', '880 ## $6260-01$a北京：$b中华书局，$c2018.']),
    ).toEqual([]);
    expect(run(rule, ['300 ## $a312 pages ؛$c24 cm.'])).toEqual([]);
    expect(places(run(rule, ['880 ## $6260-01/(3/r$aالقاهرة$bدار الشروق$c2015.']))).toEqual([
      { ruleId: rule.id, tag: '880', occurrence: 0, code: 'b' },
      { ruleId: rule.id, tag: '880', occurrence: 0, code: 'c' },
    ]);
  });

  it('does not judge undecoded MARC-8 text', () => {
    expect(run(rule, ['260 ## $a\u001b(3mqhrh\u001b(B$bDar$c2015.'])).toHaveLength(1); // only $c after $b
    expect(places(run(rule, ['260 ## $aCairo$bDar$c2015.']))).toHaveLength(2);
  });
});
