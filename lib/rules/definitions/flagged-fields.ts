import type { DataField, Field } from '../../marc/types';
import type { FieldDefinition } from '../../marc21/definitions';
import type { Finding, Rule, RuleContext } from '../types';
import { definitionScan } from './definition-scan';
import { fieldPageUrl, formatOf, labelFor } from './resolve';

/** A field the definition scan flagged for a rule, with what the rule needs to word its findings. */
export interface FlaggedField {
  index: number;
  field: Field;
  /** The definition the field is judged by (for an 880, the field it stands for). */
  definition: FieldDefinition;
  /** All the field's problem bits (definition-scan.ts). */
  problems: number;
  occurrence: number;
  /** How messages name the field, e.g. "Field 245" or "Field 880 (occurrence 2, for 245)". */
  label: string;
  /** The field's MARC 21 page. */
  source: string;
  /** What a message's `{label}` is made of (lib/rules/messages): the label above in every language. */
  labelParams: { tag: string; occurrence: number; several: 0 | 1; for?: string };
}

const NONE: readonly FlaggedField[] = [];

/**
 * The fields flagged with any of `flags`, in record order; none when the record has no definitions to
 * judge by. Most records have no flagged field, so this usually returns at once without allocating.
 */
export function flaggedFields(ctx: RuleContext, flags: number): readonly FlaggedField[] {
  const format = formatOf(ctx);
  const fields = ctx.record?.fields;
  if (!format || !fields) return NONE;
  const scan = definitionScan(ctx, format);
  if ((scan.any & flags) === 0) return NONE;
  const flagged: FlaggedField[] = [];
  for (let index = 0; index < fields.length; index++) {
    const problems = scan.problems[index]!;
    if ((problems & flags) === 0) continue;
    // A flagged field always has a checkable definition (definition-scan.ts).
    const field = fields[index]!;
    const definition = scan.governing[index]!;
    const occurrence = ctx.index.occurrenceOf(index);
    flagged.push({
      index,
      field,
      definition,
      problems,
      occurrence,
      label: labelFor(ctx.index, field, occurrence, definition),
      source: fieldPageUrl(format, definition),
      labelParams: {
        tag: field.tag,
        occurrence,
        several: ctx.index.byTag(field.tag).length > 1 ? 1 : 0,
        ...(field.tag === '880' ? { for: definition.tag } : {}),
      },
    });
  }
  return flagged;
}

/** Subfield and indicator problems are flagged on data fields only. */
export const asDataField = (flagged: FlaggedField): DataField => flagged.field as DataField;

/** A definition rule's finding on a flagged field: the rule, the field's place and its MARC 21 page. */
export function flaggedFinding(
  rule: Rule,
  flagged: FlaggedField,
  details: Pick<Finding, 'message'> & Partial<Finding>,
): Finding {
  return {
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    fieldIndex: flagged.index,
    tag: flagged.field.tag,
    occurrence: flagged.occurrence,
    source: flagged.source,
    ...details,
  };
}
