import { describe, expect, it } from 'vitest';
import { firstSubfieldA } from '../../../../lib/rules/fields/first-subfield-a';
import { places, run } from '../helpers';

const rule = firstSubfieldA;

describe('first-subfield-a', () => {
  it('accepts $a first, also after $6 or $3, and 246 $i then $a', () => {
    expect(
      run(rule, [
        '250 ## $a2nd ed.',
        '260 ## $31980-1990:$aLondon',
        '490 1# $6880-03$aSeries',
        '246 1# $iTitle on container:$aEmma',
      ]),
    ).toEqual([]);
  });

  it('flags another subfield first', () => {
    expect(places(run(rule, ['260 ## $c1969.']))).toEqual([{ ruleId: rule.id, tag: '260', occurrence: 0, code: 'c' }]);
  });

  it('flags 246 $i not first or not ending with a colon, and $a not leading', () => {
    expect(places(run(rule, ['246 1# $aEmma$iTitle on spine:']))).toEqual([
      { ruleId: rule.id, tag: '246', occurrence: 0, code: 'i' },
    ]);
    expect(places(run(rule, ['246 1# $iTitle on spine$aEmma']))).toEqual([
      { ruleId: rule.id, tag: '246', occurrence: 0, code: 'i' },
    ]);
    expect(places(run(rule, ['246 1# $bsubtitle$aEmma']))).toEqual([
      { ruleId: rule.id, tag: '246', occurrence: 0, code: 'a' },
    ]);
  });

  // bd246 $i: the display text ends with a colon as ISBD punctuation; Leader/18 c says it is omitted (bdleader).
  it('does not ask for the colon after 246 $i when Leader/18 says ISBD punctuation is omitted', () => {
    const omitted = '00000nam a2200000 c 4500';
    expect(run(firstSubfieldA, ['246 1# $iTitle on container$aRiver lives'], omitted)).toEqual([]);
    expect(run(firstSubfieldA, ['246 1# $iTitle on container:$aRiver lives'], omitted)).toEqual([]);
    expect(places(run(firstSubfieldA, ['246 1# $iTitle on container$aRiver lives']))).toEqual([
      { ruleId: 'first-subfield-a', tag: '246', occurrence: 0, code: 'i' },
    ]);
    // The order of subfields is still checked there.
    expect(run(firstSubfieldA, ['246 1# $aRiver lives$iTitle on container'], omitted)).toHaveLength(1);
  });

  it('accepts the colon followed by a right-to-left mark, or a full-width colon', () => {
    expect(run(firstSubfieldA, ['246 1# $iTitle on cover:\u200f$aal-Adab'])).toEqual([]);
    expect(run(firstSubfieldA, ['246 1# $i封面題名：$a中国'])).toEqual([]);
  });
});
