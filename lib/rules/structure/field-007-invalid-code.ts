import { field007Categories } from '../../marc21/definitions';
import type { Finding, Rule } from '../types';
import { fieldLabel, showValue } from './describe';
import {
  SOURCES,
  controlFieldsTagged,
  formatOf,
  invalidCodeMessage,
  layoutFor007,
  positionFinding,
  positionsWithVerdict,
  whereIs,
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
        findings.push({
          ...base,
          position: [0, 1],
          message:
            `${fieldLabel(ctx.index, '007', occurrence)}/00 (Category of material) is ${showValue(field.value.charAt(0))}, which is not defined. ` +
            `Use one of ${field007Categories().join(', ')}.`,
        });
        continue;
      }
      for (const hit of positionsWithVerdict(field.value, layout, 'invalid', { skipStart: 0 })) {
        const message = `${invalidCodeMessage(whereIs('007', hit, ctx.index, occurrence), hit, layout)} Correct it in the 007 form editor.`;
        findings.push(positionFinding({ ...base, message }, hit));
      }
    }
    return findings;
  },
};
