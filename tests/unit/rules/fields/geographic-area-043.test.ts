import { describe, expect, it } from 'vitest';
import { geographicArea043 } from '../../../../lib/rules/fields/geographic-area-043';
import { places, run } from '../helpers';

const rule = geographicArea043;

describe('geographic-area-043', () => {
  it('accepts valid codes', () => {
    expect(run(rule, ['043 ## $an-us---$ae-fr---'])).toEqual([]);
  });

  it('flags wrong length, unknown and obsolete codes', () => {
    const findings = run(rule, ['043 ## $an-us$ax-xx---$at-ay---']);
    expect(places(findings)).toEqual([
      { ruleId: rule.id, tag: '043', occurrence: 0, code: 'a' },
      { ruleId: rule.id, tag: '043', occurrence: 0, code: 'a' },
      { ruleId: rule.id, tag: '043', occurrence: 0, code: 'a' },
    ]);
    expect(findings.map((f) => f.subfieldIndex)).toEqual([0, 1, 2]);
    expect(findings[0]!.message).toContain('exactly 7');
    expect(findings[1]!.message).toContain("not in LC's MARC Code List for Geographic Areas as of 20");
    expect(findings[2]!.message).toContain('discontinued code');
    expect(findings[2]!.message).toContain('obsolete, not unknown');
  });
});
