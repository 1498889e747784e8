import type { DataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { indicatorWord, showValue } from '../structure/describe';
import { listValues } from './describe-allowed';
import { INDICATOR1_INVALID, INDICATOR2_INVALID, definitionScan } from './definition-scan';
import { fieldPageUrl, formatOf, labelFor } from './resolve';

const INVALID = INDICATOR1_INVALID | INDICATOR2_INVALID;

/** Indicator values are ones MARC 21 defines for the field (obsolete values: obsolete-indicator). */
export const invalidIndicatorRule: Rule = {
  id: 'invalid-indicator',
  title: 'Indicators hold defined values',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'Indicators control filing, display constants and added entries; an undefined value is ignored or misread by every system.',
  source: 'https://www.loc.gov/marc/bibliographic/ecbdlist.html',
  check(ctx) {
    const format = formatOf(ctx);
    const fields = ctx.record?.fields;
    if (!format || !fields) return [];
    const scan = definitionScan(ctx, format);
    if ((scan.any & INVALID) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      const problems = scan.problems[i]!;
      if ((problems & INVALID) === 0) continue;
      // Flagged fields have a checkable definition and are data fields.
      const definition = scan.governing[i]!;
      const field = fields[i] as DataField;
      for (const indicator of [1, 2] as const) {
        if ((problems & (indicator === 1 ? INDICATOR1_INVALID : INDICATOR2_INVALID)) === 0) continue;
        const allowed = definition.indicators[indicator - 1]!;
        const value = indicator === 1 ? field.ind1 : field.ind2;
        const occurrence = ctx.index.occurrenceOf(i);
        const shown = value === ' ' ? 'blank' : showValue(value);
        findings.push({
          ruleId: this.id,
          severity: this.defaultSeverity,
          fieldIndex: i,
          tag: field.tag,
          occurrence,
          indicator,
          message:
            `${labelFor(ctx.index, field, occurrence, definition)}: the ${indicatorWord(indicator)} indicator is ${shown}, ` +
            `but ${definition.tag} allows only ${listValues(allowed)} there. Correct the indicator.`,
          source: fieldPageUrl(format, definition),
        });
      }
    }
    return findings;
  },
};
