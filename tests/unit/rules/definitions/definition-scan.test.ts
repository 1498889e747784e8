import { describe, expect, it } from 'vitest';
import { fieldDefinition } from '../../../../lib/marc21/definitions';
import {
  HAS_OBSOLETE_SUBFIELD,
  HAS_REPEATED_SUBFIELD,
  HAS_UNDEFINED_SUBFIELD,
  INDICATOR1_INVALID,
  INDICATOR1_IS_OBSOLETE,
  INDICATOR2_INVALID,
  NO_DEFINITION,
  OBSOLETE_FIELD,
  definitionScan,
} from '../../../../lib/rules/definitions/definition-scan';
import { buildRecordIndex } from '../../../../lib/rules/record-index';
import type { Field, MarcRecord } from '../../../../lib/marc/types';
import type { RuleContext } from '../../../../lib/rules/types';
import { GENERIC_PROFILE } from '../../../../lib/settings/profile';
import { BOOK_LEADER, bookRecord, cf, df, holdingsRecord } from '../structure/build-record';

function scanOf(record: MarcRecord, format: 'bib' | 'holdings' = 'bib') {
  const ctx: RuleContext = {
    kind: format,
    record,
    profile: GENERIC_PROFILE,
    options: { allowLocalTags: true },
    index: buildRecordIndex(record),
  };
  return definitionScan(ctx, format);
}

function problemsOf(field: Field): number {
  return scanOf({ leader: BOOK_LEADER, fields: [field] }).problems[0]!;
}

describe('definition scan', () => {
  it('finds no problem in clean bib and holdings records, and knows every field', () => {
    for (const [record, format] of [
      [bookRecord(), 'bib'],
      [holdingsRecord(), 'holdings'],
    ] as const) {
      const scan = scanOf(record, format);
      expect(scan.any).toBe(0);
      expect(scan.governing.map((definition) => definition?.tag)).toEqual(record.fields.map((field) => field.tag));
    }
  });

  it('flags indicators, subfields and fields the definitions do not allow', () => {
    expect(problemsOf(df('245', '30', 'a', 'x'))).toBe(INDICATOR1_INVALID);
    expect(problemsOf(df('245', '1a', 'a', 'x'))).toBe(INDICATOR2_INVALID);
    expect(problemsOf(df('245', 'A0', 'a', 'x'))).toBe(0); // malformed: indicator-format's business
    expect(problemsOf(df('100', '2 ', 'a', 'x'))).toBe(INDICATOR1_IS_OBSOLETE);
    expect(problemsOf(df('245', '10', 'a', 'x', 'y', 'z'))).toBe(HAS_UNDEFINED_SUBFIELD);
    expect(problemsOf(df('245', '10', 'a', 'x', 'A', 'z'))).toBe(0); // malformed code: subfield-code-format's business
    expect(problemsOf(df('245', '10', 'a', 'x', 'd', 'z'))).toBe(HAS_OBSOLETE_SUBFIELD);
    expect(problemsOf(df('245', '10', 'a', 'x', 'a', 'z'))).toBe(HAS_REPEATED_SUBFIELD);
    expect(problemsOf(df('650', ' 0', 'a', 'x', 'x', 'y', 'x', 'z'))).toBe(0); // $x repeats in 650
    expect(problemsOf(df('248', '  ', 'a', 'x'))).toBe(NO_DEFINITION);
    expect(problemsOf(df('440', ' 0', 'a', 'x'))).toBe(OBSOLETE_FIELD);
    expect(problemsOf(cf('008', 'x'))).toBe(0);
  });

  it('judges an 880 by the field its $6 links to', () => {
    const record: MarcRecord = {
      leader: BOOK_LEADER,
      fields: [
        df('880', '10', '6', '245-01', 'a', 'x', 'y', 'z'),
        df('880', '  ', '6', '248-01', 'a', 'x'),
        df('880', '  ', 'a', 'no link'),
      ],
    };
    const scan = scanOf(record);
    expect(scan.governing[0]).toBe(fieldDefinition('bib', '245'));
    expect(scan.problems).toEqual([HAS_UNDEFINED_SUBFIELD, NO_DEFINITION, NO_DEFINITION]);
  });

  it('uses the holdings definitions for holdings', () => {
    const record = holdingsRecord([df('853', '20', '8', '1', 'a', 'v.'), df('245', '10', 'a', 'x')]);
    expect(scanOf(record, 'holdings').problems.slice(-2)).toEqual([0, NO_DEFINITION]);
    expect(scanOf(record, 'bib').problems.slice(-2)).toEqual([0, 0]);
  });
});
