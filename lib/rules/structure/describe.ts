/**
 * Wording helpers shared by the MARC 21 structure and definition rules, so every message names the
 * place the same way: "245", "650 (2nd)", "2nd $a", "008/24-27".
 */
import type { DataField } from '../../marc/types';
import type { RecordIndex } from '../types';

const PRINTABLE_CODE = /^[!-~]$/;

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** "245" when the tag occurs once, "650 (2nd)" when it repeats (occurrence is 0-based). */
export function fieldLabel(index: RecordIndex, tag: string, occurrence: number): string {
  return index.byTag(tag).length > 1 ? `${tag} (${ordinal(occurrence + 1)})` : tag;
}

/** The parameters of a message's `{label}` (lib/rules/messages): the same "245" / "650 (2nd)" as fieldLabel. */
export function labelParams(index: RecordIndex, tag: string, occurrence: number): LabelParams {
  return { tag, occurrence, several: index.byTag(tag).length > 1 ? 1 : 0 };
}

// A type, not an interface: message parameters are an index-signature record.
export type LabelParams = { tag: string; occurrence: number; several: 0 | 1 };

/** "$a" when the code occurs once in the field, "2nd $a" when it repeats; "subfield 3" when the code is unprintable. */
export function subfieldLabel(field: DataField, subfieldIndex: number): string {
  const code = field.subfields[subfieldIndex]?.code ?? '';
  if (!PRINTABLE_CODE.test(code)) return `subfield ${subfieldIndex + 1}`;
  let nth = 0;
  let total = 0;
  for (let i = 0; i < field.subfields.length; i++) {
    if (field.subfields[i]?.code !== code) continue;
    total++;
    if (i <= subfieldIndex) nth++;
  }
  return total > 1 ? `${ordinal(nth)} $${code}` : `$${code}`;
}

/**
 * subfieldLabel as a message id suffix and parameters (lib/rules/messages): '' for "$a" ({sub}), '-nth' for
 * "2nd $a" ({nth:ordinal} {sub}), '-position' for "subfield 3" (subfield {position}).
 */
export function subfieldLabelParams(field: DataField, subfieldIndex: number): SubfieldLabel {
  const code = field.subfields[subfieldIndex]?.code ?? '';
  const position = subfieldIndex + 1;
  if (!PRINTABLE_CODE.test(code)) return { form: '-position', params: { code, nth: 0, position } };
  let nth = 0;
  let total = 0;
  for (let i = 0; i < field.subfields.length; i++) {
    if (field.subfields[i]?.code !== code) continue;
    total++;
    if (i <= subfieldIndex) nth++;
  }
  return { form: total > 1 ? '-nth' : '', params: { code, nth, position } };
}

export type SubfieldLabel = { form: '' | '-nth' | '-position'; params: SubfieldParams };
export type FirstAt = { form: '' | '-position'; params: SubfieldParams };
type SubfieldParams = { code: string; nth: number; position: number };

/**
 * firstAt (lib/rules/shared/field-cap.ts) as a message id suffix and parameters: '' for "$a (subfield 3)"
 * ({sub} (subfield {position})), '-position' for "subfield 3" when the code is unprintable.
 */
export function firstAtParams(field: DataField, subfieldIndex: number): FirstAt {
  const code = field.subfields[subfieldIndex]?.code ?? '';
  return { form: PRINTABLE_CODE.test(code) ? '' : '-position', params: { code, nth: 0, position: subfieldIndex + 1 } };
}

/** A value quoted for a message, with invisible characters made visible and long values shortened. */
export function showValue(value: string, max = 40): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(shown);
}

/** "first" / "second" for indicator messages. */
export function indicatorWord(indicator: 1 | 2): string {
  return indicator === 1 ? 'first' : 'second';
}
