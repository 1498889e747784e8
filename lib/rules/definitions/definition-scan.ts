/**
 * One pass over a record's fields against the MARC 21 definitions, shared by the definition rules: the
 * definition each field is judged by, and which kinds of problem each field may have. Each rule then
 * looks only at the fields flagged for it (most records have few), and words its findings itself.
 */
import { isDataField, type DataField } from '../../marc/types';
import {
  INDICATOR1_ALLOWED,
  INDICATOR1_OBSOLETE,
  INDICATOR2_ALLOWED,
  INDICATOR2_OBSOLETE,
  SUBFIELD_DEFINED,
  SUBFIELD_NOT_REPEATABLE,
  SUBFIELD_OBSOLETE,
  fieldDefinition,
  fieldDefinitionOfNumber,
  type FieldDefinition,
  type MarcFormat,
} from '../../marc21/definitions';
import { fieldIndexOf, recordMemo, type FieldIndex } from '../record-index';
import type { RuleContext } from '../types';
import { isLowerAlnum } from '../structure/syntax';
import { isCheckable, linkedTag } from './resolve';

/** Problem bits per field (DefinitionScan.problems). */
export const INDICATOR1_INVALID = 1;
export const INDICATOR2_INVALID = 2;
export const INDICATOR1_IS_OBSOLETE = 4;
export const INDICATOR2_IS_OBSOLETE = 8;
export const HAS_UNDEFINED_SUBFIELD = 16;
export const HAS_OBSOLETE_SUBFIELD = 32;
export const HAS_REPEATED_SUBFIELD = 64;
/** No definition governs the field (undefined tag, or an 880 whose $6 names none). */
export const NO_DEFINITION = 128;
export const OBSOLETE_FIELD = 256;

export interface DefinitionScan {
  /** The definition each field is judged by (an 880: that of the tag in its $6), by field index. */
  readonly governing: ReadonlyArray<FieldDefinition | undefined>;
  /** Problem bits by field index; indicator and subfield bits only for fields with a checkable definition. */
  readonly problems: readonly number[];
  /** All problem bits of the record together: a rule whose bit is absent has nothing to report. */
  readonly any: number;
}

// Per-field subfield code counts without allocating: one slot per ASCII code, reset after each field.
const counts = new Uint8Array(128);

function indicatorProblems(
  value: string,
  flags: Uint8Array,
  allowed: number,
  obsolete: number,
  invalidBit: number,
  obsoleteBit: number,
): number {
  // Values that are not one ASCII character are malformed: indicator-format reports them.
  if (value.length !== 1) return 0;
  const code = value.charCodeAt(0);
  if (code >= 128) return 0;
  const bits = flags[code]!;
  if (bits & obsolete) return obsoleteBit;
  if (bits & allowed) return 0;
  return code === 32 || isLowerAlnum(code) ? invalidBit : 0;
}

function subfieldProblems(field: DataField, flags: Uint8Array): number {
  const subfields = field.subfields;
  let problems = 0;
  for (let s = 0; s < subfields.length; s++) {
    const code = subfields[s]!.code;
    if (code.length !== 1) continue; // malformed: subfield-code-format reports it
    const char = code.charCodeAt(0);
    if (char >= 128) continue;
    const bits = flags[char]!;
    if (!(bits & SUBFIELD_DEFINED)) {
      if (isLowerAlnum(char)) problems |= HAS_UNDEFINED_SUBFIELD;
      continue;
    }
    if (bits & SUBFIELD_OBSOLETE) problems |= HAS_OBSOLETE_SUBFIELD;
    if ((bits & SUBFIELD_NOT_REPEATABLE) !== 0 && ++counts[char]! > 1) problems |= HAS_REPEATED_SUBFIELD;
  }
  for (let s = 0; s < subfields.length; s++) {
    const code = subfields[s]!.code;
    if (code.length === 1 && code.charCodeAt(0) < 128) counts[code.charCodeAt(0)] = 0;
  }
  return problems;
}

function scan(index: FieldIndex, format: MarcFormat): DefinitionScan {
  const fields = index.fields;
  const tagNumbers = index.tagNumbers;
  const governing = new Array<FieldDefinition | undefined>(fields.length);
  const problems = new Array<number>(fields.length);
  let any = 0;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    let definition: FieldDefinition | undefined;
    if (field.tag === '880' && isDataField(field)) {
      const tag = linkedTag(field);
      definition = tag ? fieldDefinition(format, tag) : undefined;
    } else {
      const n = tagNumbers[i]!;
      definition = n >= 0 ? fieldDefinitionOfNumber(format, n) : fieldDefinition(format, field.tag);
    }
    governing[i] = definition;
    let bits = 0;
    if (!definition) bits = NO_DEFINITION;
    else {
      if (definition.obsolete) bits |= OBSOLETE_FIELD;
      if (isDataField(field) && isCheckable(definition)) {
        const flags = definition.codeFlags;
        bits |=
          indicatorProblems(
            field.ind1,
            flags,
            INDICATOR1_ALLOWED,
            INDICATOR1_OBSOLETE,
            INDICATOR1_INVALID,
            INDICATOR1_IS_OBSOLETE,
          ) |
          indicatorProblems(
            field.ind2,
            flags,
            INDICATOR2_ALLOWED,
            INDICATOR2_OBSOLETE,
            INDICATOR2_INVALID,
            INDICATOR2_IS_OBSOLETE,
          ) |
          subfieldProblems(field, flags);
      }
    }
    problems[i] = bits;
    any |= bits;
  }
  return { governing, problems, any };
}

const bibScan = recordMemo((index) => scan(index, 'bib'));
const holdingsScan = recordMemo((index) => scan(index, 'holdings'));

/** The record's definition scan for its format (computed once per validation). */
export function definitionScan(ctx: RuleContext, format: MarcFormat): DefinitionScan {
  return fieldIndexOf(ctx).memo(format === 'bib' ? bibScan : holdingsScan);
}
