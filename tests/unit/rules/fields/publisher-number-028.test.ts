import { describe, expect, it } from 'vitest';
import { publisherNumber028 } from '../../../../lib/rules/fields/publisher-number-028';
import { places, run } from '../helpers';

describe('publisher-number-028', () => {
  it('accepts 028 with its source', () => {
    expect(run(publisherNumber028, ['028 02 $a440 073 033-2$bDeutsche Grammophon'])).toEqual([]);
  });

  it('flags 028 without $b', () => {
    expect(places(run(publisherNumber028, ['028 02 $a440 073 033-2']))).toEqual([
      { ruleId: 'publisher-number-028', tag: '028', occurrence: 0, code: 'b' },
    ]);
  });
});
