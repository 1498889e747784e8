import type { Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { hasSubfield } from '../shared/subfields';
import { ruleText } from '../messages';

/** A publisher or distributor number (028 $a) is only meaningful with its source in $b (MARC::Lintadditions check_028). */
export const publisherNumber028: Rule = {
  id: 'publisher-number-028',
  title: 'Publisher number (028) has its source in $b',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Music and video catalogs match on label plus number; a number without its label matches the wrong issues.',
  source: 'https://www.loc.gov/marc/bibliographic/bd028.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const entry of dataFieldsWithLinked(ctx, '028')) {
      if (hasSubfield(entry.field, 'b')) continue;
      findings.push(
        fieldFinding(
          publisherNumber028,
          entry,
          ruleText('publisher-number-028.no-b', placeParams(entry.field.tag, entry.occurrence)),
          { code: 'b' },
        ),
      );
    }
    return findings;
  },
};
