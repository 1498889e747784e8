import type { DataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { indicatorWord, showValue } from '../structure/describe';
import { isIndicator } from '../structure/syntax';
import { listValues } from './describe-allowed';
import { checkableDefinition, fieldPageUrl, formatOf, labelFor } from './resolve';

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
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      const definition = checkableDefinition(format, field);
      if (!definition) continue;
      for (const indicator of [1, 2] as const) {
        const allowed = definition.indicators[indicator - 1];
        const value = indicator === 1 ? (field as DataField).ind1 : (field as DataField).ind2;
        if (!allowed || allowed.has(value) || definition.obsoleteIndicators[indicator - 1]!.has(value)) continue;
        if (!isIndicator(value)) continue; // malformed: indicator-format reports it
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
