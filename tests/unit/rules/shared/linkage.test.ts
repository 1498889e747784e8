import { describe, expect, it } from 'vitest';
import { dataFieldsWithLinked, linkedTagOf, parseLinkage } from '../../../../lib/rules/shared/linkage';
import { contextFor, dataField, record } from '../helpers';

describe('linkage helpers', () => {
  it('parses $6 with script and orientation', () => {
    expect(parseLinkage('245-01')).toEqual({ tag: '245', occurrence: '01', script: '', orientation: '' });
    expect(parseLinkage('880-02/(3/r')).toEqual({ tag: '880', occurrence: '02', script: '(3', orientation: 'r' });
    expect(parseLinkage('245-123/$1')).toEqual({ tag: '245', occurrence: '123', script: '$1', orientation: '' });
    expect(parseLinkage('245-1')).toBeNull();
    expect(parseLinkage('880-21.')).toBeNull();
  });

  it('reads the linked tag as MARC::Lint does', () => {
    expect(linkedTagOf(dataField('880 10 $6245-01$aTitle'))).toBe('245');
    expect(linkedTagOf(dataField('880 10 $aTitle'))).toBeNull();
  });

  it('lists a tag with the 880s that stand for it, without copying when there are none', () => {
    const ctx = contextFor(record(['245 10 $6880-01$aTitle.', '880 10 $6245-01$aタイトル.', '880 ## $6500-02$aメモ']));
    expect(
      dataFieldsWithLinked(ctx, '245').map((entry) => [entry.field.tag, entry.fieldIndex, entry.occurrence]),
    ).toEqual([
      ['245', 0, 0],
      ['880', 1, 0],
    ]);
    const plain = contextFor(record(['245 10 $aTitle.']));
    expect(dataFieldsWithLinked(plain, '245')).toBe(plain.index.byTag('245'));
  });
});
