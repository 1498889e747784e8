import { isActiveRow } from '../../procedures/item-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';

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
    const what = ctx.kind === 'holdings' ? 'holdings record' : 'bib';
    return [
      recordFinding(
        reinStillSuppressed,
        `This ${what} is suppressed from discovery but has ${active} active item${active > 1 ? 's' : ''}. If an item was reinstated, unsuppress the ${what} (Record Actions > Suppress from Discovery).`,
      ),
    ];
  },
};
