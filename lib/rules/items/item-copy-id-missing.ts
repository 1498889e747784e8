import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';

/** R-ITEM-2: Copy ID is required. */
export const itemCopyIdMissing = itemRule({
  id: 'item-copy-id-missing',
  title: 'Copy ID empty',
  defaultSeverity: 'error',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Copy ID tells copies apart in a library: 1 for the first copy, then counting up across its locations.',
  source: PROCEDURE_URLS.itemRecords,
  reads: ['copyId'],
  check(_ctx, item) {
    if (item.copyId.trim() !== '') return [];
    return [
      itemFinding(
        itemCopyIdMissing,
        'copyId',
        "Copy ID is empty. Enter 1 for the library's first copy of this title, or the next number after the copies already in that library.",
      ),
    ];
  },
});
