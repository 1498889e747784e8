import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

/** R-DEL-2: a bib can be deleted only when it has no inventory left. */
export const delHasInventory: Rule = {
  id: 'del-has-inventory',
  title: 'Marked for deletion but has items',
  defaultSeverity: 'error',
  appliesTo: ['bib'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Alma deletes items, then holdings, then the bib; a bib with inventory or open PO lines is not eligible.',
  source: PROCEDURE_URLS.markingForDeletion,
  check(ctx) {
    const count = ctx.items?.length ?? 0;
    if (ctx.recordStatus?.markedForDeletion !== true || count === 0) return [];
    return [
      recordFinding(
        delHasInventory,
        ruleText(count > 1 ? 'del-has-inventory.items' : 'del-has-inventory.item', { count }),
      ),
    ];
  },
};
