import { describe, expect, it } from 'vitest';
import { lcClassification050 } from '../../../../lib/rules/fields/lc-classification-050';
import { places, run } from '../helpers';

const rule = lcClassification050;

describe('lc-classification-050', () => {
  it('accepts class plus item number, or a Cutter already in $a', () => {
    expect(run(rule, ['050 00 $aQA76.73.J38$bS55 2005'])).toEqual([]);
    expect(run(rule, ['050 14 $aPR4034.P7'])).toEqual([]);
  });

  it('flags a $a that is not an LC class number', () => {
    expect(places(run(rule, ['050 00 $a8504 BOOK NOT YET IN LC']))).toEqual([
      { ruleId: rule.id, tag: '050', occurrence: 0, code: 'a' },
    ]);
  });

  it('flags a class number without item number', () => {
    expect(places(run(rule, ['050 00 $aPR4034']))).toEqual([{ ruleId: rule.id, tag: '050', occurrence: 0, code: 'b' }]);
  });
  it("accepts LC's LAW designation, but not a lower-case or longer form of it", () => {
    expect(run(lcClassification050, ['050 _4 $aLAW'])).toEqual([]);
    expect(run(lcClassification050, ['050 _4 $alaw'])).toHaveLength(1);
  });
});
