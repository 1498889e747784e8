import type { Rule } from '../types';

/** Rules: Physical Item Editor checks over the item model. One rule per file in this folder; list each here. */
export const itemRules: readonly Rule[] = [];
