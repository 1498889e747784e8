/**
 * One pass over a record's fields for the structure and character rules: tag, indicator and subfield
 * code syntax, empty values, blanks at the edges, and characters that are never plain text. It only
 * flags fields; each rule then re-examines the flagged fields (few in most records) with its own test
 * and words its findings itself, so a rule reports exactly what it would report walking every field.
 */
import { isControlTag, isDataField } from '../../marc/types';
import { fieldIndexOf, recordMemo, type FieldIndex } from '../record-index';
import type { RuleContext } from '../types';
import { isIndicator, isSubfieldCode, isTag, isWhitespace } from './syntax';

/** A tag that is not three letters or digits. */
export const BAD_TAG = 1;
/** A control tag (00X) with subfields, or another tag without (well-formed tags only). */
export const SHAPE_MISMATCH = 2;
/** A data field without subfields or a control field without a value. */
export const EMPTY_FIELD = 4;
/** An indicator that is not one lowercase letter, digit or blank. */
export const BAD_INDICATOR = 8;
/** A subfield code that is not one lowercase letter or digit. */
export const BAD_SUBFIELD_CODE = 16;
/** A subfield that is empty, or starts or ends with white space. */
export const BLANK_EDGE = 32;
/** A C0 or C1 control character, DEL, a surrogate or U+FFFD-U+FFFF somewhere in the data. */
export const ODD_CHARACTER = 64;
/**
 * A field of more than LONG_FIELD_UNITS UTF-16 units as written (fieldUnits): it may exceed OCLC's 9,999
 * characters or Alma's 32 KB (a unit is at most 3 UTF-8 bytes, so a shorter field fits both).
 */
export const LONG_FIELD = 128;
export const LONG_FIELD_UNITS = 9999;
/** A data field with a subfield $6 (linkage). */
export const HAS_LINKAGE = 256;

/** Control characters (ESC included), DEL, C1 controls, surrogates, U+FFFD and the noncharacters U+FFFE/F. */
const ODD = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFD-\uFFFF]/;

export interface FieldScan {
  /** Bits by field index. */
  readonly flags: readonly number[];
  /** All bits of the record together: a rule whose bit is absent has nothing to report. */
  readonly any: number;
  /** Sum of fieldUnits over the fields: an upper bound on the characters of the fields as written. */
  readonly units: number;
}

function hasBlankEdge(value: string): boolean {
  return value === '' || isWhitespace(value.charCodeAt(0)) || isWhitespace(value.charCodeAt(value.length - 1));
}

function scan(index: FieldIndex): FieldScan {
  const fields = index.fields;
  const tagNumbers = index.tagNumbers;
  const flags = new Array<number>(fields.length);
  let any = 0;
  let recordUnits = 0;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    let bits = 0;
    const n = tagNumbers[i]!; // three digits: a well-formed tag, a control tag below 010
    if (n >= 0) {
      if (n < 10 === isDataField(field)) bits |= SHAPE_MISMATCH;
    } else if (!isTag(field.tag)) bits |= BAD_TAG;
    else if (isControlTag(field.tag) === isDataField(field)) bits |= SHAPE_MISMATCH;
    let units: number; // as fieldUnits (./field-size) counts it
    if (isDataField(field)) {
      const subfields = field.subfields;
      units = 3 + 2 * subfields.length;
      if (subfields.length === 0) bits |= EMPTY_FIELD;
      if (!isIndicator(field.ind1) || !isIndicator(field.ind2)) bits |= BAD_INDICATOR;
      for (let s = 0; s < subfields.length; s++) {
        const subfield = subfields[s]!;
        const code = subfield.code;
        if (!isSubfieldCode(code)) bits |= BAD_SUBFIELD_CODE;
        else if (code === '6') bits |= HAS_LINKAGE;
        const value = subfield.value;
        units += value.length;
        if (hasBlankEdge(value)) bits |= BLANK_EDGE;
        if ((bits & ODD_CHARACTER) === 0 && ODD.test(value)) bits |= ODD_CHARACTER;
      }
    } else {
      units = field.value.length + 1;
      if (field.value === '') bits |= EMPTY_FIELD;
      if (ODD.test(field.value)) bits |= ODD_CHARACTER;
    }
    if (units > LONG_FIELD_UNITS) bits |= LONG_FIELD;
    recordUnits += units;
    flags[i] = bits;
    any |= bits;
  }
  return { flags, any, units: recordUnits };
}

const fieldScanMemo = recordMemo(scan);

/** The record's field scan (computed once per validation). */
export function fieldScan(ctx: RuleContext): FieldScan {
  return fieldIndexOf(ctx).memo(fieldScanMemo);
}
