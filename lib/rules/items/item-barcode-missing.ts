import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** R-ITEM-1: Barcode is required; left blank, Alma generates a temporary one on save. */
export const itemBarcodeMissing = itemRule({
  id: 'item-barcode-missing',
  title: 'Barcode empty',
  defaultSeverity: 'info',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Circulation needs the physical barcode; a generated temporary barcode has to be replaced later.',
  source: PROCEDURE_URLS.itemRecords,
  reads: ['barcode'],
  check(_ctx, item) {
    if (item.barcode.trim() !== '') return [];
    return [itemFinding(itemBarcodeMissing, 'barcode', ruleText('item-barcode-missing.empty'))];
  },
});
