import { describe, expect, it } from 'vitest';
import type { MarcRecord } from '../../../lib/marc/types';
import { FieldIndex, buildRecordIndex, fieldIndexOf, recordMemo } from '../../../lib/rules/record-index';
import type { RecordIndex, RuleContext } from '../../../lib/rules/types';
import { GENERIC_PROFILE } from '../../../lib/settings/profile';

const df = (tag: string, a = 'x') => ({ tag, ind1: ' ', ind2: ' ', subfields: [{ code: 'a', value: a }] });

function record(...tags: string[]): MarcRecord {
  return {
    leader: '00000nam a2200000 a 4500',
    fields: tags.map((tag, i) => (tag.startsWith('00') ? { tag, value: `v${i}` } : df(tag, `v${i}`))),
  };
}

const tagsOf = (index: RecordIndex, tag: string) => index.byTag(tag).map((e) => [e.fieldIndex, e.occurrence]);

describe('buildRecordIndex', () => {
  it('groups fields by tag with field index and occurrence, in record order', () => {
    const index = buildRecordIndex(record('001', '245', '650', '500', '650', '650'));
    expect(tagsOf(index, '650')).toEqual([
      [2, 0],
      [4, 1],
      [5, 2],
    ]);
    expect(tagsOf(index, '245')).toEqual([[1, 0]]);
    expect(index.byTag('100')).toEqual([]);
    expect([0, 1, 2, 3, 4, 5].map((i) => index.occurrenceOf(i))).toEqual([0, 0, 0, 0, 1, 2]);
  });

  it('answers for tags that are not three digits (malformed or local letters)', () => {
    const index = buildRecordIndex(record('245', 'ABC', '24', 'ABC', 'LDR', '2450'));
    expect(tagsOf(index, 'ABC')).toEqual([
      [1, 0],
      [3, 1],
    ]);
    expect(tagsOf(index, '24')).toEqual([[2, 0]]);
    expect(tagsOf(index, '2450')).toEqual([[5, 0]]);
    expect(tagsOf(index, 'LDR')).toEqual([[4, 0]]);
    expect(index.byTag('XYZ')).toEqual([]);
    expect(index.occurrenceOf(3)).toBe(1);
  });

  it('keeps answering correctly for an older index after newer ones were built', () => {
    const first = buildRecordIndex(record('245', '650', '650'));
    const second = buildRecordIndex(record('100', '650', 'ABC'));
    expect(tagsOf(first, '650')).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(first.byTag('100')).toEqual([]);
    expect(tagsOf(second, '100')).toEqual([[0, 0]]);
    expect(tagsOf(second, '650')).toEqual([[1, 0]]);
    expect(second.byTag('245')).toEqual([]);
    const third = buildRecordIndex(record('245'));
    expect(tagsOf(second, 'ABC')).toEqual([[2, 0]]);
    expect(tagsOf(second, '100')).toEqual([[0, 0]]);
    expect(tagsOf(third, '245')).toEqual([[0, 0]]);
    expect(third.byTag('650')).toEqual([]);
  });

  it('knows whether the record has an 880', () => {
    expect(new FieldIndex(record('245', '880')).has880).toBe(true);
    expect(new FieldIndex(record('245', '88', '8800')).has880).toBe(false);
    expect(new FieldIndex(undefined).has880).toBe(false);
  });

  it('indexes nothing for an absent record', () => {
    const index = buildRecordIndex(undefined);
    expect(index.byTag('245')).toEqual([]);
    expect(index.occurrenceOf(0)).toBe(0);
  });
});

describe('record memos', () => {
  it('computes a memo once per index', () => {
    let runs = 0;
    const fieldCount = recordMemo((index) => {
      runs++;
      return index.fields.length;
    });
    const index = new FieldIndex(record('245', '650'));
    expect(index.memo(fieldCount)).toBe(2);
    expect(index.memo(fieldCount)).toBe(2);
    expect(runs).toBe(1);
    expect(new FieldIndex(record('245')).memo(fieldCount)).toBe(1);
    expect(runs).toBe(2);
  });

  it('gives contexts built with another RecordIndex implementation a FieldIndex of their record', () => {
    const rec = record('245', '650', '650');
    const foreign: RecordIndex = { byTag: () => [], occurrenceOf: () => 0 };
    const ctx: RuleContext = {
      kind: 'bib',
      record: rec,
      profile: GENERIC_PROFILE,
      options: { allowLocalTags: true },
      index: foreign,
    };
    const own = fieldIndexOf(ctx);
    expect(own.record).toBe(rec);
    expect(own.byTag('650')).toHaveLength(2);
    expect(fieldIndexOf(ctx)).toBe(own);
    const built = buildRecordIndex(rec);
    expect(fieldIndexOf({ ...ctx, index: built })).toBe(built);
  });
});
