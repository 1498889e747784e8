import type { ItemBoxField, ItemRecord } from './page-model';

/**
 * Which item-editor boxes each item check reads, for the content script: the panel says which tab to open for
 * the checks still waiting (content/live/read-item.ts) without bundling the rules, which run in the background.
 * The rules themselves declare the same boxes (lib/rules/items/item-rule.ts); tests/unit/item-check-reads.test.ts
 * fails when this table and the rules disagree.
 */
export interface ItemCheckReads {
  id: string;
  title: string;
  reads: readonly ItemBoxField[];
}

export const ITEM_CHECK_READS: readonly ItemCheckReads[] = [
  { id: 'item-barcode-missing', title: 'Barcode empty', reads: ['barcode'] },
  { id: 'item-barcode-format', title: "Barcode does not match the institution's format", reads: ['barcode'] },
  { id: 'item-copy-id-missing', title: 'Copy ID empty', reads: ['copyId'] },
  {
    id: 'item-copy-id-duplicate',
    title: 'Copy ID already used in this library',
    reads: ['copyId', 'barcode', 'permanentLocation'],
  },
  { id: 'item-type-and-policy', title: 'Material type or Item policy empty', reads: ['materialType', 'itemPolicy'] },
  { id: 'item-description-single-volume', title: 'Description on a single-volume item', reads: ['description'] },
  {
    id: 'item-pieces-without-fulfillment-note',
    title: 'Several pieces but no Fulfillment note',
    reads: ['pieces', 'fulfillmentNote'],
  },
  {
    id: 'item-temporary-location-off',
    title: 'Temporary location not switched on',
    reads: ['temporaryLocation', 'inTemporaryLocation'],
  },
  {
    id: 'item-barcode-scanned-early',
    title: 'Barcode entered before the required fields',
    reads: ['barcode', 'materialType', 'itemPolicy'],
  },
  { id: 'mvm-description-missing', title: 'Volume missing from Description', reads: ['description', 'enumerationA'] },
  { id: 'mvm-description-format', title: 'Description not in the volume format', reads: ['description'] },
  { id: 'mvm-description-verbose', title: 'Description has extra words', reads: ['description'] },
  {
    id: 'mvm-enumeration-mismatch',
    title: 'Enumeration A does not match Description',
    reads: ['description', 'enumerationA'],
  },
  { id: 'mvm-chronology-on-monograph', title: 'Chronology on a monograph item', reads: ['chronologyI', 'chronologyJ'] },
  { id: 'item-in-withdrawn-location', title: 'Item in a withdrawn location', reads: ['permanentLocation'] },
  { id: 'item-millennium-withdrawn', title: 'Item withdrawn in Millennium', reads: ['permanentLocation'] },
  { id: 'item-nrlf-work-order', title: 'Item in the NRLF deposit workflow', reads: ['processType'] },
  {
    id: 'item-pulled-without-work-order',
    title: 'Pulled for deposit but no work order',
    reads: ['processType', 'internalNotes'],
  },
  { id: 'item-profile-pattern-invalid', title: 'Invalid pattern in the institution profile', reads: [] },
];

/**
 * The boxes of `fields` whose value is unknown: listed in `missing` (not on the page read, not remembered from
 * another tab), or not in the record at all (Pieces is optional in ItemRecord). Absent is unknown, never empty.
 */
export function unknownItemFields(item: ItemRecord, fields: readonly ItemBoxField[]): ItemBoxField[] {
  const missing = item.missing ?? [];
  return fields.filter((field) => missing.includes(field) || item[field] === undefined);
}
