import type { Rule } from '../types';
import { controlCharactersRule } from './control-characters';
import { emptyFieldRule } from './empty-field';
import { emptySubfieldRule } from './empty-subfield';
import { field006InvalidCodeRule } from './field-006-invalid-code';
import { field006LengthRule } from './field-006-length';
import { field007InvalidCodeRule } from './field-007-invalid-code';
import { field007LengthRule } from './field-007-length';
import { field008InvalidCodeRule } from './field-008-invalid-code';
import { field008LengthRule } from './field-008-length';
import { fieldLengthAlmaRule } from './field-length-alma';
import { fieldLengthOclcRule } from './field-length-oclc';
import { fixedFieldObsoleteCodeRule } from './fixed-field-obsolete-code';
import { fixedFieldUndefinedPositionRule } from './fixed-field-undefined-position';
import { holdings008LanguageCodeRule } from './holdings-008-language-code';
import { holdingsLeaderRecordTypeRule } from './holdings-leader-record-type';
import { indicatorFormatRule } from './indicator-format';
import { leaderInvalidCodeRule } from './leader-invalid-code';
import { leaderLengthRule } from './leader-length';
import { recordLengthOclcRule } from './record-length-oclc';
import { subfieldCodeFormatRule } from './subfield-code-format';
import { subfieldWhitespaceRule } from './subfield-whitespace';
import { tagFormatRule } from './tag-format';

/** Rules: leader, 00X, tag/indicator/subfield syntax, lengths (owned by the engine issue). One rule per file in this folder; list each here. */
export const structureRules: readonly Rule[] = [
  leaderLengthRule,
  leaderInvalidCodeRule,
  holdingsLeaderRecordTypeRule,
  field008LengthRule,
  field008InvalidCodeRule,
  holdings008LanguageCodeRule,
  field006LengthRule,
  field006InvalidCodeRule,
  field007LengthRule,
  field007InvalidCodeRule,
  fixedFieldObsoleteCodeRule,
  fixedFieldUndefinedPositionRule,
  tagFormatRule,
  indicatorFormatRule,
  subfieldCodeFormatRule,
  controlCharactersRule,
  emptyFieldRule,
  emptySubfieldRule,
  subfieldWhitespaceRule,
  fieldLengthAlmaRule,
  fieldLengthOclcRule,
  recordLengthOclcRule,
];
