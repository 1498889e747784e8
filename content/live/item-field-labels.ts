import type { ItemRecord } from '../alma/types';

/** The Physical Item Editor's own labels (English UI), for saying where an item finding is. */
export const ITEM_FIELD_LABELS: Record<keyof ItemRecord, string> = {
  barcode: 'Barcode',
  copyId: 'Copy ID',
  description: 'Description',
  enumerationA: 'Enumeration A',
  enumerationB: 'Enumeration B',
  chronologyI: 'Chronology I',
  chronologyJ: 'Chronology J',
  materialType: 'Material type',
  itemPolicy: 'Item policy',
  permanentLocation: 'Permanent location',
  temporaryLocation: 'Temporary location',
  inTemporaryLocation: 'Item is in temporary location',
  processType: 'Process type',
  publicNote: 'Public note',
  fulfillmentNote: 'Fulfillment note',
  pieces: 'Pieces',
  internalNotes: 'Internal note',
  mmsId: 'MMS ID',
  itemId: 'Item ID',
  missing: 'Page fields',
};
