import { describe, expect, it } from 'vitest';
import {
  cloneRecord,
  dataFieldsWithTag,
  fieldsWithTag,
  firstSubfield,
  recordsEqual,
  subfieldValues,
  withoutComputedLeader,
} from '../../../lib/marc/record-utils';
import type { DataField, MarcRecord } from '../../../lib/marc/types';

const record: MarcRecord = {
  leader: '00123nam a2200049 a 4500',
  fields: [
    { tag: '001', value: 'id' },
    {
      tag: '650',
      ind1: ' ',
      ind2: '0',
      subfields: [
        { code: 'a', value: 'Cats' },
        { code: 'x', value: 'History' },
        { code: 'x', value: 'Sources' },
      ],
    },
    {
      tag: '650',
      ind1: ' ',
      ind2: '7',
      subfields: [
        { code: 'a', value: 'Dogs' },
        { code: '2', value: 'fast' },
      ],
    },
  ],
};

describe('record-utils', () => {
  it('finds subfield values and the first value', () => {
    const field = record.fields[1]!;
    expect(subfieldValues(field, 'x')).toEqual(['History', 'Sources']);
    expect(subfieldValues(field, 'z')).toEqual([]);
    expect(subfieldValues(record.fields[0]!, 'a')).toEqual([]);
    expect(firstSubfield(field, 'x')).toBe('History');
    expect(firstSubfield(field, 'z')).toBeUndefined();
    expect(firstSubfield(record.fields[0]!, 'a')).toBeUndefined();
  });

  it('finds fields by tag in order', () => {
    expect(fieldsWithTag(record, '650').map((field) => firstSubfield(field, 'a'))).toEqual(['Cats', 'Dogs']);
    expect(fieldsWithTag(record, '245')).toEqual([]);
    expect(dataFieldsWithTag(record, '001')).toEqual([]);
  });

  it('clones deeply', () => {
    const copy = cloneRecord(record);
    expect(copy).toEqual(record);
    (copy.fields[1] as DataField).subfields[0]!.value = 'Changed';
    (copy.fields[0] as { value: string }).value = 'other';
    expect(firstSubfield(record.fields[1]!, 'a')).toBe('Cats');
    expect(record.fields[0]).toEqual({ tag: '001', value: 'id' });
  });

  it('compares records by content, ignoring computed leader positions unless asked', () => {
    const copy = cloneRecord(record);
    expect(recordsEqual(record, copy)).toBe(true);
    copy.leader = '99999nam a2288888 a 4500';
    expect(recordsEqual(record, copy)).toBe(true);
    expect(recordsEqual(record, copy, { exactLeader: true })).toBe(false);
    expect(withoutComputedLeader(copy)).toEqual(withoutComputedLeader(record));
    copy.leader = '99999cam a2288888 a 4500';
    expect(recordsEqual(record, copy)).toBe(false);
  });

  it('tells apart records that differ in a value, an indicator, the order or the kind of field', () => {
    const changes: Array<(copy: MarcRecord) => void> = [
      (copy) => ((copy.fields[1] as DataField).subfields[1]!.value = 'history'),
      (copy) => ((copy.fields[1] as DataField).ind2 = '1'),
      (copy) => ((copy.fields[1] as DataField).subfields[1]!.code = 'y'),
      (copy) => copy.fields.reverse(),
      (copy) => copy.fields.pop(),
      (copy) => (copy.fields[0] = { tag: '001', ind1: ' ', ind2: ' ', subfields: [] }),
    ];
    for (const change of changes) {
      const copy = cloneRecord(record);
      change(copy);
      expect(recordsEqual(record, copy)).toBe(false);
    }
  });
});
