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

/** A copy of the field with one subfield's value replaced (fixes never mutate the record). */
export function withSubfieldValue(field: DataField, index: number, value: string): DataField {
  const subfields = field.subfields.map((subfield, i) => (i === index ? { code: subfield.code, value } : subfield));
  return { tag: field.tag, ind1: field.ind1, ind2: field.ind2, subfields };
}

/** A copy of the field with a subfield inserted at `index`. */
export function withSubfieldInserted(field: DataField, index: number, subfield: Subfield): DataField {
  const subfields = field.subfields.slice();
  subfields.splice(index, 0, subfield);
  return { tag: field.tag, ind1: field.ind1, ind2: field.ind2, subfields };
}

/** A copy of the field with one indicator changed. */
export function withIndicator(field: DataField, indicator: 1 | 2, value: string): DataField {
  return {
    tag: field.tag,
    ind1: indicator === 1 ? value : field.ind1,
    ind2: indicator === 2 ? value : field.ind2,
    subfields: field.subfields.slice(),
  };
}
