import type { ItemRecord } from '../../page-model';
import type { DataField, MarcRecord } from '../../marc/types';
import { isDataField } from '../../marc/types';
import type { Edit, Finding, Rule, RuleContext } from '../types';
import { findingText, type RuleText } from '../messages';

/**
 * Small helpers the procedure and item rules share. Findings copy the rule's id, default severity and
 * source; the engine applies the user's severity settings afterwards.
 */

export function recordFinding(rule: Rule, message: string | RuleText, where: Partial<Finding> = {}): Finding {
  const text = typeof message === 'string' ? { message } : findingText(message);
  return { ruleId: rule.id, severity: rule.defaultSeverity, ...text, source: rule.source, ...where };
}

export function itemFinding(rule: Rule, itemField: keyof ItemRecord, message: string | RuleText, fix?: Edit): Finding {
  const text = typeof message === 'string' ? { message } : findingText(message);
  const finding: Finding = { ruleId: rule.id, severity: rule.defaultSeverity, ...text, itemField, source: rule.source };
  if (fix) finding.fix = fix;
  return finding;
}

/** The bib a rule is about: the record itself for bib checks, the parent bib for holdings and item checks. */
export function bibInContext(ctx: RuleContext): MarcRecord | undefined {
  return ctx.kind === 'bib' ? ctx.record : ctx.bib;
}

export interface DataFieldEntry {
  field: DataField;
  fieldIndex: number;
  occurrence: number;
}

/** The record's data fields with this tag, from the validation's index (no scan of the record). */
export function indexedDataFields(ctx: RuleContext, tag: string): DataFieldEntry[] {
  const entries = ctx.index.byTag(tag);
  const found: DataFieldEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (isDataField(entry.field)) found.push(entry as DataFieldEntry);
  }
  return found;
}

/** Value of the first subfield with this code, or undefined. */
export function subfield(field: DataField, code: string): string | undefined {
  for (let i = 0; i < field.subfields.length; i++) {
    if (field.subfields[i]!.code === code) return field.subfields[i]!.value;
  }
  return undefined;
}

export function filled(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** Text of a coded value as people see it: "Main Stacks (mstk)". */
export function codedText(value: { code: string; label: string }): string {
  const label = value.label.trim();
  const code = value.code.trim();
  if (label && code && label !== code) return `${label} (${code})`;
  return label || code;
}
