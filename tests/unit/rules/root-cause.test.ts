import { describe, expect, it } from 'vitest';
import { readIso2709 } from '../../../lib/marc/iso2709';
import { validateRecord } from '../../../lib/rules/engine';
import { withoutRestatedFaults } from '../../../lib/rules/root-cause';
import type { Finding } from '../../../lib/rules/types';
import { structuralProblem } from '../../../lib/marc/problem-codes';
import { oversizeRecordBytes } from '../marc/oversize-record';

const finding = (ruleId: string, extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  severity: 'error',
  message: 'm',
  ...extra,
});

describe('withoutRestatedFaults', () => {
  it('drops the rule findings that restate a reader problem, and only those', () => {
    const problems = [
      structuralProblem('nonstandard-leader-structure', 'leader/10-11', {}, 'warning'),
      structuralProblem('invalid-utf8', 'bytes', { tag: '852' }),
    ];
    const kept = finding('leader-invalid-code', { tag: 'LDR', position: [5, 6] });
    const otherField = finding('oclc-invalid-characters', { tag: '245', message: 'has "\uFFFD"' });
    const findings = [
      finding('leader-invalid-code', { tag: 'LDR', position: [10, 11] }),
      kept,
      finding('oclc-invalid-characters', { tag: '852', message: 'has "\uFFFD"' }),
      otherField,
    ];
    expect(withoutRestatedFaults(problems, findings)).toEqual([kept, otherField]);
  });

  it('drops C1-control findings on text the reader left unconverted (MARC-8 or mislabelled UTF-8)', () => {
    const problems = [structuralProblem('marc8-declared-but-utf8', 'set it to a', {}, 'warning')];
    const c1 = finding('oclc-invalid-characters', { tag: '245', message: 'has a C1 control character (U+0083)' });
    const other = finding('title-ending-period', { tag: '245' });
    expect(withoutRestatedFaults(problems, [c1, other])).toEqual([other]);
  });

  it('keeps every finding when the reader reported nothing', () => {
    const findings = [finding('record-length-oclc')];
    expect(withoutRestatedFaults([], findings)).toBe(findings);
  });

  it('reports an oversize record once: the reader explains it, record-length-oclc does not repeat it', () => {
    const [result] = [...readIso2709(oversizeRecordBytes(2000))];
    const findings = validateRecord(result!.record!, 'bib', { settings: { ruleSet: 'all' } });
    expect(findings.map((f) => f.ruleId)).toContain('record-length-oclc');
    const shown = withoutRestatedFaults(result!.problems, findings);
    expect(shown.map((f) => f.ruleId)).not.toContain('record-length-oclc');
    expect(result!.problems.map((p) => p.code)).toEqual(['record-too-long']);
  });
});
