/**
 * Builders for the fixes structure rules offer: each returns a replace-field Edit for one field. Removing a
 * subfield (an empty one) or changing its data (trimming blanks) is certain from the field itself, so `safe`;
 * changing a subfield's CODE is not: an uppercase $A can be a typo for $a, or a local subfield a system such
 * as Aleph writes on purpose (876 $A next to $a), so only a person should apply it.
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
    safe: replacement === null || replacement.code === field.subfields[subfieldIndex]?.code,
  };
}
