/**
 * Bounded output for rules that judge each subfield of a field. A stuck key or a bad paste can give a
 * field thousands of empty or malformed subfields; one finding per subfield would then cost a copy of the
 * field per finding (quadratic time and memory) and bury the panel. Past FIELD_FINDING_CAP findings of one
 * kind in one field, the rule gives one summary finding instead: how many, and where the first one is.
 */
import type { DataField, Subfield } from '../../marc/types';
import type { Edit } from '../types';

/** Findings of one rule in one field given one by one; more than this become one summary finding. */
export const FIELD_FINDING_CAP = 5;

/** True when `count` findings in one field are to be given as one summary finding. */
export function overFieldCap(count: number): boolean {
  return count > FIELD_FINDING_CAP;
}

/**
 * "subfield 2 ($a)": where the first of many findings is. Counted by position, not by code: the
 * code's own ordinal ("2nd $a") would need a pass over the field per finding.
 */
export function firstAt(field: DataField, subfieldIndex: number): string {
  const code = field.subfields[subfieldIndex]?.code ?? '';
  return /^[!-~]$/.test(code) ? `$${code} (subfield ${subfieldIndex + 1})` : `subfield ${subfieldIndex + 1}`;
}

/** "4,096" (counts in messages are read by people). */
export function countText(count: number): string {
  return count.toLocaleString('en-US');
}

/** Indexes of the subfields that pass `test`, in order: one pass, no copies. */
export function subfieldsWhere(
  field: DataField,
  test: (subfield: Subfield, subfieldIndex: number) => boolean,
): number[] {
  const found: number[] = [];
  const subfields = field.subfields;
  for (let s = 0; s < subfields.length; s++) if (test(subfields[s]!, s)) found.push(s);
  return found;
}

/**
 * One edit for a whole field: `change` gives each subfield's replacement, or null to remove it. The field
 * is copied once, whatever the number of subfields changed (the bulk fix of a summary finding). `safe`: the
 * same structural corrections the one-subfield fixes make (drop empty subfields, trim, lowercase a code).
 */
export function fieldSubfieldsEdit(
  field: DataField,
  fieldIndex: number,
  change: (subfield: Subfield, subfieldIndex: number) => Subfield | null,
  description: string,
): Edit {
  const subfields: Subfield[] = [];
  for (let s = 0; s < field.subfields.length; s++) {
    const replacement = change(field.subfields[s]!, s);
    if (replacement) subfields.push({ code: replacement.code, value: replacement.value });
  }
  return {
    type: 'replace-field',
    fieldIndex,
    field: { tag: field.tag, ind1: field.ind1, ind2: field.ind2, subfields },
    description,
    safe: true,
  };
}
