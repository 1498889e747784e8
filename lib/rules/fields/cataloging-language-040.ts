import type { Finding, Rule } from '../types';
import { codeListDates, languageCodes, notInListAsOf, obsoleteLanguageCodes } from '../../marc21/codelists';
import { firstDataField } from '../shared/field-entry';
import { fieldFinding } from '../shared/make-finding';
import { fieldPlace, quoted, subfieldPlace } from '../shared/place';
import { subfieldIndexOf, withSubfieldInserted } from '../shared/subfields';

/**
 * 040 $b (language of cataloging) should be present and be a MARC language code
 * (MARC::Lintadditions check_040 validates the code). The fix that adds "$b eng" is offered, never
 * implied: only the cataloger knows the record was described in English.
 */
export const catalogingLanguage040: Rule = {
  id: 'cataloging-language-040',
  title: 'Language of cataloging (040 $b) present and valid',
  // Info: records from before 040 $b was routine (most older LC copy) lack it.
  defaultSeverity: 'info',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Shared catalogs pick records by language of cataloging (e.g. UC NZ catalogers may use OCLC records with 040 $b eng).',
  source: 'https://www.loc.gov/marc/bibliographic/bd040.html',
  // MARC 21 defines 040 $b but does not require it; OCLC's input standards make it mandatory.
  policy: { group: 'oclc', document: 'OCLC Bibliographic Formats and Standards, 040 ($b Mandatory/Mandatory)' },
  check(ctx) {
    const entry = firstDataField(ctx, '040');
    if (!entry) return [];
    const field = entry.field;
    const index = subfieldIndexOf(field, 'b');
    if (index < 0) {
      const afterA = subfieldIndexOf(field, 'a') + 1;
      return [
        fieldFinding(
          catalogingLanguage040,
          entry,
          `${fieldPlace('040', entry.occurrence)} has no $b (language of cataloging). Add $b with the language the record is written in, e.g. "eng" for English.`,
          {
            code: 'b',
            fix: {
              type: 'replace-field',
              fieldIndex: entry.fieldIndex,
              field: withSubfieldInserted(field, afterA, { code: 'b', value: 'eng' }),
              description: 'Add 040 $b eng after $a (choose this only if the record was catalogued in English)',
              safe: false,
            },
          },
        ),
      ];
    }
    const code = field.subfields[index]!.value;
    if (languageCodes.has(code) && code.trim() !== '') return [];
    const place = subfieldPlace('040', entry.occurrence, 'b');
    const findings: Finding[] = [
      fieldFinding(
        catalogingLanguage040,
        entry,
        obsoleteLanguageCodes.has(code)
          ? `${place}: "${code}" is a discontinued code in the MARC Code List for Languages (obsolete, not unknown). Replace it with the current MARC code.`
          : `${place}: ${quoted(code)} is ${notInListAsOf('MARC Code List for Languages', codeListDates.languages)}. Use the code of the language of cataloging, e.g. "eng".`,
        { code: 'b', subfieldIndex: index },
      ),
    ];
    return findings;
  },
};
