import type { Edit, Finding, Rule, Severity } from '../types';
import type { FieldEntry } from './field-entry';
import { formatRuleMessage, type RuleText } from '../messages';

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

/** A message as text (English only) or by id and parameters (every language of lib/rules/messages). */
export type FindingMessage = string | RuleText;

function withMessage(finding: Finding, message: FindingMessage): Finding {
  if (typeof message === 'string') return finding;
  finding.messageId = message.messageId;
  finding.params = message.params;
  return finding;
}

const englishOf = (message: FindingMessage): string =>
  typeof message === 'string' ? message : formatRuleMessage(message.messageId, message.params, 'en');

/** A finding about one field: copies the rule's id, severity and source, and the field's place. */
export function fieldFinding(rule: Rule, entry: FieldEntry, message: FindingMessage, detail?: FindingDetail): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    message: englishOf(message),
    tag: entry.field.tag,
    occurrence: entry.occurrence,
    fieldIndex: entry.fieldIndex,
    source: rule.source,
  };
  if (detail) Object.assign(finding, detail);
  return withMessage(finding, message);
}

/**
 * A finding about the record as a whole. `tag` names the field concerned even when it is absent
 * (e.g. "no 245"), so the editor and the MARC::Lint parity report can place it.
 */
export function recordFinding(rule: Rule, message: FindingMessage, tag?: string, fix?: Edit): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    message: englishOf(message),
    source: rule.source,
  };
  if (tag !== undefined) finding.tag = tag;
  if (fix) finding.fix = fix;
  return withMessage(finding, message);
}
