import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { itemFinding } from '../procedures/helpers';

/** Scanners end with Enter, and Enter in a text field saves and closes the item: the barcode comes last. */
export const itemBarcodeScannedEarly: Rule = {
  id: 'item-barcode-scanned-early',
  title: 'Barcode entered before the required fields',
  defaultSeverity: 'info',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'A scan sends Enter, which saves and closes the item with whatever is still empty.',
  source: PROCEDURE_URLS.itemRecords,
  check(ctx) {
    const item = ctx.item;
    if (!item || item.barcode.trim() === '') return [];
    const empty: string[] = [];
    if (item.copyId.trim() === '') empty.push('Copy ID');
    if (item.materialType.code.trim() === '') empty.push('Material type');
    if (item.itemPolicy.code.trim() === '') empty.push('Item policy');
    if (empty.length === 0) return [];
    return [
      itemFinding(
        itemBarcodeScannedEarly,
        'barcode',
        `The barcode is filled while ${empty.join(', ')} ${empty.length > 1 ? 'are' : 'is'} still empty. A scanner sends Enter, which saves and closes the item: fill those fields first and scan the barcode last.`,
      ),
    ];
  },
};
