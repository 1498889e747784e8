import { extractRecords } from '../alma/extract-record';
import type { ExtractedRecord, FieldRowRef } from '../alma/types';
import type { StructuralProblem } from '../../lib/marc/types';
import type { Finding } from '../../lib/rules/types';
import type { Validator } from '../../lib/validation/jobs';
import { findingIdentity } from './finding-identity';
import type { PaneSnapshot, ReadFinding } from './types';

/** One Metadata Editor pane: what content/alma read, and the snapshot the session validates. */
export interface GridPane {
  extracted: ExtractedRecord;
  snapshot: PaneSnapshot;
}

/** Reads every pane of a grid document (two in split view). */
export function readGrid(doc: Document, validator: Validator): GridPane[] {
  return extractRecords(doc).map((extracted) => ({ extracted, snapshot: gridSnapshot(extracted, validator) }));
}

/** The record model in `extracted` is a copy, so the snapshot keeps the record as it was read. */
export function gridSnapshot(extracted: ExtractedRecord, validator: Validator): PaneSnapshot {
  const { record, type, mmsId, pane } = extracted;
  return {
    identity: `${pane}|${type}|${mmsId ?? 'unsaved'}`,
    header: { pane, recordType: type, mmsId, fieldCount: record.fields.length },
    notes: [],
    async validate(settings, options) {
      const result = await validator({ kind: 'record', record, type }, settings, options);
      const findings: ReadFinding[] = [];
      for (const finding of result.findings) findings.push(located(extracted, finding));
      for (const problem of extracted.problems ?? [])
        findings.push(located(extracted, problemFinding(extracted, problem)));
      return { findings, customRuleErrors: result.customRuleErrors };
    },
  };
}

/**
 * The grid row a finding is about: the row of its field, the leader's row for LDR, none for record-level
 * findings. The one place this is worked out: the findings' anchors, highlights, Go to and Fix all use it.
 */
export function fieldRowOf(
  extracted: ExtractedRecord,
  finding: Pick<Finding, 'fieldIndex' | 'tag'>,
): FieldRowRef | null {
  const index = finding.fieldIndex;
  if (index === undefined) return finding.tag === 'LDR' ? extracted.leaderRow : null;
  return extracted.fieldRows[index] ?? null;
}

function located(extracted: ExtractedRecord, finding: Finding): ReadFinding {
  const index = finding.fieldIndex;
  const field = index === undefined ? undefined : extracted.record.fields[index];
  return { finding, identity: findingIdentity(finding, field), anchor: fieldRowOf(extracted, finding)?.row ?? null };
}

/**
 * What content/alma could not read cleanly, as a finding: the cataloger must see it, since the rules did not
 * check that text. A problem names a tag but no occurrence, so it is placed on the field it must be about
 * (the only one with that tag, or the one whose text does not start with `$$`).
 */
function problemFinding(extracted: ExtractedRecord, problem: StructuralProblem): Finding {
  const finding: Finding = {
    ruleId: `grid-${problem.code}`,
    // A row without a tag is one the cataloger is typing; it is worth a note, not a warning.
    severity: problem.code === 'row-without-tag' ? 'info' : problem.severity,
    message: problem.message,
  };
  if (problem.tag === undefined) return finding;
  finding.tag = problem.tag;
  const fieldIndex = fieldOfProblem(extracted, problem.tag, problem.code);
  if (fieldIndex !== undefined) {
    finding.fieldIndex = fieldIndex;
    finding.occurrence = extracted.record.fields
      .slice(0, fieldIndex)
      .filter((field) => field.tag === problem.tag).length;
  }
  return finding;
}

function fieldOfProblem(extracted: ExtractedRecord, tag: string, code: string): number | undefined {
  const candidates: number[] = [];
  extracted.record.fields.forEach((field, index) => {
    if (field.tag === tag) candidates.push(index);
  });
  if (candidates.length === 1) return candidates[0];
  if (code !== 'text-before-first-subfield') return undefined;
  return candidates.find((index) => !(extracted.fieldRows[index]?.textarea?.value ?? '').trimStart().startsWith('$$'));
}
