import { itemBarcodeFormat } from './item-barcode-format';
import { itemBarcodeMissing } from './item-barcode-missing';
import { itemBarcodeScannedEarly } from './item-barcode-scanned-early';
import { itemCopyIdDuplicate } from './item-copy-id-duplicate';
import { itemCopyIdMissing } from './item-copy-id-missing';
import { itemDescriptionSingleVolume } from './item-description-single-volume';
import { itemInWithdrawnLocation } from './item-in-withdrawn-location';
import { itemMillenniumWithdrawn } from './item-millennium-withdrawn';
import { itemNrlfWorkOrder } from './item-nrlf-work-order';
import { itemPiecesWithoutFulfillmentNote } from './item-pieces-without-fulfillment-note';
import { itemProfilePatternInvalid } from './item-profile-pattern-invalid';
import { itemPulledWithoutWorkOrder } from './item-pulled-without-work-order';
import type { ItemRule } from './item-rule';
import { itemTemporaryLocationOff } from './item-temporary-location-off';
import { itemTypeAndPolicy } from './item-type-and-policy';
import { mvmChronologyOnMonograph } from './mvm-chronology-on-monograph';
import { mvmDescriptionFormat } from './mvm-description-format';
import { mvmDescriptionMissing } from './mvm-description-missing';
import { mvmDescriptionVerbose } from './mvm-description-verbose';
import { mvmEnumerationMismatch } from './mvm-enumeration-mismatch';

/**
 * Rules: Physical Item Editor checks over ctx.item (and ctx.bib, ctx.items when the page shows them).
 * One rule per file in this folder; list each here. Each is an ItemRule (./item-rule.ts): it names the boxes it
 * reads and does not run while one of them is unknown (on another tab of the item editor, not seen yet).
 */
export const itemRules: readonly ItemRule[] = [
  itemBarcodeMissing,
  itemBarcodeFormat,
  itemCopyIdMissing,
  itemCopyIdDuplicate,
  itemTypeAndPolicy,
  itemDescriptionSingleVolume,
  itemPiecesWithoutFulfillmentNote,
  itemTemporaryLocationOff,
  itemBarcodeScannedEarly,
  mvmDescriptionMissing,
  mvmDescriptionFormat,
  mvmDescriptionVerbose,
  mvmEnumerationMismatch,
  mvmChronologyOnMonograph,
  itemInWithdrawnLocation,
  itemMillenniumWithdrawn,
  itemNrlfWorkOrder,
  itemPulledWithoutWorkOrder,
  itemProfilePatternInvalid,
];
