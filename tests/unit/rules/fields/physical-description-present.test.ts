import { describe, expect, it } from 'vitest';
import { physicalDescriptionPresent } from '../../../../lib/rules/fields/physical-description-present';
import { places, run } from '../helpers';

describe('physical-description-present', () => {
  it('accepts a record with 300', () => {
    expect(run(physicalDescriptionPresent, ['245 10 $aEmma.', '300 ## $a474 pages ;$c18 cm'])).toEqual([]);
  });

  it('reports a missing 300 under tag 300', () => {
    expect(places(run(physicalDescriptionPresent, ['245 10 $aEmma.']))).toEqual([
      { ruleId: 'physical-description-present', tag: '300' },
    ]);
  });
});
