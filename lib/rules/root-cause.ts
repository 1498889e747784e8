/**
 * One fault, one finding, across the reader and the rules. When a reader has already explained a
 * fault (a StructuralProblem), a rule finding that reports the same fault again is dropped: the
 * reader's message names the root cause (bytes, offsets, what it did), the rule's only the symptom.
 * Used wherever both are shown together (the CLI); in the editor there is no reader problem, so the
 * rules report these faults themselves.
 */
import type { StructuralProblem } from '../marc/types';
import type { Finding } from './types';

/** Leader positions the reader's nonstandard-leader-structure problem already covers. */
const LEADER_STRUCTURE_POSITIONS: ReadonlySet<number> = new Set([10, 11, 20, 21, 22, 23]);

/** Whether `finding` restates `problem`. */
function restates(problem: StructuralProblem, finding: Finding): boolean {
  switch (problem.code) {
    case 'record-too-long':
      // The record's size: OCLC's 99,999 limit is ISO 2709's own.
      return finding.ruleId === 'record-length-oclc';
    case 'nonstandard-leader-structure':
      return (
        finding.ruleId === 'leader-invalid-code' &&
        finding.position !== undefined &&
        LEADER_STRUCTURE_POSITIONS.has(finding.position[0])
      );
    case 'invalid-utf8':
      // The U+FFFD the reader put in place of the bytes it reported, in the field it named.
      return (
        finding.ruleId === 'oclc-invalid-characters' &&
        finding.message.includes('\uFFFD') &&
        (problem.tag === undefined || finding.tag === problem.tag)
      );
    case 'marc8-declared-but-utf8':
    case 'marc8-not-converted':
      // Text kept one character per byte: UTF-8 continuation bytes and MARC-8 bytes 0x80-0x9F read as
      // C1 controls. They are the unconverted encoding the reader reported, not characters to retype.
      return finding.ruleId === 'oclc-invalid-characters' && finding.message.includes('C1 control');
    default:
      return false;
  }
}

/** The rule findings that do not restate one of the reader's problems (the same array when none does). */
export function withoutRestatedFaults(problems: readonly StructuralProblem[], findings: Finding[]): Finding[] {
  if (problems.length === 0 || findings.length === 0) return findings;
  const relevant = problems.filter(
    (problem) =>
      problem.code === 'record-too-long' ||
      problem.code === 'nonstandard-leader-structure' ||
      problem.code === 'invalid-utf8' ||
      problem.code === 'marc8-declared-but-utf8' ||
      problem.code === 'marc8-not-converted',
  );
  if (relevant.length === 0) return findings;
  return findings.filter((finding) => !relevant.some((problem) => restates(problem, finding)));
}
