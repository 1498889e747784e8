import type { Finding, Rule } from '../types';
import { indicatorWord, showValue } from '../structure/describe';
import { listValues } from './describe-allowed';
import { INDICATOR1_INVALID, INDICATOR2_INVALID } from './definition-scan';
import { asDataField, flaggedFields, flaggedFinding } from './flagged-fields';

const INVALID = INDICATOR1_INVALID | INDICATOR2_INVALID;

/** Indicator values are ones MARC 21 defines for the field (obsolete values: obsolete-indicator). */
export const invalidIndicatorRule: Rule = {
  id: 'invalid-indicator',
  title: 'Indicators hold defined values',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale:
    'Indicators control filing, display constants and added entries; an undefined value is ignored or misread by every system.',
  source: 'https://www.loc.gov/marc/bibliographic/ecbdlist.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const flagged of flaggedFields(ctx, INVALID)) {
      const { definition, problems } = flagged;
      const field = asDataField(flagged);
      for (const indicator of [1, 2] as const) {
        if ((problems & (indicator === 1 ? INDICATOR1_INVALID : INDICATOR2_INVALID)) === 0) continue;
        const allowed = definition.indicators[indicator - 1]!;
        const value = indicator === 1 ? field.ind1 : field.ind2;
        const shown = value === ' ' ? 'blank' : showValue(value);
        findings.push(
          flaggedFinding(this, flagged, {
            indicator,
            message:
              `${flagged.label}: the ${indicatorWord(indicator)} indicator is ${shown}, ` +
              `but ${definition.tag} allows only ${listValues(allowed)} there. Correct the indicator.`,
          }),
        );
      }
    }
    return findings;
  },
};
