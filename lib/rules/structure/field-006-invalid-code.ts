import { field006Layout } from '../../marc21/definitions';
import type { Finding, Rule } from '../types';
import { labelParams, showValue } from './describe';
import { findingText, ruleText, withParams } from '../messages';
import {
  SOURCES,
  controlFieldsTagged,
  invalidCodeParams,
  positionFinding,
  positionsWithVerdict,
  whereParams,
} from './fixed-fields';

/** 006/00 names a form of material, and 006/01-17 hold the codes defined for it (as 008/18-34). */
export const field006InvalidCodeRule: Rule = {
  id: 'field-006-invalid-code',
  title: '006 positions hold defined codes',
  defaultSeverity: 'error',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale:
    '006 describes additional material characteristics (e.g. the online form of a print book); undefined codes are rejected by OCLC validation.',
  source: SOURCES['006'].bib,
  check(ctx) {
    if (!ctx.record) return [];
    const findings: Finding[] = [];
    for (const { field, fieldIndex, occurrence } of controlFieldsTagged(ctx.index, '006')) {
      if (field.value === '') continue;
      const base = { ruleId: this.id, severity: this.defaultSeverity, tag: '006', occurrence, fieldIndex } as const;
      const form = field006Layout(field.value.charAt(0));
      if (!form) {
        const text = ruleText(
          'field-006-invalid-code.form',
          withParams(labelParams(ctx.index, '006', occurrence), {
            value: showValue(field.value.charAt(0)),
          }),
        );
        findings.push(Object.assign(findingText(text), base, { position: [0, 1] as [number, number] }));
        continue;
      }
      for (const hit of positionsWithVerdict(field.value, form.layout, 'invalid', { skipStart: 0 })) {
        const where = whereParams('006', hit, ctx.index, occurrence);
        const code = invalidCodeParams(hit, form.layout);
        const text = ruleText(
          `field-006-invalid-code.invalid${code.each}${where.form}`,
          withParams(where.params, code.params),
        );
        findings.push(positionFinding(Object.assign(findingText(text), base), hit));
      }
    }
    return findings;
  },
};
