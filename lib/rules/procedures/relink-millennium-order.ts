import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

/** Millennium order record numbers: `o`, seven digits and a check digit (a digit or x). */
const MILLENNIUM_ORDER = /^o\d{7}[\dx]$/i;

/** R-RELINK-2: PO lines migrated from Millennium relink unpredictably. */
export const relinkMillenniumOrder: Rule = {
  id: 'relink-millennium-order',
  title: 'Millennium PO line on a relink',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Migrated Millennium orders do not always follow their items when relinked; confirm before relinking.',
  source: PROCEDURE_URLS.relinking,
  check(ctx) {
    if (ctx.pageKind !== 'relink' && ctx.pageKind !== 'items-list') return [];
    const rows = (ctx.items ?? []).filter(
      (row) => row.poLine !== undefined && MILLENNIUM_ORDER.test(row.poLine.trim()),
    );
    if (rows.length === 0) return [];
    const first = rows[0]!;
    return [
      recordFinding(
        relinkMillenniumOrder,
        ruleText(rows.length > 1 ? 'relink-millennium-order.more' : 'relink-millennium-order.one', {
          item: first.barcode || first.itemId || '',
          poLine: first.poLine!.trim(),
          more: rows.length - 1,
        }),
      ),
    ];
  },
};
