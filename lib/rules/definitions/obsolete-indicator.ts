import type { Finding, Rule } from '../types';
import { INDICATOR1_IS_OBSOLETE, INDICATOR2_IS_OBSOLETE } from './definition-scan';
import { asDataField, flaggedFields, flaggedFinding } from './flagged-fields';
import { findingText, ruleText, withParams } from '../messages';

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
    const findings: Finding[] = [];
    for (const flagged of flaggedFields(ctx, OBSOLETE)) {
      const { definition, problems } = flagged;
      const field = asDataField(flagged);
      for (const indicator of [1, 2] as const) {
        if ((problems & (indicator === 1 ? INDICATOR1_IS_OBSOLETE : INDICATOR2_IS_OBSOLETE)) === 0) continue;
        const value = indicator === 1 ? field.ind1 : field.ind2;
        const allowed = definition.indicators[indicator - 1];
        findings.push(
          flaggedFinding(this, flagged, {
            indicator,
            ...findingText(
              allowed
                ? ruleText(
                    'obsolete-indicator.obsolete-use',
                    withParams(flagged.labelParams, {
                      indicator,
                      value,
                      definedTag: definition.tag,
                      allowed: [...allowed].join(''),
                    }),
                  )
                : ruleText(
                    'obsolete-indicator.obsolete',
                    withParams(flagged.labelParams, { indicator, value, definedTag: definition.tag }),
                  ),
            ),
          }),
        );
      }
    }
    return findings;
  },
};
