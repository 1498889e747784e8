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

  // LC's minimal-level (MLC) and microform shelf numbers are complete LC call numbers without $b.
  it('accepts LC shelf numbers for minimal-level cataloging and microforms', () => {
    for (const number of [
      'MLCS 2002/01234 (P)',
      'MLCME 2002/02660 (D)',
      'MLCSN 96/3906 (H)',
      'Microfiche 90/61328 (P)',
    ])
      expect(run(lcClassification050, [`050 00 $a${number}`]), number).toEqual([]);
    expect(run(lcClassification050, ['050 00 $aMicrofiche'])).toHaveLength(1);
    // The suggested class number beside it (first indicator 1, item not in LC) has no item number either.
    expect(run(lcClassification050, ['050 10 $aPK2098', '050 00 $aMicrofiche 90/61328 (P)'])).toEqual([]);
    expect(run(lcClassification050, ['050 00 $aPK2098'])).toHaveLength(1);
    expect(run(lcClassification050, ['050 00 $aMLC 12'])).toHaveLength(1);
  });
});
