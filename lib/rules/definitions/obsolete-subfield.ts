import type { Finding, Rule } from '../types';
import { HAS_OBSOLETE_SUBFIELD } from './definition-scan';
import { asDataField, flaggedFields, flaggedFinding } from './flagged-fields';
import { findingText, ruleText, withParams } from '../messages';

/** Subfields MARC 21 defined once and has made obsolete (e.g. 245 $d, 856 $g in its old meaning). */
export const obsoleteSubfieldRule: Rule = {
  id: 'obsolete-subfield',
  title: 'No obsolete subfields',
  defaultSeverity: 'warning',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'Obsolete subfields come from old records; their data is no longer displayed or indexed.',
  source: 'https://www.loc.gov/marc/bibliographic/ecbdlist.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const flagged of flaggedFields(ctx, HAS_OBSOLETE_SUBFIELD)) {
      const { definition } = flagged;
      const subfields = asDataField(flagged).subfields;
      for (let s = 0; s < subfields.length; s++) {
        const code = subfields[s]!.code;
        if (definition.subfields.get(code)?.obsolete !== true) continue;
        findings.push(
          flaggedFinding(this, flagged, {
            code,
            subfieldIndex: s,
            ...findingText(
              ruleText(
                'obsolete-subfield.obsolete',
                withParams(flagged.labelParams, { code, definedTag: definition.tag }),
              ),
            ),
          }),
        );
      }
    }
    return findings;
  },
};
