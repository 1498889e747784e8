import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { isKnownItemField, itemRule } from './item-rule';

/** Scanners end with Enter, and Enter in a text field saves and closes the item: the barcode comes last. */
export const itemBarcodeScannedEarly = itemRule({
  id: 'item-barcode-scanned-early',
  title: 'Barcode entered before the required fields',
  defaultSeverity: 'info',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'A scan sends Enter, which saves and closes the item with whatever is still empty.',
  source: PROCEDURE_URLS.itemRecords,
  reads: ['barcode', 'materialType', 'itemPolicy'],
  check(_ctx, item) {
    if (item.barcode.trim() === '') return [];
    const empty: string[] = [];
    // Copy ID only when this page (or another tab of the item) shows it: absent is not empty.
    if (isKnownItemField(item, 'copyId') && item.copyId.trim() === '') empty.push('Copy ID');
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
});
