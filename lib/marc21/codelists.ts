/**
 * LC MARC code lists (languages, countries, geographic areas, subject and genre/form sources, relators, RDA
 * content/media/carrier types). Data: lib/marc21/generated/codelists.json, produced by `npm run gen:marc21` from
 * third_party/lc-codelists-2026 (sources and dates in its README). Obsolete codes are kept apart from current ones:
 * an obsolete code is "discontinued", not "unknown". LC adds codes every month, so a code a list does not know
 * is "not in LC's list as of <date>", never plainly wrong.
 */
import lists from './generated/codelists.json';

const asSet = (values: readonly string[]): ReadonlySet<string> => new Set(values);
const asMap = (terms: Readonly<Record<string, string>>): ReadonlyMap<string, string> => new Map(Object.entries(terms));

/** The date of each list's source: what "as of DATE" in a message says. */
export const codeListDates = lists.dates;

export const languageCodes = asSet(lists.languages);
export const obsoleteLanguageCodes = asSet(lists['languages-obsolete']);
/** Country codes are 3 characters, padded with a trailing space as in 008/15-17. */
export const countryCodes = asSet(lists.countries);
export const obsoleteCountryCodes = asSet(lists['countries-obsolete']);
export const geographicAreaCodes = asSet(lists['geographic-areas']);
export const obsoleteGeographicAreaCodes = asSet(lists['geographic-areas-obsolete']);
/** Sources for 600-651 $2 (second indicator 7). */
export const subjectSourceCodes = asSet(lists['subject-sources']);
export const obsoleteSubjectSourceCodes = asSet(lists['subject-sources-obsolete']);
/** Sources for 655 $2: LC's Genre/Form list and its Subject list (both are used in 655). */
export const genreSourceCodes = asSet(lists['genre-sources']);
export const obsoleteGenreSourceCodes = asSet(lists['genre-sources-obsolete']);
/** MARC Code List for Relators ($4): code → LC's English term. */
export const relatorTerms = asMap(lists['relators-terms']);
export const relatorCodes = asSet(lists.relators);
export const obsoleteRelatorCodes = asSet(lists['relators-obsolete']);
/** RDA content (336), media (337) and carrier (338) types: code ($b) → LC's English term ($a). */
export const rdaContentTypes = asMap(lists['rda-content-types-terms']);
export const rdaMediaTypes = asMap(lists['rda-media-types-terms']);
export const rdaCarrierTypes = asMap(lists['rda-carrier-types-terms']);

/** "not in LC's <list> as of <date>": the wording for a code a list does not know (it may be newer than the list). */
export function notInListAsOf(list: string, date: string): string {
  return `not in LC's ${list} as of ${date}`;
}
