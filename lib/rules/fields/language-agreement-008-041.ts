import type { Rule } from '../types';
import { languageCodes } from '../../marc21/codelists';
import { firstDataField } from '../shared/field-entry';
import { fixedFieldLanguage } from '../shared/record-language';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { subfieldIndexOf } from '../shared/subfields';
import { ruleText, withParams } from '../messages';

/** 008 values that make no claim about one language, so there is nothing to compare. */
const NO_CLAIM = new Set(['   ', '|||', 'und', 'mul']);

/**
 * The first language code in 041 $a is the language of the item, which 008/35-37 also records; MARC 21
 * says they are the same. Only compared when both are valid MARC codes (041 indicator 2 not 7).
 */
export const languageAgreement008041: Rule = {
  id: 'language-agreement-008-041',
  title: '008/35-37 agrees with the first 041 $a',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'When 008 and 041 disagree, language limits and facets give contradictory answers for the same record.',
  source: 'https://www.loc.gov/marc/bibliographic/bd041.html',
  check(ctx) {
    const fixed = fixedFieldLanguage(ctx);
    if (fixed === null || NO_CLAIM.has(fixed) || !languageCodes.has(fixed)) return [];
    const entry = firstDataField(ctx, '041');
    if (!entry || entry.field.ind2 === '7') return [];
    const index = subfieldIndexOf(entry.field, 'a');
    if (index < 0) return [];
    const first = entry.field.subfields[index]!.value.slice(0, 3);
    if (first === fixed || !languageCodes.has(first)) return [];
    return [
      fieldFinding(
        languageAgreement008041,
        entry,
        ruleText(
          'language-agreement-008-041.differs',
          withParams(placeParams('041', entry.occurrence, 'a'), { first, fixed }),
        ),
        { code: 'a', subfieldIndex: index },
      ),
    ];
  },
};
