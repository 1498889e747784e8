/**
 * Builders for the safe fixes structure rules offer: each returns a replace-field Edit for one field, marked
 * `safe` because a structural correction (removing an empty subfield, trimming blanks, lowercasing a code) is
 * certain from the field itself.
 */
import type { DataField, Subfield } from '../../marc/types';
import type { Edit } from '../types';

/** Replaces (or, with `replacement` null, removes) one subfield of a data field. */
export function subfieldEdit(
  field: DataField,
  fieldIndex: number,
  subfieldIndex: number,
  replacement: Subfield | null,
  description: string,
): Edit {
  const subfields: Subfield[] = [];
  for (let i = 0; i < field.subfields.length; i++) {
    const subfield = field.subfields[i] as Subfield;
    if (i !== subfieldIndex) subfields.push({ code: subfield.code, value: subfield.value });
    else if (replacement) subfields.push({ code: replacement.code, value: replacement.value });
  }
  return {
    type: 'replace-field',
    fieldIndex,
    field: { tag: field.tag, ind1: field.ind1, ind2: field.ind2, subfields },
    description,
    safe: true,
  };
}
