import type { Finding, Rule } from '../types';
import { labelParams, showValue } from './describe';
import { findingText, ruleText, withParams } from '../messages';
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
        ...findingText(
          ruleText(
            length < 18 ? 'field-006-length.short' : 'field-006-length.long',
            withParams(labelParams(ctx.index, '006', occurrence), { length, value: showValue(field.value) }),
          ),
        ),
      });
    }
    return findings;
  },
};
