import { isActiveRow } from '../../procedures/item-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

/** R-REIN-4 [INFERRED]: after a reinstatement the bib and holdings are unsuppressed again. */
export const reinStillSuppressed: Rule = {
  id: 'rein-still-suppressed',
  title: 'Suppressed record with active items',
  defaultSeverity: 'warning',
  appliesTo: ['bib', 'holdings'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'A reinstated copy is invisible to patrons while its bib or holdings stay suppressed.',
  source: PROCEDURE_URLS.reinstatingItems,
  inferred: true,
  check(ctx) {
    if (ctx.recordStatus?.suppressed !== true || !ctx.items) return [];
    const active = ctx.items.filter((row) => isActiveRow(row, ctx.profile)).length;
    if (active === 0) return [];
    return [
      recordFinding(
        reinStillSuppressed,
        ruleText(
          ctx.kind === 'holdings'
            ? active > 1
              ? 'rein-still-suppressed.holdings-items'
              : 'rein-still-suppressed.holdings-item'
            : active > 1
              ? 'rein-still-suppressed.bib-items'
              : 'rein-still-suppressed.bib-item',
          { count: active },
        ),
      ),
    ];
  },
};
