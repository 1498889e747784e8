import type { Finding, Rule } from '../types';
import { fieldLabel, showValue } from './describe';
import { SOURCES, controlFieldsTagged } from './fixed-fields';

/** 006 is always 18 characters (006/00 form of material + the 17 positions of 008/18-34). */
export const field006LengthRule: Rule = {
  id: 'field-006-length',
  title: '006 is 18 characters long',
  defaultSeverity: 'error',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'A 006 of the wrong length shifts every coded position after the error.',
  source: SOURCES['006'].bib,
  check(ctx) {
    if (!ctx.record) return [];
    const findings: Finding[] = [];
    for (const { field, fieldIndex, occurrence } of controlFieldsTagged(ctx.index, '006')) {
      const length = field.value.length;
      if (length === 18 || length === 0) continue;
      findings.push({
        ruleId: this.id,
        severity: this.defaultSeverity,
        tag: '006',
        occurrence,
        fieldIndex,
        message:
          `${fieldLabel(ctx.index, '006', occurrence)} is ${length} characters long (${showValue(field.value)}); 006 has exactly 18. ` +
          `${length < 18 ? 'Fill the missing positions with blanks or codes' : 'Remove the extra characters'} (the 006 form editor shows each position).`,
      });
    }
    return findings;
  },
};
