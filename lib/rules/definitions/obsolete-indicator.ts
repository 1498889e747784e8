import type { DataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { indicatorWord, showValue } from '../structure/describe';
import { listValues } from './describe-allowed';
import { INDICATOR1_IS_OBSOLETE, INDICATOR2_IS_OBSOLETE, definitionScan } from './definition-scan';
import { fieldPageUrl, formatOf, labelFor } from './resolve';

const OBSOLETE = INDICATOR1_IS_OBSOLETE | INDICATOR2_IS_OBSOLETE;

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
    const scan = definitionScan(ctx, format);
    if ((scan.any & OBSOLETE) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      const problems = scan.problems[i]!;
      if ((problems & OBSOLETE) === 0) continue;
      // Flagged fields have a checkable definition and are data fields.
      const definition = scan.governing[i]!;
      const field = fields[i] as DataField;
      for (const indicator of [1, 2] as const) {
        if ((problems & (indicator === 1 ? INDICATOR1_IS_OBSOLETE : INDICATOR2_IS_OBSOLETE)) === 0) continue;
        const value = indicator === 1 ? field.ind1 : field.ind2;
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
