import type { Finding, Rule } from '../types';
import { INDICATOR1_INVALID, INDICATOR2_INVALID } from './definition-scan';
import { asDataField, flaggedFields, flaggedFinding } from './flagged-fields';
import { findingText, ruleText, withParams } from '../messages';

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
        findings.push(
          flaggedFinding(this, flagged, {
            indicator,
            ...findingText(
              ruleText(
                'invalid-indicator.not-allowed',
                withParams(flagged.labelParams, {
                  indicator,
                  value,
                  definedTag: definition.tag,
                  allowed: [...allowed].join(''),
                }),
              ),
            ),
          }),
        );
      }
    }
    return findings;
  },
};
