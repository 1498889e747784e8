import type { Rule } from '../types';

/** Rules: leader, 00X, tag/indicator/subfield syntax, lengths (owned by the engine issue). One rule per file in this folder; list each here. */
export const structureRules: readonly Rule[] = [];
