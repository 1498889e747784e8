import type { Rule } from '../types';
import { oclcCatalogingLanguage } from './oclc-cataloging-language';
import { oclcCatalogingSource } from './oclc-cataloging-source';
import { oclcFixedFieldRequired } from './oclc-fixed-field-required';
import { oclcInvalidCharacters } from './oclc-invalid-characters';
import { oclcNumberForm } from './oclc-number-form';
import { oclcNumberSingle } from './oclc-number-single';

/**
 * The OCLC export profile: what Connexion/Record Manager validation and Alma's OCLC export reject.
 * Also in that profile (rule set 'oclc'), from other groups: title-required and one-main-entry
 * (fields), control characters, field/record length and fixed-field codes (structure).
 */
export const oclcRules: readonly Rule[] = [
  oclcCatalogingSource,
  oclcCatalogingLanguage,
  oclcFixedFieldRequired,
  oclcInvalidCharacters,
  oclcNumberForm,
  oclcNumberSingle,
];
