import type { Finding, Rule } from '../types';
import {
  codeListDates,
  obsoleteRelatorCodes,
  relatorCodes as relatorCodeList,
  relatorTerms,
} from '../../marc21/codelists';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams, quoted } from '../shared/place';
import { ruleText, withParams } from '../messages';
import { withSubfieldValue } from '../shared/subfields';

/** Name fields whose $4 is "Relationship" (bd100.html … bd811.html): a relator code or a URI. */
const TAGS_WITH_RELATOR = ['100', '110', '111', '600', '610', '611', '700', '710', '711', '720', '800', '810', '811'];

/** Since 2017 $4 may hold a URI of the relationship (e.g. http://id.loc.gov/vocabulary/relators/aut, RDA Registry). */
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const TRAILING_PUNCTUATION = /[\s.,;:]+$/;

/** LC's English term → code, to recognise a term keyed into $4 instead of its code. */
let codeByTerm: ReadonlyMap<string, string> | undefined;
function codeForTerm(term: string): string | undefined {
  if (!codeByTerm) {
    const map = new Map<string, string>();
    for (const [code, label] of relatorTerms) if (relatorCodeList.has(code)) map.set(label.toLowerCase(), code);
    codeByTerm = map;
  }
  return codeByTerm.get(term.toLowerCase().replace(TRAILING_PUNCTUATION, ''));
}

/**
 * $4 of a name field takes a code from the MARC Code List for Relators, or a URI. A code the list does not
 * know is information (the list is of a given date, and $4 may carry codes of other lists); a discontinued
 * code, punctuation after a code and a term keyed in place of its code are warnings with the code to use.
 * $e terms are not judged: RDA relationship designators and terms in the language of cataloguing go there.
 */
export const relatorCodes: Rule = {
  id: 'relator-codes',
  title: 'Relator codes ($4) are in the MARC Code List for Relators',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Discovery layers turn $4 into roles ("author", "illustrator"); a misspelt code shows no role or a wrong one.',
  source: 'https://www.loc.gov/marc/relators/relaterm.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const tag of TAGS_WITH_RELATOR) {
      for (const entry of dataFieldsWithLinked(ctx, tag)) {
        const subfields = entry.field.subfields;
        for (let i = 0; i < subfields.length; i++) {
          if (subfields[i]!.code !== '4') continue;
          const value = subfields[i]!.value;
          if (relatorCodeList.has(value) || URI.test(value)) continue;
          const place = placeParams(entry.field.tag, entry.occurrence, '4');
          const trimmed = value.replace(TRAILING_PUNCTUATION, '').toLowerCase();
          const fixedCode = trimmed !== value && relatorCodeList.has(trimmed) ? trimmed : codeForTerm(value);
          if (fixedCode !== undefined) {
            const message = ruleText(
              relatorCodeList.has(trimmed) ? 'relator-codes.punctuation' : 'relator-codes.term',
              withParams(place, { value: quoted(value), fixed: fixedCode }),
            );
            findings.push(
              fieldFinding(relatorCodes, entry, message, {
                code: '4',
                subfieldIndex: i,
                fix: {
                  type: 'replace-field',
                  fieldIndex: entry.fieldIndex,
                  field: withSubfieldValue(entry.field, i, fixedCode),
                  description: `Write ${entry.field.tag} $4 as "${fixedCode}"`,
                  // The code is certain: the value is LC's term for it, or the code itself with punctuation.
                  safe: true,
                },
              }),
            );
            continue;
          }
          const term = relatorTerms.get(value);
          const message = !obsoleteRelatorCodes.has(value)
            ? ruleText(
                'relator-codes.unknown',
                withParams(place, { value: quoted(value), date: codeListDates.relators }),
              )
            : term === undefined
              ? ruleText('relator-codes.obsolete-no-term', withParams(place, { value }))
              : ruleText('relator-codes.obsolete', withParams(place, { value, term }));
          findings.push(
            fieldFinding(relatorCodes, entry, message, {
              ...(obsoleteRelatorCodes.has(value) ? {} : { severity: 'info' as const }),
              code: '4',
              subfieldIndex: i,
            }),
          );
        }
      }
    }
    return findings;
  },
};
