import { describe, expect, it } from 'vitest';
import { issn } from '../../../../lib/rules/fields/issn';
import { fixedField, places, run } from '../helpers';

describe('issn', () => {
  it('accepts valid ISSNs in $a and $l', () => {
    expect(run(issn, ['022 0# $a0378-5955$l2049-3630'])).toEqual([]);
  });

  it('flags a bad check digit', () => {
    const findings = run(issn, ['022 0# $a0378-5954']);
    expect(places(findings)).toEqual([{ ruleId: 'issn', tag: '022', occurrence: 0, code: 'a' }]);
    expect(findings[0]!.message).toContain('expected 5');
  });

  it('writes a valid ISSN without hyphen or with lower-case x in the MARC form', () => {
    expect(fixedField(run(issn, ['022 ## $a03785955'])[0])).toMatchObject({
      subfields: [{ code: 'a', value: '0378-5955' }],
    });
    expect(fixedField(run(issn, ['022 ## $aISSN 0378-5955'])[0])).toMatchObject({
      subfields: [{ code: 'a', value: '0378-5955' }],
    });
  });

  it('flags text that is not an ISSN', () => {
    expect(places(run(issn, ['022 ## $l123-45']))).toEqual([{ ruleId: 'issn', tag: '022', occurrence: 0, code: 'l' }]);
  });
});
