import type { Rule } from '../types';

/** Rules: field checks with MARC::Lint parity (020, 022, 041, 043, 245, 880, 6XX ...). One rule per file in this folder; list each here. */
export const fieldRules: readonly Rule[] = [];
