import type { Finding, Rule } from '../types';
import { showValue } from './describe';
import { SOURCES, controlFieldsTagged, formatOf, layoutFor008 } from './fixed-fields';
import { findingText, ruleText } from '../messages';

/** 008 is 40 characters in bibliographic records and 32 in holdings records. */
export const field008LengthRule: Rule = {
  id: 'field-008-length',
  title: '008 has the length its format requires',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: '008 positions are read by position: a short or long 008 shifts dates, language and every coded value.',
  source: SOURCES['008'].bib,
  check(ctx) {
    const format = formatOf(ctx);
    const record = ctx.record;
    if (!format || !record) return [];
    const expected = layoutFor008(format, record.leader).minLength;
    const findings: Finding[] = [];
    for (const { field, fieldIndex, occurrence } of controlFieldsTagged(ctx.index, '008')) {
      const length = field.value.length;
      if (length === expected || length === 0) continue; // empty fields: empty-field rule
      findings.push({
        ruleId: this.id,
        severity: this.defaultSeverity,
        tag: '008',
        occurrence,
        fieldIndex,
        ...findingText(
          ruleText(`field-008-length.${format}-${length < expected ? 'short' : 'long'}`, {
            length,
            value: showValue(field.value, 45),
            expected,
          }),
        ),
        source: SOURCES['008'][format],
      });
    }
    return findings;
  },
};
