import type { Finding, Rule } from '../types';
import { OBSOLETE_FIELD } from './definition-scan';
import { flaggedFields, flaggedFinding } from './flagged-fields';

/** What replaces the obsolete fields catalogers still meet most often. */
const REPLACEMENTS: Record<string, string> = {
  '440': 'Record the series in 490 (first indicator 1) and trace it in 830.',
  '840': 'Trace the series in 830.',
  '265': 'Use 037 (Source of Acquisition).',
  '350': 'Use 020 $c or 037 $c (terms of availability).',
  '503': 'Use 500 (General Note).',
  '851': 'Use 852 (Location).',
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
      const advice =
        REPLACEMENTS[definition.tag] ??
        'Move its data to the current field that replaced it (see the MARC 21 field list).';
      findings.push(
        flaggedFinding(this, flagged, {
          message: `${flagged.label}: field ${definition.tag} (${definition.name}) is obsolete. ${advice}`,
        }),
      );
    }
    return findings;
  },
};
