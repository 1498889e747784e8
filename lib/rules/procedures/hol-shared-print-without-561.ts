import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { indexedDataFields, recordFinding, subfield } from './helpers';
import { ruleText } from '../messages';

/** A 583 that records a shared-print retention commitment (WEST or similar). */
const SHARED_PRINT = /\bWEST\b|shared print|committed to retain/i;

/**
 * R-HOL-6 [INFERRED]: shared-print holdings need both 561 (provenance) and 583 (action). We recognise
 * shared-print holdings by a retention 583, so only a missing 561 can be reported.
 */
export const holSharedPrintWithout561: Rule = {
  id: 'hol-shared-print-without-561',
  title: 'Shared-print holdings without 561',
  defaultSeverity: 'warning',
  appliesTo: ['holdings'],
  origin: 'procedure',
  profiles: ['all'],
  rationale:
    'WEST and other shared-print programmes require ownership (561) and retention (583) notes on the holdings.',
  source: PROCEDURE_URLS.holdingsRecords,
  inferred: true,
  check(ctx) {
    if (ctx.index.byTag('561').length > 0) return [];
    for (const entry of indexedDataFields(ctx, '583')) {
      const action = subfield(entry.field, 'a') ?? '';
      const programme = subfield(entry.field, 'f') ?? '';
      if (!SHARED_PRINT.test(action) && !SHARED_PRINT.test(programme)) continue;
      return [
        recordFinding(
          holSharedPrintWithout561,
          ruleText('hol-shared-print-without-561.missing', { number: entry.occurrence + 1 }),
          {
            tag: '561',
          },
        ),
      ];
    }
    return [];
  },
};
