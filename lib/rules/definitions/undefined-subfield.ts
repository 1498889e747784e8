import type { Finding, Rule } from '../types';
import { isSubfieldCode } from '../structure/syntax';
import { HAS_UNDEFINED_SUBFIELD } from './definition-scan';
import { asDataField, flaggedFields, flaggedFinding } from './flagged-fields';
import { findingText, ruleText, withParams } from '../messages';

/** Subfield codes are ones MARC 21 defines for the field (obsolete codes: obsolete-subfield). */
export const undefinedSubfieldRule: Rule = {
  id: 'undefined-subfield',
  title: 'Subfield codes are defined for their field',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'Data in an undefined subfield is not displayed or indexed; it is usually a mistyped code.',
  source: 'https://www.loc.gov/marc/bibliographic/ecbdlist.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const flagged of flaggedFields(ctx, HAS_UNDEFINED_SUBFIELD)) {
      const { definition } = flagged;
      const subfields = asDataField(flagged).subfields;
      for (let s = 0; s < subfields.length; s++) {
        const code = subfields[s]!.code;
        if (definition.subfields.has(code) || !isSubfieldCode(code)) continue; // malformed: subfield-code-format
        findings.push(
          flaggedFinding(this, flagged, {
            code,
            subfieldIndex: s,
            ...findingText(
              ruleText(
                'undefined-subfield.not-allowed',
                withParams(flagged.labelParams, { code, definedTag: definition.tag, name: definition.name }),
              ),
            ),
          }),
        );
      }
    }
    return findings;
  },
};
