import type { Finding, Rule } from '../types';
import { isDataField } from '../../marc/types';
import { isLocalTag } from '../../marc21/definitions';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { parseLinkage } from '../shared/linkage';
import { withSubfieldValue } from '../shared/subfields';
import { HAS_LINKAGE, fieldScan } from '../structure/field-scan';
import { ruleText, withParams } from '../messages';

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
              ruleText(
                'linkage-880-subfield-6.not-linkage',
                withParams(placeParams(field.tag, occurrence, '6'), {
                  value: quoted(value),
                  example: field.tag === '880' ? '245' : '880',
                }),
              ),
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
            ruleText('linkage-880-subfield-6.no-6', placeParams('880', occurrence)),
            { code: '6' },
          ),
        );
      }
    }
    return findings;
  },
};
