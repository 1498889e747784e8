import type { MarcRecord } from '../lib/marc/types';

/** Leader/06 values of MARC 21 holdings records (u, v, x, y); everything else is checked as bibliographic. */
const HOLDINGS_TYPES = new Set(['u', 'v', 'x', 'y']);

export function recordKindOf(record: MarcRecord): 'bib' | 'holdings' {
  return HOLDINGS_TYPES.has(record.leader.charAt(6)) ? 'holdings' : 'bib';
}
