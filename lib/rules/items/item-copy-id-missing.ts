import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { itemFinding } from '../procedures/helpers';

/** R-ITEM-2: Copy ID is required. */
export const itemCopyIdMissing: Rule = {
  id: 'item-copy-id-missing',
  title: 'Copy ID empty',
  defaultSeverity: 'error',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Copy ID tells copies apart in a library: 1 for the first copy, then counting up across its locations.',
  source: PROCEDURE_URLS.itemRecords,
  check(ctx) {
    if (ctx.item?.copyId.trim() !== '') return [];
    return [
      itemFinding(
        itemCopyIdMissing,
        'copyId',
        "Copy ID is empty. Enter 1 for the library's first copy of this title, or the next number after the copies already in that library.",
      ),
    ];
  },
};
