import { describe, expect, it } from 'vitest';
import { callNumberScheme852 } from '../../../../lib/rules/holdings/call-number-scheme-852';
import { HOLDINGS_LEADER, fixedField, places, run } from '../helpers';

const rule = callNumberScheme852;
const check = (fields: string[]) => run(rule, fields, HOLDINGS_LEADER, 'holdings');

describe('call-number-scheme-852', () => {
  it('accepts call numbers that fit the indicator', () => {
    expect(check(['852 0# $bMAIN$cSTACKS$hQA76.73$i.J38 2005'])).toEqual([]);
    expect(check(['852 1# $bMAIN$cSTACKS$h025.3$iA1'])).toEqual([]);
    expect(check(['852 2# $bMED$cSTACKS$hWB 100$iS55'])).toEqual([]);
    expect(check(['852 7# $bMAIN$cSTACKS$hF 123$2ddc'])).toEqual([]);
    expect(check(['852 8# $bMAIN$cSTACKS$hFIC SMITH'])).toEqual([]);
  });

  it('flags indicator 0 with a Dewey number and fixes it to 1', () => {
    const findings = check(['852 0# $bMAIN$cSTACKS$h025.3$iA1']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '852', occurrence: 0, code: 'h' }]);
    expect(findings[0]!.indicator).toBe(1);
    expect(fixedField(findings[0])).toMatchObject({ ind1: '1' });
  });

  it('flags indicator 1 with a local number, without a fix', () => {
    const findings = check(['852 1# $bMAIN$cSTACKS$hFIC SMITH']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '852', occurrence: 0, code: 'h' }]);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it('leaves an LC-looking $h under another indicator to the procedure rule', () => {
    expect(check(['852 1# $bMAIN$cSTACKS$hQA76.73'])).toEqual([]);
  });

  it('flags indicator 7 without $2, and $2 without indicator 7 (fixing blank or 8)', () => {
    expect(places(check(['852 7# $bMAIN$cSTACKS$hF 123']))).toEqual([{ ruleId: rule.id, tag: '852', occurrence: 0 }]);
    const findings = check(['852 8# $bMAIN$cSTACKS$hF 123$2ddc']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '852', occurrence: 0, code: '2' }]);
    expect(fixedField(findings[0])).toMatchObject({ ind1: '7' });
  });
});
