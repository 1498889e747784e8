import { describe, expect, it } from 'vitest';
import { standardIdentifier024 } from '../../../../lib/rules/fields/standard-identifier-024';
import { places, run } from '../helpers';

const rule = standardIdentifier024;

describe('standard-identifier-024', () => {
  it('accepts valid UPC, ISMN and EAN numbers and ignores other types', () => {
    expect(
      run(rule, ['024 1# $a036000291452', '024 2# $a9790260000438', '024 3# $a4006381333931', '024 8# $aanything']),
    ).toEqual([]);
  });

  it('flags wrong lengths and bad check digits', () => {
    expect(places(run(rule, ['024 1# $a7678302200']))).toEqual([
      { ruleId: rule.id, tag: '024', occurrence: 0, code: 'a' },
    ]);
    expect(run(rule, ['024 1# $a036000291453'])[0]!.message).toContain('expected 2');
    expect(run(rule, ['024 3# $a4006381333932'])[0]!.message).toContain('expected 1');
    expect(run(rule, ['024 2# $aM260000437'])[0]!.message).toContain('expected 8');
  });
});
