import type { Rule } from '../types';
import { oneMainEntry } from './one-main-entry';
import { titleRequired } from './title-required';
import { titleFirstSubfield } from './title-first-subfield';
import { titleEndingPeriod } from './title-ending-period';
import { titleSubfieldPunctuation } from './title-subfield-punctuation';
import { nonfilingIndicator } from './nonfiling-indicator';
import { isbn } from './isbn';
import { issn } from './issn';
import { standardIdentifier024 } from './standard-identifier-024';
import { publisherNumber028 } from './publisher-number-028';
import { catalogingLanguage040 } from './cataloging-language-040';
import { languageCodes041 } from './language-codes-041';
import { languageCode008 } from './language-code-008';
import { languageAgreement008041 } from './language-agreement-008-041';
import { geographicArea043 } from './geographic-area-043';
import { countryCode008 } from './country-code-008';
import { countryCodes044 } from './country-codes-044';
import { lcClassification050 } from './lc-classification-050';
import { dewey082 } from './dewey-082';
import { linkage880Subfield6 } from './linkage-880-subfield-6';
import { linkage880Pairs } from './linkage-880-pairs';
import { subjectSourceIndicator } from './subject-source-indicator';
import { subjectSourceCodes } from './subject-source-codes';
import { rdaContentCarrier } from './rda-content-carrier';
import { rdaTypeTerms } from './rda-type-terms';
import { relatorCodes } from './relator-codes';
import { rdaPublication264 } from './rda-publication-264';
import { physicalDescriptionPresent } from './physical-description-present';
import { publicationDate008 } from './publication-date-008';
import { firstSubfieldA } from './first-subfield-a';
import { isbdPunctuation } from './isbd-punctuation';
import { headingPunctuation } from './heading-punctuation';

/**
 * Field checks with MARC::Lint parity (check_record's 1XX/245/880 checks, check_020/041/043/245 and
 * _check_article) and its companions (MARC::Lintadditions: 022, 024, 028, 040, 050, 082, 6XX $2,
 * ISBD punctuation), plus inter-field checks (008 vs 041/044/260/264, RDA 33X/264). One rule per file.
 */
export const fieldRules: readonly Rule[] = [
  oneMainEntry,
  titleRequired,
  titleFirstSubfield,
  titleEndingPeriod,
  titleSubfieldPunctuation,
  nonfilingIndicator,
  isbn,
  issn,
  standardIdentifier024,
  publisherNumber028,
  catalogingLanguage040,
  languageCodes041,
  languageCode008,
  languageAgreement008041,
  geographicArea043,
  countryCode008,
  countryCodes044,
  lcClassification050,
  dewey082,
  linkage880Subfield6,
  linkage880Pairs,
  subjectSourceIndicator,
  subjectSourceCodes,
  rdaContentCarrier,
  rdaTypeTerms,
  relatorCodes,
  rdaPublication264,
  physicalDescriptionPresent,
  publicationDate008,
  firstSubfieldA,
  isbdPunctuation,
  headingPunctuation,
];
