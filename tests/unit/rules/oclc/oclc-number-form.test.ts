import { describe, expect, it } from 'vitest';
import { oclcNumberForm } from '../../../../lib/rules/oclc/oclc-number-form';
import { fixedField, places, run } from '../helpers';

const rule = oclcNumberForm;

describe('oclc-number-form', () => {
  it("accepts every documented form, and other systems' numbers", () => {
    expect(
      run(rule, [
        '035 ## $a(OCoLC)ocm00012345',
        '035 ## $a(OCoLC)ocn123456789',
        '035 ## $a(OCoLC)on1234567890',
        '035 ## $a(OCoLC)12345$z(OCoLC)678',
        '035 ## $a(DLC)  2001012345',
      ]),
    ).toEqual([]);
  });

  it('fixes the prefix spelling, spaces and a missing prefix', () => {
    const cases: Array<[string, string]> = [
      ['(OCLC) 12345', '(OCoLC)12345'],
      ['(ocolc)12345', '(OCoLC)12345'],
      ['ocm01234567', '(OCoLC)ocm01234567'],
      ['(OCoLC) ocn123456789', '(OCoLC)ocn123456789'],
    ];
    for (const [written, corrected] of cases) {
      const findings = run(rule, [`035 ## $a${written}`]);
      expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '035', occurrence: 0, code: 'a' }]);
      expect(fixedField(findings[0])).toEqual({
        tag: '035',
        ind1: ' ',
        ind2: ' ',
        subfields: [{ code: 'a', value: corrected }],
      });
    }
  });

  it('flags a wrong digit count after ocm/ocn without a fix, also in $z', () => {
    const findings = run(rule, ['035 ## $a(OCoLC)ocm1234567$z(OCoLC)ocn12345678']);
    expect(places(findings)).toEqual([
      { ruleId: rule.id, tag: '035', occurrence: 0, code: 'a' },
      { ruleId: rule.id, tag: '035', occurrence: 0, code: 'z' },
    ]);
    expect(findings.every((f) => f.fix === undefined)).toBe(true);
  });
});
