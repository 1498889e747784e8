import type { Finding, Rule } from '../types';
import { codeListDates, geographicAreaCodes, obsoleteGeographicAreaCodes } from '../../marc21/codelists';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { ruleText } from '../messages';

/**
 * MARC::Lint check_043: each $a must be exactly seven characters (e.g. "n-us---") and be in the
 * MARC Code List for Geographic Areas; obsolete codes are reported as such.
 */
export const geographicArea043: Rule = {
  id: 'geographic-area-043',
  title: 'Geographic area codes (043) are valid',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Geographic area codes drive place facets; a malformed or retired code silently drops the record from them.',
  source: 'https://www.loc.gov/marc/bibliographic/bd043.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const entry of dataFieldsWithLinked(ctx, '043')) {
      const subfields = entry.field.subfields;
      for (let i = 0; i < subfields.length; i++) {
        const { code, value } = subfields[i]!;
        if (code !== 'a' || geographicAreaCodes.has(value)) continue;
        const place = placeParams(entry.field.tag, entry.occurrence, 'a');
        const message =
          value.length !== 7
            ? ruleText('geographic-area-043.length', { ...place, value: quoted(value) })
            : obsoleteGeographicAreaCodes.has(value)
              ? ruleText('geographic-area-043.obsolete', { ...place, value })
              : ruleText('geographic-area-043.unknown', { ...place, value, date: codeListDates['geographic-areas'] });
        findings.push(fieldFinding(geographicArea043, entry, message, { code: 'a', subfieldIndex: i }));
      }
    }
    return findings;
  },
};
