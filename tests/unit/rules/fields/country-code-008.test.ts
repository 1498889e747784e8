import { describe, expect, it } from 'vitest';
import { countryCode008 } from '../../../../lib/rules/fields/country-code-008';
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
});
