import type { Rule } from '../types';
import { controlDataFieldMismatchRule } from './control-data-field-mismatch';
import { invalidIndicatorRule } from './invalid-indicator';
import { nonRepeatableFieldRule } from './non-repeatable-field';
import { nonRepeatableSubfieldRule } from './non-repeatable-subfield';
import { obsoleteFieldRule } from './obsolete-field';
import { obsoleteIndicatorRule } from './obsolete-indicator';
import { obsoleteSubfieldRule } from './obsolete-subfield';
import { undefinedSubfieldRule } from './undefined-subfield';
import { undefinedTagRule } from './undefined-tag';

/** Rules: driven by lib/marc21 definitions: undefined tags, repeatability, indicators, subfield codes, obsolete. One rule per file in this folder; list each here. */
export const definitionRules: readonly Rule[] = [
  undefinedTagRule,
  controlDataFieldMismatchRule,
  nonRepeatableFieldRule,
  nonRepeatableSubfieldRule,
  invalidIndicatorRule,
  undefinedSubfieldRule,
  obsoleteFieldRule,
  obsoleteSubfieldRule,
  obsoleteIndicatorRule,
];
