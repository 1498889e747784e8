import type { Finding, Rule } from '../types';
import { isDataField } from '../../marc/types';
import { isLocalTag } from '../../marc21/definitions';
import { fieldFinding } from '../shared/make-finding';
import { fieldPlace, quoted, subfieldPlace } from '../shared/place';
import { parseLinkage } from '../shared/linkage';
import { withSubfieldValue } from '../shared/subfields';
import { HAS_LINKAGE, fieldScan } from '../structure/field-scan';

/** Punctuation or spaces keyed after the linkage by habit ("880-21."). */
const TRAILING_PUNCTUATION = /[\s.,;:]+$/;

/**
 * MARC::Lint: "880: No subfield 6." An 880 only means something through its $6, which names the
 * field it is the other-script form of ("245-01"). Also checks the $6 form (TAG-NN[/script[/r]]) in
 * every field, which Lint does not, except locally defined fields (9XX, X9X): their subfields, $6
 * included, mean what the library defines (https://www.loc.gov/marc/bibliographic/bd9xx.html).
 */
export const linkage880Subfield6: Rule = {
  id: 'linkage-880-subfield-6',
  title: '880 has a well-formed $6',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'Without a readable $6, an 880 is not shown next to its field and may be dropped on export.',
  source: 'https://www.loc.gov/marc/bibliographic/bd880.html',
  check(ctx) {
    const findings: Finding[] = [];
    const fields = ctx.record?.fields ?? [];
    const flags = fieldScan(ctx).flags;
    for (let fieldIndex = 0; fieldIndex < fields.length; fieldIndex++) {
      const field = fields[fieldIndex]!;
      // Only a $6, or an 880 without one, can be reported.
      if (!isDataField(field) || ((flags[fieldIndex]! & HAS_LINKAGE) === 0 && field.tag !== '880')) continue;
      if (isLocalTag(field.tag)) continue;
      let sawLinkage = false;
      const subfields = field.subfields;
      for (let i = 0; i < subfields.length; i++) {
        if (subfields[i]!.code !== '6') continue;
        const value = subfields[i]!.value;
        if (!sawLinkage && parseLinkage(value) === null) {
          const occurrence = ctx.index.occurrenceOf(fieldIndex);
          const trimmed = value.replace(TRAILING_PUNCTUATION, '');
          const fixable = trimmed !== value && parseLinkage(trimmed) !== null;
          findings.push(
            fieldFinding(
              linkage880Subfield6,
              { field, fieldIndex, occurrence },
              `${subfieldPlace(field.tag, occurrence, '6')}: ${quoted(value)} is not a linkage; it must be the linked tag, a hyphen and a two-digit occurrence number (e.g. "${field.tag === '880' ? '245' : '880'}-01"), optionally followed by "/" and a script code.`,
              {
                code: '6',
                subfieldIndex: i,
                ...(fixable
                  ? {
                      fix: {
                        type: 'replace-field' as const,
                        fieldIndex,
                        field: withSubfieldValue(field, i, trimmed),
                        description: `Write $6 as "${trimmed}"`,
                        safe: true,
                      },
                    }
                  : {}),
              },
            ),
          );
        }
        sawLinkage = true;
      }
      if (!sawLinkage && field.tag === '880') {
        const occurrence = ctx.index.occurrenceOf(fieldIndex);
        findings.push(
          fieldFinding(
            linkage880Subfield6,
            { field, fieldIndex, occurrence },
            `${fieldPlace('880', occurrence)} has no $6. Add $6 with the tag and occurrence number of the field it represents (e.g. "245-01"), as the first subfield.`,
            { code: '6' },
          ),
        );
      }
    }
    return findings;
  },
};
