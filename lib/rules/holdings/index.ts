import type { Rule } from '../types';

/** Rules: MARC 21 holdings checks (852, 866, 853-855/863-865). One rule per file in this folder; list each here. */
export const holdingsRules: readonly Rule[] = [];
