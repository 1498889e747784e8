import type { Finding, Rule } from '../types';
import type { DataField } from '../../marc/types';
import { codeListDates, rdaCarrierTypes, rdaContentTypes, rdaMediaTypes } from '../../marc21/codelists';
import { dataFieldsWithLinked } from '../shared/linkage';
import type { DataFieldEntry } from '../shared/field-entry';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { ruleText, type RuleMessageId, withParams } from '../messages';
import { subfieldValue } from '../shared/subfields';

interface TypeList {
  tag: string;
  /** The $2 that names LC's list; other vocabularies (gnd-content, isbdcontent …) have terms we do not have. */
  source: string;
  /** The message for a $b code not in the list (the list's name is in the message). */
  unknown: RuleMessageId;
  terms: ReadonlyMap<string, string>;
  date: string;
}

const LISTS: readonly TypeList[] = [
  {
    tag: '336',
    source: 'rdacontent',
    unknown: 'rda-type-terms.unknown-content',
    terms: rdaContentTypes,
    date: codeListDates['rda-content-types'],
  },
  {
    tag: '337',
    source: 'rdamedia',
    unknown: 'rda-type-terms.unknown-media',
    terms: rdaMediaTypes,
    date: codeListDates['rda-media-types'],
  },
  {
    tag: '338',
    source: 'rdacarrier',
    unknown: 'rda-type-terms.unknown-carrier',
    terms: rdaCarrierTypes,
    date: codeListDates['rda-carrier-types'],
  },
];

const normalise = (term: string): string =>
  term
    .trim()
    .replace(/[\s.]+$/, '')
    .toLowerCase();

/** English term → code of a list, built on first use. */
const codeByTerm = new Map<TypeList, ReadonlyMap<string, string>>();
function codeForTerm(list: TypeList, term: string): string | undefined {
  let map = codeByTerm.get(list);
  if (!map) {
    map = new Map([...list.terms].map(([code, label]) => [label, code]));
    codeByTerm.set(list, map);
  }
  return map.get(normalise(term));
}

/**
 * 336/337/338 with $2 rdacontent, rdamedia or rdacarrier: each $b is a code of LC's list, and a term in $a that
 * is LC's term for another code than the paired $b (same position among the $a and $b) contradicts it. Terms
 * that are not LC's English ones are not judged: RDA terms are often in the language of cataloguing ("Text",
 * "Band"), and other $2 vocabularies (gnd-content …) have their own terms.
 */
export const rdaTypeTerms: Rule = {
  id: 'rda-type-terms',
  title: 'RDA content, media and carrier terms and codes agree',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Format facets and loan rules read 336-338 $b; a code that contradicts its term puts the resource in the wrong format.',
  source: 'https://www.loc.gov/marc/bibliographic/bd336.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const list of LISTS) {
      for (const entry of dataFieldsWithLinked(ctx, list.tag)) {
        if (subfieldValue(entry.field, '2')?.trim() !== list.source) continue;
        checkField(entry, list, findings);
      }
    }
    return findings;
  },
};

function checkField(entry: DataFieldEntry, list: TypeList, findings: Finding[]): void {
  const field: DataField = entry.field;
  const terms: number[] = [];
  const codes: number[] = [];
  field.subfields.forEach((subfield, index) => {
    if (subfield.code === 'a') terms.push(index);
    else if (subfield.code === 'b') codes.push(index);
  });
  for (const index of codes) {
    const code = field.subfields[index]!.value.trim();
    if (list.terms.has(code)) continue;
    findings.push(
      fieldFinding(
        rdaTypeTerms,
        entry,
        ruleText(
          list.unknown,
          withParams(placeParams(field.tag, entry.occurrence, 'b'), { value: code, date: list.date }),
        ),
        { severity: 'info', code: 'b', subfieldIndex: index },
      ),
    );
  }
  // Terms and codes pair by position only when there are as many of each (MARC 21 bd336.html examples).
  if (terms.length !== codes.length) return;
  for (let k = 0; k < terms.length; k++) {
    const term = field.subfields[terms[k]!]!.value;
    const code = field.subfields[codes[k]!]!.value.trim();
    const termCode = codeForTerm(list, term);
    if (termCode === undefined || termCode === code || !list.terms.has(code)) continue;
    findings.push(
      fieldFinding(
        rdaTypeTerms,
        entry,
        ruleText(
          'rda-type-terms.differs',
          withParams(placeParams(field.tag, entry.occurrence, 'b'), {
            value: code,
            valueTerm: list.terms.get(code)!,
            term: term.trim(),
            termCode,
          }),
        ),
        { code: 'b', subfieldIndex: codes[k]! },
      ),
    );
  }
}
