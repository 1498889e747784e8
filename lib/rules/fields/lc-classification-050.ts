import type { Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { hasSubfield, subfieldIndexOf } from '../shared/subfields';
import { ruleText, withParams } from '../messages';

/** MARC::Lintadditions: $a must start with capital letters followed by digits. */
const LC_CLASS_START = /^[A-Z]+ ?\d+/;
const HAS_CUTTER = /\.[A-Z]/;
/**
 * LC's shelf numbers for materials it does not shelve by class: minimal-level cataloging ("MLCS 2002/01234 (P)",
 * MLCM, MLCSN, MLCME) and microform accession numbers ("Microfiche 90/61328 (P)", "Microfilm 84/7220 (M)"),
 * https://www.loc.gov/catdir/catmodes.html (minimal level cataloging) and LC's Subject Cataloging Manual F 650
 * (microforms are shelved by a second 050). They are complete call numbers with no item number.
 */
const LC_SHELF_NUMBER = /^(?:MLC[A-Z]{0,3}|Micro(?:fiche|film|opaque)) \d{2,4}\/\d+/;

/**
 * LC call number (050), after MARC::Lintadditions check_050: $a looks like an LC class number, and
 * $b (item number) is present unless $a already holds the Cutter. Lintadditions' checks for double
 * Cutters and unfinished Cutters are left out: they have too many exceptions (G schedule, dates).
 */
export const lcClassification050: Rule = {
  id: 'lc-classification-050',
  title: 'LC call number (050) form',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Holdings call numbers are derived from 050; a malformed class or missing item number gives a wrong shelf location.',
  source: 'https://www.loc.gov/marc/bibliographic/bd050.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const entry of dataFieldsWithLinked(ctx, '050')) {
      const field = entry.field;
      const index = subfieldIndexOf(field, 'a');
      if (index < 0) continue;
      const classNumber = field.subfields[index]!.value;
      // LC's designation for law materials it does not class in K (050 _4 $aLAW); it has no item number.
      if (classNumber === 'LAW' || LC_SHELF_NUMBER.test(classNumber)) continue;
      if (!LC_CLASS_START.test(classNumber)) {
        findings.push(
          fieldFinding(
            lcClassification050,
            entry,
            ruleText(
              'lc-classification-050.not-class',
              withParams(placeParams(field.tag, entry.occurrence, 'a'), { value: quoted(classNumber) }),
            ),
            {
              code: 'a',
              subfieldIndex: index,
            },
          ),
        );
        continue;
      }
      // First indicator 1 (item not in LC): LC gives such items a class number only, without shelflisting
      // elements (Subject Cataloging Manual F 650, the suggested class number of a microform).
      if (!hasSubfield(field, 'b') && !HAS_CUTTER.test(classNumber) && field.ind1 !== '1') {
        findings.push(
          fieldFinding(
            lcClassification050,
            entry,
            ruleText('lc-classification-050.no-item-number', placeParams(field.tag, entry.occurrence)),
            { code: 'b' },
          ),
        );
      }
    }
    return findings;
  },
};
