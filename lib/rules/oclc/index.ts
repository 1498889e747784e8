import type { Rule } from '../types';

/** Rules: OCLC export profile. One rule per file in this folder; list each here. */
export const oclcRules: readonly Rule[] = [];
