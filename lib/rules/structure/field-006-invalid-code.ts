import { field006Layout } from '../../marc21/definitions';
import type { Finding, Rule } from '../types';
import { fieldLabel, showValue } from './describe';
import {
  SOURCES,
  controlFieldsTagged,
  invalidCodeMessage,
  positionFinding,
  positionsWithVerdict,
  whereIs,
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
        findings.push({
          ...base,
          position: [0, 1],
          message:
            `${fieldLabel(ctx.index, '006', occurrence)}/00 (Form of material) is ${showValue(field.value.charAt(0))}, which is not defined. ` +
            'Use a (language material), t (manuscript), m (computer file), e or f (maps), c, d, i or j (music), s (continuing resource), g, k, o or r (visual material) or p (mixed materials).',
        });
        continue;
      }
      for (const hit of positionsWithVerdict(field.value, form.layout, 'invalid', { skipStart: 0 })) {
        const message = `${invalidCodeMessage(whereIs('006', hit, ctx.index, occurrence), hit, form.layout)} Correct it in the 006 form editor.`;
        findings.push(positionFinding({ ...base, message }, hit));
      }
    }
    return findings;
  },
};
