import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

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
    return [itemFinding(itemCopyIdMissing, 'copyId', ruleText('item-copy-id-missing.empty'))];
  },
});
