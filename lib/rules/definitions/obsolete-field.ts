import type { Finding, Rule } from '../types';
import { OBSOLETE_FIELD } from './definition-scan';
import { flaggedFields, flaggedFinding } from './flagged-fields';
import { findingText, ruleText, withParams, type RuleMessageId } from '../messages';

/** What replaces the obsolete fields catalogers still meet most often: each has its own message. */
const REPLACEMENTS: Record<string, RuleMessageId> = {
  '440': 'obsolete-field.440',
  '840': 'obsolete-field.840',
  '265': 'obsolete-field.265',
  '350': 'obsolete-field.350',
  '503': 'obsolete-field.503',
  '851': 'obsolete-field.851',
};

/** Fields MARC 21 has made obsolete (440, 211, 350, …). */
export const obsoleteFieldRule: Rule = {
  id: 'obsolete-field',
  title: 'No obsolete fields',
  defaultSeverity: 'warning',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale:
    'Obsolete fields are no longer indexed or displayed by current systems and are rejected by OCLC for new input.',
  source: 'https://www.loc.gov/marc/bibliographic/ecbdlist.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const flagged of flaggedFields(ctx, OBSOLETE_FIELD)) {
      // An 880 paired with an obsolete field is fixed together with it: report the field once.
      if (flagged.field.tag === '880') continue;
      const { definition } = flagged;
      const id = REPLACEMENTS[definition.tag] ?? 'obsolete-field.obsolete';
      const params = withParams(flagged.labelParams, { definedTag: definition.tag, name: definition.name });
      findings.push(flaggedFinding(this, flagged, findingText(ruleText(id, params))));
    }
    return findings;
  },
};
