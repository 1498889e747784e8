import { describe, expect, it } from 'vitest';
import { buildRecordIndex } from '../../../../lib/rules/record-index';
import {
  BAD_INDICATOR,
  BAD_SUBFIELD_CODE,
  BAD_TAG,
  BLANK_EDGE,
  EMPTY_FIELD,
  HAS_LINKAGE,
  LONG_FIELD,
  ODD_CHARACTER,
  SHAPE_MISMATCH,
  fieldScan,
} from '../../../../lib/rules/structure/field-scan';
import { fieldUnits } from '../../../../lib/rules/structure/field-size';
import type { Field, MarcRecord } from '../../../../lib/marc/types';
import type { RuleContext } from '../../../../lib/rules/types';
import { GENERIC_PROFILE } from '../../../../lib/settings/profile';
import { BOOK_LEADER, bookRecord, cf, df } from './build-record';

function scanOf(record: MarcRecord) {
  const ctx: RuleContext = {
    kind: 'bib',
    record,
    profile: GENERIC_PROFILE,
    options: { allowLocalTags: true },
    index: buildRecordIndex(record),
  };
  return fieldScan(ctx);
}

/** The flags of a record made of one extra field after a clean 245. */
function flagsOf(field: Field): number {
  const scan = scanOf({ leader: BOOK_LEADER, fields: [df('245', '10', 'a', 'Title.'), field] });
  expect(scan.flags[0]).toBe(0);
  return scan.flags[1]!;
}

describe('field scan', () => {
  it('flags nothing in a clean record', () => {
    const scan = scanOf(bookRecord());
    expect(scan.any).toBe(0);
    expect(scan.flags.every((bits) => bits === 0)).toBe(true);
  });

  it('flags each kind of problem on the field that has it', () => {
    expect(flagsOf(df('24', '10', 'a', 'x'))).toBe(BAD_TAG);
    expect(flagsOf(df('2$5', '10', 'a', 'x'))).toBe(BAD_TAG);
    expect(flagsOf(df('008', '  ', 'a', 'x'))).toBe(SHAPE_MISMATCH);
    expect(flagsOf(cf('245', 'x'))).toBe(SHAPE_MISMATCH);
    expect(flagsOf(cf('00A', 'x'))).toBe(0); // a letter tag 00X is a control tag too
    expect(flagsOf(df('00A', '  ', 'a', 'x'))).toBe(SHAPE_MISMATCH);
    expect(flagsOf(df('500', '  '))).toBe(EMPTY_FIELD);
    expect(flagsOf(cf('001', ''))).toBe(EMPTY_FIELD);
    expect(flagsOf(df('500', 'A ', 'a', 'x'))).toBe(BAD_INDICATOR);
    expect(flagsOf(df('500', ' 12', 'a', 'x'))).toBe(0); // df takes two characters: '1' is a good indicator
    expect(flagsOf({ tag: '500', ind1: ' ', ind2: '', subfields: [{ code: 'a', value: 'x' }] })).toBe(BAD_INDICATOR);
    for (const code of ['A', '', 'ab', '$', 'é'])
      expect(flagsOf(df('500', '  ', code, 'x')), code).toBe(BAD_SUBFIELD_CODE);
    for (const value of ['', ' ', ' x', 'x ', '\u00a0x', 'x\u3000'])
      expect(flagsOf(df('500', '  ', 'a', value)), JSON.stringify(value)).toBe(BLANK_EDGE);
    for (const value of [
      'a\tb',
      'a\u001bb',
      'a\u001fb',
      'a\u007fb',
      'a\u0085b',
      'a\ud800',
      'a\udc00b',
      '\ufffd',
      '\uffff',
    ]) {
      expect(flagsOf(df('500', '  ', 'a', value)), JSON.stringify(value)).toBe(ODD_CHARACTER);
    }
    expect(flagsOf(cf('001', 'a\u001bb'))).toBe(ODD_CHARACTER);
    expect(flagsOf(df('700', '1 ', '6', '880-01', 'a', 'x'))).toBe(HAS_LINKAGE);
    expect(flagsOf(df('520', '  ', 'a', 'x'.repeat(9994)))).toBe(0);
    expect(flagsOf(df('520', '  ', 'a', 'x'.repeat(9995)))).toBe(LONG_FIELD);
    expect(flagsOf(cf('009', 'x'.repeat(9999)))).toBe(LONG_FIELD);
  });

  it('collects the bits of all fields and the units the size rules count', () => {
    const record = bookRecord([df('500', ' x', 'a', ' note'), df('24', '10', 'a', 'x')]);
    const scan = scanOf(record);
    expect(scan.any).toBe(BLANK_EDGE | BAD_TAG);
    expect(scan.units).toBe(record.fields.reduce((sum, field) => sum + fieldUnits(field), 0));
  });

  it('is computed once per validation', () => {
    const record = bookRecord();
    const ctx: RuleContext = {
      kind: 'bib',
      record,
      profile: GENERIC_PROFILE,
      options: { allowLocalTags: true },
      index: buildRecordIndex(record),
    };
    expect(fieldScan(ctx)).toBe(fieldScan(ctx));
  });
});
