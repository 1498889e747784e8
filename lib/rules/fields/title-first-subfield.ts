import type { DataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { hasSubfield } from '../shared/subfields';
import { ruleText, withParams } from '../messages';

/**
 * MARC::Lint check_245: the first subfield must be $a, or $6 followed by $a. We also accept $k
 * (form) first when the field has no $a, as MARC 21 allows for collections; Lint warns there. Control
 * subfields come before the data: $6 first, then any $8 field link (MARC 21 Appendix A, "Control
 * subfields": https://www.loc.gov/marc/bibliographic/ecbdcntf.html), so "$8 1\c $a Title" and
 * "$6 880-01 $8 1\c $a Title" are both right; Lint warns on $8.
 */
export const titleFirstSubfield: Rule = {
  id: 'title-first-subfield',
  title: '245 starts with $a (after $6)',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'Displays and indexes read the title proper from the first subfield; $6 must come first when present.',
  source: 'https://www.loc.gov/marc/bibliographic/bd245.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const entry of dataFieldsWithLinked(ctx, '245')) {
      const subfields = entry.field.subfields;
      const place = placeParams(entry.field.tag, entry.occurrence);
      if (hasSubfield(entry.field, '6')) {
        if (subfields.length < 2) {
          findings.push(
            fieldFinding(titleFirstSubfield, entry, ruleText('title-first-subfield.only-6', place), { code: '6' }),
          );
          continue;
        }
        if (subfields[0]!.code !== '6') {
          // Lint then also complains about the subfield after it; one finding says it better.
          findings.push(
            fieldFinding(
              titleFirstSubfield,
              entry,
              ruleText('title-first-subfield.6-not-first', withParams(place, { code: subfields[0]!.code })),
              {
                code: '6',
                subfieldIndex: subfields.findIndex((s) => s.code === '6'),
              },
            ),
          );
          continue;
        }
        const secondIndex = afterFieldLinks(subfields, 1);
        const second = subfields[secondIndex]?.code;
        if (second !== undefined && !isTitleCode(second, entry.field)) {
          findings.push(
            fieldFinding(
              titleFirstSubfield,
              entry,
              ruleText('title-first-subfield.not-a-after-6', withParams(place, { code: second })),
              {
                code: second,
                subfieldIndex: secondIndex,
              },
            ),
          );
        }
        continue;
      }
      const firstIndex = afterFieldLinks(subfields, 0);
      const first = subfields[firstIndex]?.code;
      if (isTitleCode(first, entry.field)) continue;
      findings.push(
        fieldFinding(
          titleFirstSubfield,
          entry,
          first === undefined
            ? ruleText('title-first-subfield.no-subfields', place)
            : ruleText('title-first-subfield.not-a-first', withParams(place, { code: first })),
          first === undefined ? {} : { code: first, subfieldIndex: firstIndex },
        ),
      );
    }
    return findings;
  },
};

/** The index of the first subfield at or after `start` that is not a $8 field link. */
function afterFieldLinks(subfields: DataField['subfields'], start: number): number {
  let index = start;
  while (index < subfields.length - 1 && subfields[index]!.code === '8') index++;
  return index;
}

function isTitleCode(code: string | undefined, field: DataField): boolean {
  return code === 'a' || (code === 'k' && !hasSubfield(field, 'a'));
}
