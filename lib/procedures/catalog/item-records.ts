import {
  isMultiVolumeContext,
  itemCodedValuesSet,
  itemDescriptionFormatted,
  itemFieldFilled,
  itemTemporaryLocationConsistent,
} from '../conditions';
import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** Filling in the Physical Item Editor for a new or duplicated item. */
export const itemRecords: Procedure = {
  id: 'item-records',
  title: 'Create and maintain item records',
  summary: 'Add or duplicate an item and fill the required fields; scan the barcode last.',
  roles: ['Physical Inventory Operator'],
  sourcePath: 'items-editing-required-fields-info',
  defaultUrl: PROCEDURE_URLS.itemRecords,
  tags: ['items', 'barcode', 'copy id'],
  pageKinds: ['item-editor'],
  ruleIds: [
    'item-barcode-missing',
    'item-barcode-format',
    'item-copy-id-missing',
    'item-copy-id-duplicate',
    'item-type-and-policy',
    'item-description-single-volume',
    'item-temporary-location-off',
    'item-barcode-scanned-early',
    'item-pieces-without-fulfillment-note',
  ],
  steps: [
    {
      id: 'add-or-duplicate',
      text: 'Use Add Item in the items list, or Duplicate an item and then change Barcode, Copy ID and Enumeration.',
    },
    {
      id: 'copy-id',
      text: "Copy ID: 1 for the library's first copy, then count up across all locations of that library.",
      verify: itemFieldFilled('copyId'),
    },
    { id: 'type-and-policy', text: 'Set Material type and Item policy.', inferred: true, verify: itemCodedValuesSet },
    {
      id: 'mvm-description',
      text: 'Multi-volume set: put the volume in Description (e.g. v.3) and its number in Enumeration A; leave Chronology empty.',
      when: isMultiVolumeContext,
      verify: itemDescriptionFormatted,
    },
    {
      id: 'temporary-location',
      text: 'A temporary location takes effect only with "Item is in temporary location" set to Yes.',
      verify: itemTemporaryLocationConsistent,
    },
    {
      id: 'pieces-note',
      text: 'More than one piece (Pieces above 1): list the pieces in the Fulfillment note, so circulation staff can check them at loan and return.',
      inferred: true,
    },
    {
      id: 'barcode-last',
      text: 'Scan the barcode last: scanners send Enter, which saves and closes the item. Left blank, Alma generates a temporary barcode.',
      verify: itemFieldFilled('barcode'),
    },
  ],
};
