import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../lib/rules/apply-edit';
import { bookRecord, df } from './structure/build-record';

describe('applyEdit', () => {
  it('replaces one field and returns a new record, leaving the input untouched', () => {
    const record = bookRecord();
    const before = JSON.stringify(record);
    const index = record.fields.findIndex((f) => f.tag === '245');
    const replacement = df('245', '14', 'a', 'The title /', 'c', 'Jane Smith.');
    const edited = applyEdit(record, {
      type: 'replace-field',
      fieldIndex: index,
      field: replacement,
      description: 'Fix 245',
      safe: true,
    });
    expect(edited).not.toBe(record);
    expect(edited.fields[index]).toEqual(replacement);
    expect(edited.fields[index]).not.toBe(replacement); // copied: later edits to the Edit do not leak in
    expect(edited.fields.filter((_, i) => i !== index)).toEqual(record.fields.filter((_, i) => i !== index));
    expect(JSON.stringify(record)).toBe(before);
  });

  it('sets the leader', () => {
    const record = bookRecord();
    const edited = applyEdit(record, {
      type: 'set-leader',
      leader: '01234nam a2200289 a 4500',
      description: 'Fix leader/05',
      safe: true,
    });
    expect(edited.leader).toBe('01234nam a2200289 a 4500');
    expect(record.leader).not.toBe(edited.leader);
    expect(edited.fields).toEqual(record.fields);
  });

  it('refuses an edit for a field that is not there, with a clear error', () => {
    const record = bookRecord();
    expect(() =>
      applyEdit(record, {
        type: 'replace-field',
        fieldIndex: 99,
        field: df('500', '  ', 'a', 'x'),
        description: 'Fix 500',
        safe: true,
      }),
    ).toThrow(/the record has \d+ fields and the fix targets field 100/);
  });

  it('refuses item edits, which belong to the item form', () => {
    expect(() =>
      applyEdit(bookRecord(), {
        type: 'set-item-field',
        field: 'barcode',
        value: '1',
        description: 'Set barcode',
        safe: false,
      }),
    ).toThrow(TypeError);
  });
});
