import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../../lib/rules/apply-edit';
import { validateRecord } from '../../../../lib/rules/engine';
import { FIELD_FINDING_CAP } from '../../../../lib/rules/shared/field-cap';
import type { Finding } from '../../../../lib/rules/types';
import type { DataField, MarcRecord, Subfield } from '../../../../lib/marc/types';
import { BOOK_LEADER, chattyRule } from '../helpers';
import { LINEAR_RATIO_LIMIT, doublingRatio, memoryDoublingRatio } from '../../growth';

function titleWith(subfields: Subfield[]): MarcRecord {
  return {
    leader: BOOK_LEADER,
    fields: [
      { tag: '001', value: '1' },
      { tag: '008', value: '200101s2020    xxu           000 0 eng d' },
      { tag: '245', ind1: '1', ind2: '0', subfields: [{ code: 'a', value: 'Title.' }, ...subfields] },
    ],
  };
}

const repeated = (n: number, subfield: Subfield): Subfield[] => Array.from({ length: n }, () => ({ ...subfield }));

function byRule(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((finding) => finding.ruleId === ruleId);
}

describe('findings of one kind in one field are capped', () => {
  it('gives each of a few empty subfields its own finding', () => {
    const findings = byRule(validateRecord(titleWith(repeated(3, { code: 'b', value: '' })), 'bib'), 'empty-subfield');
    expect(findings).toHaveLength(3);
    expect(findings[0]!.message).toContain('$b');
  });

  it('gives 4,096 empty subfields one finding that counts them, names the first, and removes them all', () => {
    const record = titleWith(repeated(4096, { code: 'a', value: '' }));
    const findings = byRule(validateRecord(record, 'bib'), 'empty-subfield');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe(
      '245: 4,096 empty subfields; the first at $a (subfield 2). Type their content or remove them.',
    );
    expect(findings[0]!.subfieldIndex).toBe(1);
    const fixed = applyEdit(record, findings[0]!.fix!);
    expect((fixed.fields[2] as DataField).subfields).toEqual([{ code: 'a', value: 'Title.' }]);
    expect(byRule(validateRecord(fixed, 'bib'), 'empty-subfield')).toEqual([]);
  });

  it('caps blanks at the edges, uppercase codes and control characters the same way', () => {
    const cases: Array<[string, Subfield, string]> = [
      ['subfield-whitespace', { code: 'b', value: ' x ' }, '245: 600 subfields start or end with a blank'],
      ['subfield-code-format', { code: 'B', value: 'x' }, '245: 600 subfields have malformed codes'],
      ['control-characters', { code: 'b', value: 'x\u0009y' }, '245: 600 subfields have invalid control characters'],
    ];
    for (const [ruleId, subfield, message] of cases) {
      const record = titleWith(repeated(600, subfield));
      const findings = byRule(validateRecord(record, 'bib'), ruleId);
      expect(findings, ruleId).toHaveLength(1);
      expect(findings[0]!.message.startsWith(message), findings[0]!.message).toBe(true);
      if (findings[0]!.fix)
        expect(byRule(validateRecord(applyEdit(record, findings[0]!.fix), 'bib'), ruleId)).toEqual([]);
    }
  });

  it('collapses any rule that reports more than the cap in one field (engine safety net), without a fix', () => {
    const chatty = chattyRule((ctx) =>
      (ctx.record!.fields[2] as DataField).subfields.map((_, s) => ({
        severity: 'warning' as const,
        fieldIndex: 2,
        subfieldIndex: s,
        message: `subfield ${s + 1}`,
        fix: { type: 'set-leader' as const, leader: BOOK_LEADER, description: 'x', safe: false },
      })),
    );
    const few = validateRecord(titleWith(repeated(FIELD_FINDING_CAP - 1, { code: 'b', value: 'x' })), 'bib', {
      rules: [chatty],
    });
    expect(few).toHaveLength(FIELD_FINDING_CAP);
    const many = validateRecord(titleWith(repeated(99, { code: 'b', value: 'x' })), 'bib', { rules: [chatty] });
    expect(many).toHaveLength(1);
    expect(many[0]!.message).toBe(
      '245: 100 findings of "Chatty test rule" in this field, shown as one; the first: subfield 1',
    );
    expect(many[0]!.fix).toBeUndefined();
    // A rewritten message loses its id, so no language shows the first finding's words alone.
    expect(many[0]!.messageId).toBeUndefined();
  });
});

describe('validation cost grows linearly with repeated subfields', () => {
  const subfieldKinds: Array<[string, Subfield]> = [
    ['empty', { code: 'a', value: '' }],
    ['blank-edged', { code: 'a', value: ' x ' }],
    ['uppercase code', { code: 'A', value: 'x' }],
    ['control character', { code: 'a', value: '\u0001' }],
  ];
  for (const [kind, subfield] of subfieldKinds) {
    it(`${kind} subfields: doubling them at most about doubles the time and the memory of the findings`, () => {
      const ratio = doublingRatio(
        (n) => titleWith(repeated(n, subfield)),
        (record) => validateRecord(record, 'bib'),
        4000,
      );
      expect(ratio).toBeLessThan(LINEAR_RATIO_LIMIT);
      // A copy of the field per finding (the quadratic path of issue 15) kept n copies of n subfields.
      const memory = memoryDoublingRatio(
        (n) => titleWith(repeated(n, subfield)),
        (record) => validateRecord(record, 'bib'),
        4000,
      );
      expect(memory).toBeLessThan(LINEAR_RATIO_LIMIT);
    });
  }
});
