import { describe, expect, it } from 'vitest';
import { withIndicator, withSubfieldInserted, withSubfieldValue } from '../../../../lib/rules/shared/subfields';
import { dataField } from '../helpers';

describe('fix builders', () => {
  it('return deep copies and leave the original field unchanged', () => {
    const original = dataField('245 10 $aEmma$cJane Austen');
    const snapshot = structuredClone(original);
    const changed = withSubfieldValue(original, 0, 'Emma /');
    const inserted = withSubfieldInserted(original, 1, { code: 'b', value: 'a novel' });
    const indicator = withIndicator(original, 2, '0');
    expect(original).toEqual(snapshot);
    expect(changed.subfields.map((s) => s.value)).toEqual(['Emma /', 'Jane Austen']);
    expect(inserted.subfields.map((s) => s.code)).toEqual(['a', 'b', 'c']);
    expect(indicator).toMatchObject({ ind1: '1', ind2: '0' });
    for (const copy of [changed, inserted, indicator]) {
      for (const subfield of copy.subfields) expect(original.subfields).not.toContain(subfield);
    }
  });
});
