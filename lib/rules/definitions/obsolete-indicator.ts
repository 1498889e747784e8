import type { DataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { indicatorWord, showValue } from '../structure/describe';
import { listValues } from './describe-allowed';
import { checkableDefinition, fieldPageUrl, formatOf, labelFor } from './resolve';

/** Indicator values MARC 21 defined once and has made obsolete (e.g. 100 first indicator 2). */
export const obsoleteIndicatorRule: Rule = {
  id: 'obsolete-indicator',
  title: 'No obsolete indicator values',
  defaultSeverity: 'warning',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'Obsolete indicator values come from old records; current systems no longer act on them.',
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
        const value = indicator === 1 ? (field as DataField).ind1 : (field as DataField).ind2;
        if (!definition.obsoleteIndicators[indicator - 1]!.has(value)) continue;
        const occurrence = ctx.index.occurrenceOf(i);
        const allowed = definition.indicators[indicator - 1];
        const current = allowed ? ` Use a current value: ${listValues(allowed)}.` : '';
        findings.push({
          ruleId: this.id,
          severity: this.defaultSeverity,
          fieldIndex: i,
          tag: field.tag,
          occurrence,
          indicator,
          message: `${labelFor(ctx.index, field, occurrence, definition)}: the ${indicatorWord(indicator)} indicator ${value === ' ' ? 'blank' : showValue(value)} is obsolete in ${definition.tag}.${current}`,
          source: fieldPageUrl(format, definition),
        });
      }
    }
    return findings;
  },
};
