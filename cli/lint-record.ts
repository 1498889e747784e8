/**
 * Turns one read record into the CLI's findings: structural problems from the reader first
 * (as `structure/<code>` findings), then the rule engine's findings for the record's kind.
 */
import type { MarcRecord, ReadResult, StructuralProblem } from '../lib/marc/types';
import { isControlField } from '../lib/marc/types';
import type { Finding } from '../lib/rules/types';
import { validateRecord, type ValidateOptions } from '../lib/rules/engine';
import { withoutRestatedFaults } from '../lib/rules/root-cause';
import { recordKindOf } from './record-kind';
import type { RuleSetName } from './parse-args';

export interface LintedRecord {
  /** 0-based index of the record in its file. */
  index: number;
  /** Byte (ISO 2709) or character (text formats) offset of the record in its file. */
  offset: number;
  /** The record's 001 (control number), when it has one. */
  controlNumber: string | null;
  /** 245 $a, for the HTML report's record list; only looked up for records with findings. */
  title?: string | null;
  kind: 'bib' | 'holdings' | null;
  findings: Finding[];
  /** The record as read, only when the caller asked for it (lintFile keepRecords: --good/--bad of text formats). */
  record?: MarcRecord | null;
}

/** Prefix of rule ids given to the readers' structural problems, so they can be told apart from rules. */
export const STRUCTURE_RULE_PREFIX = 'structure/';

export function problemToFinding(problem: StructuralProblem): Finding {
  const finding: Finding = {
    ruleId: STRUCTURE_RULE_PREFIX + problem.code,
    severity: problem.severity,
    message: problem.message,
  };
  if (problem.tag !== undefined) finding.tag = problem.tag;
  return finding;
}

function titleOf(result: ReadResult): string | null {
  const fields = result.record?.fields;
  if (!fields) return null;
  for (const field of fields) {
    if (field.tag !== '245' || isControlField(field)) continue;
    for (const subfield of field.subfields) if (subfield.code === 'a') return subfield.value.trim() || null;
    return null;
  }
  return null;
}

function controlNumberOf(result: ReadResult): string | null {
  const fields = result.record?.fields;
  if (!fields) return null;
  for (const field of fields) {
    if (field.tag === '001' && isControlField(field)) return field.value.trim() || null;
  }
  return null;
}

/** One options object per rule set, built once: no allocation per record, and the engine's selection cache hits. */
export const VALIDATE_OPTIONS: Record<RuleSetName, ValidateOptions> = {
  all: { settings: { ruleSet: 'all' } },
  oclc: { settings: { ruleSet: 'oclc' } },
};

/** Lints one read record with a rule set's defaults, or with the options a settings file gave (lint-config.ts). */
export function lintReadResult(result: ReadResult, options: RuleSetName | ValidateOptions): LintedRecord {
  let kind: LintedRecord['kind'] = null;
  let findings: Finding[] = [];
  if (result.record) {
    kind = recordKindOf(result.record);
    findings = withoutRestatedFaults(
      result.problems,
      validateRecord(result.record, kind, typeof options === 'string' ? VALIDATE_OPTIONS[options] : options),
    );
  }
  // Reading problems come first: they explain findings about damaged fields.
  if (result.problems.length > 0) findings = result.problems.map(problemToFinding).concat(findings);
  return {
    index: result.index,
    offset: result.offset,
    controlNumber: controlNumberOf(result),
    title: findings.length > 0 ? titleOf(result) : null,
    kind,
    findings,
  };
}
