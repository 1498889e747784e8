/**
 * LC MARC code lists (languages, countries, geographic areas, subject and genre/form sources).
 * Data: lib/marc21/generated/codelists.json, produced by `npm run gen:marc21` from the LC lists
 * (snapshot used by MARC::Lint's CodeData; newer codes exist, so an unknown code is a warning, never an error).
 */
import lists from './generated/codelists.json';

const asSet = (values: readonly string[]): ReadonlySet<string> => new Set(values);

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
/** Sources for 655 $2. */
export const genreSourceCodes = asSet(lists['genre-sources']);
export const obsoleteGenreSourceCodes = asSet(lists['genre-sources-obsolete']);
