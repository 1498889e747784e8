import { describe, expect, it } from 'vitest';
import { fieldLengthAlmaRule } from '../../../../lib/rules/structure/field-length-alma';
import { fieldLengthOclcRule } from '../../../../lib/rules/structure/field-length-oclc';
import { recordLengthOclcRule } from '../../../../lib/rules/structure/record-length-oclc';
import { validateRecord } from '../../../../lib/rules/engine';
import { bookRecord, df, run, where } from './build-record';

describe('field-length-oclc', () => {
  it('passes a field of 9,999 characters (2 indicators + $a delimiter/code + 9,994 + terminator)', () => {
    expect(run(fieldLengthOclcRule, bookRecord([df('520', '  ', 'a', 'x'.repeat(9994))]))).toEqual([]);
  });
  it('reports a field of 10,000 characters, counting code points (not UTF-16 units)', () => {
    expect(run(fieldLengthOclcRule, bookRecord([df('520', '  ', 'a', 'x'.repeat(9995))])).map(where)).toEqual([
      { ruleId: 'field-length-oclc', tag: '520', occurrence: 0 },
    ]);
    expect(run(fieldLengthOclcRule, bookRecord([df('520', '  ', 'a', '𝔸'.repeat(5000))]))).toEqual([]); // 10,000 UTF-16 units, 5,000 characters
  });
  it('belongs to the OCLC rule set', () => {
    const record = bookRecord([df('520', '  ', 'a', 'x'.repeat(12000))]);
    expect(validateRecord(record, 'bib', { rules: [fieldLengthOclcRule], settings: { ruleSet: 'oclc' } })).toHaveLength(
      1,
    );
  });
});

describe('record-length-oclc', () => {
  it('passes an ordinary record', () => {
    expect(run(recordLengthOclcRule, bookRecord())).toEqual([]);
  });
  it('reports a record over 99,999 characters', () => {
    const notes = Array.from({ length: 12 }, () => df('505', '0 ', 'a', 'x'.repeat(9000)));
    const findings = run(recordLengthOclcRule, bookRecord(notes));
    expect(findings.map((f) => f.ruleId)).toEqual(['record-length-oclc']);
    expect(findings[0]?.tag).toBeUndefined();
  });
});

describe('field-length-alma', () => {
  it('passes a long field under 32 KB', () => {
    expect(run(fieldLengthAlmaRule, bookRecord([df('505', '0 ', 'a', 'x'.repeat(30000))]))).toEqual([]);
  });
  it('reports a field over 32 KB, counting UTF-8 bytes', () => {
    expect(run(fieldLengthAlmaRule, bookRecord([df('505', '0 ', 'a', 'é'.repeat(17000))])).map(where)).toEqual([
      { ruleId: 'field-length-alma', tag: '505', occurrence: 0 },
    ]);
    expect(run(fieldLengthAlmaRule, bookRecord([df('505', '0 ', 'a', 'x'.repeat(17000))]))).toEqual([]);
  });
  it('is not in the OCLC rule set', () => {
    const record = bookRecord([df('505', '0 ', 'a', 'x'.repeat(40000))]);
    expect(validateRecord(record, 'bib', { rules: [fieldLengthAlmaRule], settings: { ruleSet: 'oclc' } })).toEqual([]);
  });
});
