import { describe, expect, it } from 'vitest';
import { countryCodes044 } from '../../../../lib/rules/fields/country-codes-044';
import { book008, places, run } from '../helpers';

const rule = countryCodes044;

describe('country-codes-044', () => {
  it('accepts valid codes whose first agrees with 008/15-17', () => {
    expect(run(rule, [book008({ country: 'fr ' }), '044 ## $afr$agw'])).toEqual([]);
  });

  it('flags unknown codes', () => {
    expect(places(run(rule, [book008(), '044 ## $axxu$azz']))).toEqual([
      { ruleId: rule.id, tag: '044', occurrence: 0, code: 'a' },
    ]);
  });

  it('flags a first code that differs from 008/15-17', () => {
    const findings = run(rule, [book008({ country: 'nyu' }), '044 ## $afr']);
    expect(places(findings)).toEqual([{ ruleId: rule.id, tag: '044', occurrence: 0, code: 'a' }]);
    expect(findings[0]!.message).toContain('"nyu"');
  });
});
