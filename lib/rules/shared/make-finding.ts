import type { Edit, Finding, Rule, Severity } from '../types';
import type { FieldEntry } from './field-entry';

/** Where in the record a finding points, beyond the field itself. */
export interface FindingDetail {
  /** A severity other than the rule's default (e.g. info for a code that may be newer than LC's list). */
  severity?: Severity;
  indicator?: 1 | 2;
  code?: string;
  subfieldIndex?: number;
  position?: [number, number];
  fix?: Edit;
}

/** A finding about one field: copies the rule's id, severity and source, and the field's place. */
export function fieldFinding(rule: Rule, entry: FieldEntry, message: string, detail?: FindingDetail): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    message,
    tag: entry.field.tag,
    occurrence: entry.occurrence,
    fieldIndex: entry.fieldIndex,
    source: rule.source,
  };
  if (detail) Object.assign(finding, detail);
  return finding;
}

/**
 * A finding about the record as a whole. `tag` names the field concerned even when it is absent
 * (e.g. "no 245"), so the editor and the MARC::Lint parity report can place it.
 */
export function recordFinding(rule: Rule, message: string, tag?: string, fix?: Edit): Finding {
  const finding: Finding = { ruleId: rule.id, severity: rule.defaultSeverity, message, source: rule.source };
  if (tag !== undefined) finding.tag = tag;
  if (fix) finding.fix = fix;
  return finding;
}
