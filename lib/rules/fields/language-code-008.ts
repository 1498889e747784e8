import type { Rule } from '../types';
import { codeListDates, languageCodes, obsoleteLanguageCodes } from '../../marc21/codelists';
import { isDataField } from '../../marc/types';
import { fieldFinding } from '../shared/make-finding';
import { alignedSlices } from '../shared/fixed-008';
import { ruleText } from '../messages';

const NO_ATTEMPT = '|||';
/**
 * A code's shape. Other values (upper case, digits) are field-008-invalid-code's finding and blanks
 * are defined there ("no information"), so one fault never gives two findings.
 */
const CODE_SHAPE = /^[a-z]{3}$/;

const known = (code: string) => languageCodes.has(code) || code === NO_ATTEMPT;

/**
 * 008/35-37 (language) must be a code from the MARC Code List for Languages. MARC::Lint carries the
 * list (CodeData %LanguageCodes) but checks only 041 with it. In an 008 of the wrong length a code
 * is reported only when no possible alignment gives a known one.
 */
export const languageCode008: Rule = {
  id: 'language-code-008',
  title: 'Language code (008/35-37) is valid',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'The 008 language drives language limits and facets in Alma and discovery.',
  source: 'https://www.loc.gov/marc/bibliographic/bd008a.html',
  check(ctx) {
    const entry = ctx.index.byTag('008')[0];
    if (!entry || isDataField(entry.field) || entry.field.value.length < 38) return [];
    const value = entry.field.value;
    const code = value.slice(35, 38);
    if (known(code) || !CODE_SHAPE.test(code) || alignedSlices(value, 35, 38).some(known)) return [];
    const message = obsoleteLanguageCodes.has(code)
      ? ruleText('language-code-008.obsolete', { code })
      : ruleText('language-code-008.unknown', { code, date: codeListDates.languages });
    return [fieldFinding(languageCode008, entry, message, { position: [35, 38] })];
  },
};
