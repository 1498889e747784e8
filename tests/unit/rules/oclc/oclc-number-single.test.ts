import { describe, expect, it } from 'vitest';
import { oclcNumberSingle } from '../../../../lib/rules/oclc/oclc-number-single';
import { places, run } from '../helpers';

const rule = oclcNumberSingle;

describe('oclc-number-single', () => {
  it("accepts one OCLC number in $a with cancelled numbers in $z and other systems' numbers", () => {
    expect(run(rule, ['035 ## $a(OCoLC)12345$z(OCoLC)678', '035 ## $a(DLC)2001012345'])).toEqual([]);
  });

  it('flags a second, different OCLC number', () => {
    const findings = run(rule, ['035 ## $a(OCoLC)12345', '035 ## $a(OCoLC)ocm00067890']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '035', occurrence: 1, code: 'a' }]);
    expect(findings[0]!.message).toContain('second OCLC number');
  });

  it('flags the same number written twice, in any form', () => {
    const findings = run(rule, ['035 ## $a(OCoLC)ocm00012345', '035 ## $a(OCoLC)12345']);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('repeats');
  });
});
