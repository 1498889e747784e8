import { field007Categories } from '../../marc21/definitions';
import type { Finding, Rule } from '../types';
import { labelParams, showValue } from './describe';
import { findingText, ruleText, withParams } from '../messages';
import {
  SOURCES,
  controlFieldsTagged,
  formatOf,
  invalidCodeParams,
  layoutFor007,
  positionFinding,
  positionsWithVerdict,
  whereParams,
} from './fixed-fields';

/** 007/00 names a category of material, and the other positions hold the codes defined for that category. */
export const field007InvalidCodeRule: Rule = {
  id: 'field-007-invalid-code',
  title: '007 positions hold defined codes',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: '007 codes drive format facets (DVD, microfilm, online); undefined codes are rejected by OCLC validation.',
  source: SOURCES['007'].bib,
  check(ctx) {
    const format = formatOf(ctx);
    if (!format || !ctx.record) return [];
    const findings: Finding[] = [];
    for (const { field, fieldIndex, occurrence } of controlFieldsTagged(ctx.index, '007')) {
      if (field.value === '') continue;
      const base = {
        ruleId: this.id,
        severity: this.defaultSeverity,
        tag: '007',
        occurrence,
        fieldIndex,
        source: SOURCES['007'][format],
      } as const;
      const layout = layoutFor007(field.value);
      if (!layout) {
        const text = ruleText(
          'field-007-invalid-code.category',
          withParams(labelParams(ctx.index, '007', occurrence), {
            value: showValue(field.value.charAt(0)),
            categories: field007Categories().join(', '),
          }),
        );
        findings.push(Object.assign(findingText(text), base, { position: [0, 1] as [number, number] }));
        continue;
      }
      for (const hit of positionsWithVerdict(field.value, layout, 'invalid', { skipStart: 0 })) {
        const where = whereParams('007', hit, ctx.index, occurrence);
        const code = invalidCodeParams(hit, layout);
        const text = ruleText(
          `field-007-invalid-code.invalid${code.each}${where.form}`,
          withParams(where.params, code.params),
        );
        findings.push(positionFinding(Object.assign(findingText(text), base), hit));
      }
    }
    return findings;
  },
};
