import type { Rule } from '../types';

/** Rules: driven by lib/marc21 definitions: undefined tags, repeatability, indicators, subfield codes, obsolete. One rule per file in this folder; list each here. */
export const definitionRules: readonly Rule[] = [];
