import { isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { labelParams, showValue } from './describe';
import { findingText, ruleText, withParams } from '../messages';
import { SPECIFICATIONS_URL, isIndicator } from './syntax';
import { BAD_INDICATOR, fieldScan } from './field-scan';

/** Each indicator is exactly one character: a lowercase letter, a digit or a blank. */
export const indicatorFormatRule: Rule = {
  id: 'indicator-format',
  title: 'Indicators are one character each',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale:
    'MARC records have exactly two one-character indicators per data field; anything else breaks the record structure on export.',
  source: SPECIFICATIONS_URL,
  check(ctx) {
    const fields = ctx.record?.fields;
    if (!fields) return [];
    const scan = fieldScan(ctx);
    if ((scan.any & BAD_INDICATOR) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      if ((scan.flags[i]! & BAD_INDICATOR) === 0) continue;
      const field = fields[i]!;
      if (!isDataField(field)) continue;
      for (const indicator of [1, 2] as const) {
        const value = indicator === 1 ? field.ind1 : field.ind2;
        if (isIndicator(value)) continue;
        const occurrence = ctx.index.occurrenceOf(i);
        findings.push({
          ruleId: this.id,
          severity: this.defaultSeverity,
          fieldIndex: i,
          tag: field.tag,
          occurrence,
          indicator,
          ...findingText(
            ruleText(
              value.length === 1 ? 'indicator-format.character' : 'indicator-format.length',
              withParams(labelParams(ctx.index, field.tag, occurrence), {
                indicator,
                value: showValue(value),
                length: value.length,
              }),
            ),
          ),
        });
      }
    }
    return findings;
  },
};
