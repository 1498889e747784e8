import { profilePatterns } from '../../procedures/profile-patterns';
import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** The barcode must match the institution's barcode pattern (when the profile sets one). */
export const itemBarcodeFormat = itemRule({
  id: 'item-barcode-format',
  title: "Barcode does not match the institution's format",
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'A mistyped or foreign barcode makes the copy impossible to check out or find by scanning.',
  source: PROCEDURE_URLS.itemRecords,
  reads: ['barcode'],
  check(ctx, item) {
    const barcode = item.barcode.trim();
    const pattern = profilePatterns(ctx.profile).barcode;
    if (barcode === '' || !pattern || pattern.test(barcode)) return [];
    return [
      itemFinding(
        itemBarcodeFormat,
        'barcode',
        ruleText('item-barcode-format.mismatch', { barcode, pattern: ctx.profile.barcodePattern }),
      ),
    ];
  },
});
