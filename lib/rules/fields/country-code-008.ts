import type { Rule } from '../types';
import { codeListDates, countryCodes, obsoleteCountryCodes } from '../../marc21/codelists';
import { isDataField } from '../../marc/types';
import { fieldFinding } from '../shared/make-finding';
import { alignedSlices } from '../shared/fixed-008';
import { ruleText } from '../messages';

const NO_ATTEMPT = '|||';
/** A code's shape; a value of another shape is field-008-invalid-code's finding, not this rule's. */
const PLACE_SHAPE = /^[a-z]{2}[a-z ]$/;

const known = (code: string) => countryCodes.has(code) || code === NO_ATTEMPT;

/**
 * 008/15-17 (place of publication, production, or execution) must be a code from the MARC Code List
 * for Countries, e.g. "nyu", "fr " (two-letter codes end with a blank). MARC::Lint carries the list
 * (CodeData %CountryCodes) but never checks it. Owns "well-formed but not in the list"; a malformed
 * value is field-008-invalid-code's, so one fault never gives two findings. In an 008 of the wrong
 * length a code is reported only when no possible alignment gives a known one.
 */
export const countryCode008: Rule = {
  id: 'country-code-008',
  title: 'Place of publication code (008/15-17) is valid',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale: 'Country of publication feeds limits, statistics and collection analysis; unknown codes fall out of them.',
  source: 'https://www.loc.gov/marc/bibliographic/bd008a.html',
  check(ctx) {
    const entry = ctx.index.byTag('008')[0];
    if (!entry || isDataField(entry.field) || entry.field.value.length < 18) return [];
    const value = entry.field.value;
    const code = value.slice(15, 18);
    if (known(code) || !PLACE_SHAPE.test(code) || alignedSlices(value, 15, 18).some(known)) return [];
    const shown = `"${code.replace(/ /g, '#')}"`;
    const message = obsoleteCountryCodes.has(code)
      ? ruleText('country-code-008.obsolete', { code: shown })
      : ruleText('country-code-008.unknown', { code: shown, date: codeListDates.countries });
    return [fieldFinding(countryCode008, entry, message, { position: [15, 18] })];
  },
};
