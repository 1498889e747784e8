import { describe, expect, it } from 'vitest';
import { countryCode008 } from '../../../../lib/rules/fields/country-code-008';
import { field008InvalidCodeRule } from '../../../../lib/rules/structure/field-008-invalid-code';
import { book008, places, run } from '../helpers';

describe('country-code-008', () => {
  it('accepts three-letter and blank-padded two-letter codes', () => {
    expect(run(countryCode008, [book008({ country: 'nyu' })])).toEqual([]);
    expect(run(countryCode008, [book008({ country: 'fr ' })])).toEqual([]);
  });

  it('flags unknown and obsolete codes at positions 15-17', () => {
    const findings = run(countryCode008, [book008({ country: 'zz ' })]);
    expect(places(findings)).toEqual([{ ruleId: 'country-code-008', tag: '008', occurrence: 0 }]);
    expect(findings[0]!.position).toEqual([15, 18]);
    expect(findings[0]!.message).toContain('"zz#"');
    expect(run(countryCode008, [book008({ country: 'uk ' })])[0]!.message).toContain('obsolete');
  });

  it('leaves a malformed value to field-008-invalid-code: one fault, one finding', () => {
    const fields = [book008({ country: '12 ' })];
    expect(run(countryCode008, fields)).toEqual([]);
    const shapes = run(field008InvalidCodeRule, fields).filter((finding) => finding.position?.[0] === 15);
    expect(shapes).toHaveLength(1);
  });

  it('in an 008 of the wrong length, reports a code only when no alignment gives a known one', () => {
    // One character lost before 15: "nyu" now sits at 14-16, and 15-17 reads "yu ".
    const shifted = book008({ country: 'nyu' }).replace('000101', '00101');
    expect(run(countryCode008, [shifted])).toEqual([]);
    const unknown = book008({ country: 'qqq' }).replace('000101', '00101');
    expect(places(run(countryCode008, [unknown]))).toEqual([{ ruleId: 'country-code-008', tag: '008', occurrence: 0 }]);
  });
});
