import type { Rule } from '../types';

/** Rules: procedure rules from docs/procedures (R-ADD, R-MVM, R-REIN ...). One rule per file in this folder; list each here. */
export const procedureRules: readonly Rule[] = [];
