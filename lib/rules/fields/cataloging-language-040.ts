import type { Finding, Rule } from '../types';
import { codeListDates, languageCodes, obsoleteLanguageCodes } from '../../marc21/codelists';
import { firstDataField } from '../shared/field-entry';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { subfieldIndexOf } from '../shared/subfields';
import { ruleText } from '../messages';

/**
 * 040 $b (language of cataloging), when present, is a code of the MARC Code List for Languages
 * (MARC::Lintadditions check_040 validates the code). That $b must be there is OCLC's input standard,
 * not the format: the policy rule oclc-cataloging-language says so.
 */
export const catalogingLanguage040: Rule = {
  id: 'cataloging-language-040',
  title: 'Language of cataloging (040 $b) is a MARC language code',
  defaultSeverity: 'info',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'Shared catalogs pick records by language of cataloging; a code outside the MARC list is not found.',
  source: 'https://www.loc.gov/marc/bibliographic/bd040.html',
  check(ctx) {
    const entry = firstDataField(ctx, '040');
    if (!entry) return [];
    const field = entry.field;
    const index = subfieldIndexOf(field, 'b');
    if (index < 0) return [];
    const code = field.subfields[index]!.value;
    if (languageCodes.has(code) && code.trim() !== '') return [];
    const place = placeParams('040', entry.occurrence, 'b');
    const findings: Finding[] = [
      fieldFinding(
        catalogingLanguage040,
        entry,
        obsoleteLanguageCodes.has(code)
          ? ruleText('cataloging-language-040.obsolete', { ...place, code })
          : ruleText('cataloging-language-040.unknown', {
              ...place,
              code: quoted(code),
              date: codeListDates.languages,
            }),
        { code: 'b', subfieldIndex: index },
      ),
    ];
    return findings;
  },
};
