/**
 * Applies a finding's fix (an Edit) to a record. Pure: returns a new record and leaves the input
 * untouched, so the editor integration can compare before and after, and undo is trivial.
 * Item edits (`set-item-field`) are not record edits; content/alma applies those to the item form.
 */
import type { Field, MarcRecord } from '../marc/types';
import { isDataField } from '../marc/types';
import type { Edit } from './types';

function copyField(field: Field): Field {
  return isDataField(field)
    ? {
        tag: field.tag,
        ind1: field.ind1,
        ind2: field.ind2,
        subfields: field.subfields.map((s) => ({ code: s.code, value: s.value })),
      }
    : { tag: field.tag, value: field.value };
}

export function applyEdit(record: MarcRecord, edit: Edit): MarcRecord {
  switch (edit.type) {
    case 'set-leader':
      return { leader: edit.leader, fields: record.fields.slice() };
    case 'replace-field': {
      if (!Number.isInteger(edit.fieldIndex) || edit.fieldIndex < 0 || edit.fieldIndex >= record.fields.length) {
        throw new RangeError(
          `Cannot apply "${edit.description}": the record has ${record.fields.length} fields and the fix targets field ${edit.fieldIndex + 1}. The record may have changed since it was checked; check it again.`,
        );
      }
      const fields = record.fields.slice();
      fields[edit.fieldIndex] = copyField(edit.field);
      return { leader: record.leader, fields };
    }
    case 'set-item-field':
      throw new TypeError(
        `Cannot apply "${edit.description}" to a MARC record: it changes the item form, not the record.`,
      );
  }
}
