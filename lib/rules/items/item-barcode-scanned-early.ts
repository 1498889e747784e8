import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { isKnownItemField, itemRule } from './item-rule';
import { type RuleMessageId, ruleText } from '../messages';

/** The field labels are words of each language, so the message id names the empty fields, one id per set. */
const MESSAGE_BY_EMPTY_FIELDS: Record<string, RuleMessageId> = {
  'copy-id': 'item-barcode-scanned-early.copy-id',
  'material-type': 'item-barcode-scanned-early.material-type',
  'item-policy': 'item-barcode-scanned-early.item-policy',
  'copy-id material-type': 'item-barcode-scanned-early.copy-id-material-type',
  'copy-id item-policy': 'item-barcode-scanned-early.copy-id-item-policy',
  'material-type item-policy': 'item-barcode-scanned-early.material-type-item-policy',
  'copy-id material-type item-policy': 'item-barcode-scanned-early.all',
};

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
    if (isKnownItemField(item, 'copyId') && item.copyId.trim() === '') empty.push('copy-id');
    if (item.materialType.code.trim() === '') empty.push('material-type');
    if (item.itemPolicy.code.trim() === '') empty.push('item-policy');
    if (empty.length === 0) return [];
    return [itemFinding(itemBarcodeScannedEarly, 'barcode', ruleText(MESSAGE_BY_EMPTY_FIELDS[empty.join(' ')]!))];
  },
});
