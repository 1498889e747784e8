import { describe, expect, it } from 'vitest';
import { oclcFixedFieldRequired } from '../../../../lib/rules/oclc/oclc-fixed-field-required';
import { book008, places, run } from '../helpers';

describe('oclc-fixed-field-required', () => {
  it('accepts a record with 008', () => {
    expect(run(oclcFixedFieldRequired, [book008()])).toEqual([]);
  });

  it('reports a missing 008 under tag 008', () => {
    expect(places(run(oclcFixedFieldRequired, ['245 10 $aEmma.']))).toEqual([
      { ruleId: 'oclc-fixed-field-required', tag: '008' },
    ]);
  });
});
