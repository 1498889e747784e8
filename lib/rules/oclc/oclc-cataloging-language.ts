import type { Rule } from '../types';
import { firstDataField } from '../shared/field-entry';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { ruleText } from '../messages';
import { subfieldIndexOf, withSubfieldInserted } from '../shared/subfields';
import { BFAS_040 } from './oclc-sources';

/**
 * OCLC's input standards make 040 $b (language of cataloging) mandatory; MARC 21 defines it but does not
 * require it (its absence historically meant English in WorldCat). A policy rule: the code's validity, when
 * $b is there, is the format rule cataloging-language-040. The fix that adds "$b eng" is offered, never
 * implied: only the cataloger knows the record was described in English.
 */
export const oclcCatalogingLanguage: Rule = {
  id: 'oclc-cataloging-language',
  title: 'Language of cataloging (040 $b) present',
  // Info: records from before 040 $b was routine (most older LC copy) lack it.
  defaultSeverity: 'info',
  appliesTo: ['bib'],
  origin: 'oclc',
  profiles: ['all'],
  rationale:
    'Shared catalogs pick records by language of cataloging (e.g. UC NZ catalogers may use OCLC records with 040 $b eng).',
  source: BFAS_040,
  policy: { group: 'oclc', document: 'OCLC Bibliographic Formats and Standards, 040 ($b Mandatory/Mandatory)' },
  check(ctx) {
    const entry = firstDataField(ctx, '040');
    if (!entry || subfieldIndexOf(entry.field, 'b') >= 0) return [];
    const field = entry.field;
    const afterA = subfieldIndexOf(field, 'a') + 1;
    return [
      fieldFinding(
        oclcCatalogingLanguage,
        entry,
        ruleText('oclc-cataloging-language.missing', placeParams('040', entry.occurrence)),
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
  },
};
