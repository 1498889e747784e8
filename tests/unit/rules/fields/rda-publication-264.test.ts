import { describe, expect, it } from 'vitest';
import { rdaPublication264 } from '../../../../lib/rules/fields/rda-publication-264';
import { fixedField, places, run } from '../helpers';

const RDA_040 = '040 ## $aDLC$beng$erda$cDLC';

describe('rda-publication-264', () => {
  it('accepts 264 in RDA records and 260 in AACR2 records', () => {
    expect(run(rdaPublication264, [RDA_040, '264 #1 $aLondon :$bPenguin,$c2005.'])).toEqual([]);
    expect(run(rdaPublication264, ['040 ## $aDLC$cDLC', '260 ## $aLondon :$bPenguin,$c2005.'])).toEqual([]);
  });

  it('converts a plain 260 to 264 #1', () => {
    const findings = run(rdaPublication264, [RDA_040, '260 ## $aLondon :$bPenguin,$c2005.']);
    expect(places(findings)).toEqual([{ ruleId: 'rda-publication-264', tag: '260', occurrence: 0 }]);
    expect(fixedField(findings[0])).toEqual({
      tag: '264',
      ind1: ' ',
      ind2: '1',
      subfields: [
        { code: 'a', value: 'London :' },
        { code: 'b', value: 'Penguin,' },
        { code: 'c', value: '2005.' },
      ],
    });
  });

  it('offers no conversion when 260 holds a copyright date or manufacture', () => {
    expect(run(rdaPublication264, [RDA_040, '260 ## $aLondon :$bPenguin,$cc2005.'])[0]!.fix).toBeUndefined();
    expect(run(rdaPublication264, [RDA_040, '260 ## $aLondon :$bPenguin,$c2005$eLeeds'])[0]!.fix).toBeUndefined();
  });
});
