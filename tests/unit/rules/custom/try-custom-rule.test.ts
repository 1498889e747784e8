import { describe, expect, it } from 'vitest';
import type { MarcRecord } from '../../../../lib/marc/types';
import { tryCustomRule, recordKindOf, type CustomRuleDefinition } from '../../../../lib/rules/custom';

const holdings: MarcRecord = {
  leader: '00000nx  a2200000un 4500',
  fields: [
    {
      tag: '852',
      ind1: '0',
      ind2: ' ',
      subfields: [
        { code: 'b', value: 'MAIN' },
        { code: 'c', value: 'mazw' },
      ],
    },
  ],
};

const def: CustomRuleDefinition = {
  id: 'no-withdrawn-location',
  title: 'Not in a withdrawn location',
  tag: '852',
  subfield: 'c',
  pattern: 'zw$',
  match: 'must-not-match',
  severity: 'error',
  message: 'Move the holdings out of the withdrawn location.',
  appliesTo: ['holdings'],
};

describe('tryCustomRule', () => {
  it('tells holdings from bibs by leader/06', () => {
    expect(recordKindOf(holdings)).toBe('holdings');
    expect(recordKindOf({ leader: '00000cam a2200000 a 4500', fields: [] })).toBe('bib');
  });

  it('returns the findings of a definition on a sample record', () => {
    const findings = tryCustomRule(def, holdings);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'custom/no-withdrawn-location',
      tag: '852',
      code: 'c',
      severity: 'error',
    });
  });

  it('returns nothing when the rule does not apply to the sample kind', () => {
    expect(tryCustomRule({ ...def, appliesTo: ['bib'] }, holdings)).toEqual([]);
  });

  it('explains a definition that does not compile instead of throwing', () => {
    const findings = tryCustomRule({ ...def, pattern: 'zw[' }, holdings);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toMatch(/regular expression \/zw\[\/ is invalid/);
  });
});
