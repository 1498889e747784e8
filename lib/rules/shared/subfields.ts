import type { DataField, Subfield } from '../../marc/types';

/** Value of the first subfield with this code, or undefined. */
export function subfieldValue(field: DataField, code: string): string | undefined {
  const subfields = field.subfields;
  for (let i = 0; i < subfields.length; i++) {
    if (subfields[i]!.code === code) return subfields[i]!.value;
  }
  return undefined;
}

/** 0-based position of the first subfield with this code, or -1. */
export function subfieldIndexOf(field: DataField, code: string): number {
  const subfields = field.subfields;
  for (let i = 0; i < subfields.length; i++) {
    if (subfields[i]!.code === code) return i;
  }
  return -1;
}

export function hasSubfield(field: DataField, code: string): boolean {
  return subfieldIndexOf(field, code) >= 0;
}

/**
 * Fixes carry a whole new field (Edit 'replace-field'). These build it as a deep copy, so a fix shares
 * nothing with the record it was computed from and never changes it.
 */
function copySubfields(subfields: readonly Subfield[]): Subfield[] {
  return subfields.map((subfield) => ({ code: subfield.code, value: subfield.value }));
}

/** A copy of the field with one subfield's value replaced. */
export function withSubfieldValue(field: DataField, index: number, value: string): DataField {
  const subfields = copySubfields(field.subfields);
  subfields[index]!.value = value;
  return { tag: field.tag, ind1: field.ind1, ind2: field.ind2, subfields };
}

/** A copy of the field with a subfield inserted at `index`. */
export function withSubfieldInserted(field: DataField, index: number, subfield: Subfield): DataField {
  const subfields = copySubfields(field.subfields);
  subfields.splice(index, 0, { code: subfield.code, value: subfield.value });
  return { tag: field.tag, ind1: field.ind1, ind2: field.ind2, subfields };
}

/** A copy of the field with one indicator changed. */
export function withIndicator(field: DataField, indicator: 1 | 2, value: string): DataField {
  return {
    tag: field.tag,
    ind1: indicator === 1 ? value : field.ind1,
    ind2: indicator === 2 ? value : field.ind2,
    subfields: copySubfields(field.subfields),
  };
}
