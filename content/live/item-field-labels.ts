import type { ItemRecord } from '../alma/types';
import { type MessageKey, t } from '../../components/i18n';

/** The Physical Item Editor's own labels (as Alma names them in the interface's language), by item field. */
export const ITEM_FIELD_LABEL_KEYS: Record<Exclude<keyof ItemRecord, 'seenOnOtherTab'>, MessageKey> = {
  barcode: 'itemField_barcode',
  copyId: 'itemField_copyId',
  description: 'itemField_description',
  enumerationA: 'itemField_enumerationA',
  enumerationB: 'itemField_enumerationB',
  chronologyI: 'itemField_chronologyI',
  chronologyJ: 'itemField_chronologyJ',
  materialType: 'itemField_materialType',
  itemPolicy: 'itemField_itemPolicy',
  permanentLocation: 'itemField_permanentLocation',
  temporaryLocation: 'itemField_temporaryLocation',
  inTemporaryLocation: 'itemField_inTemporaryLocation',
  processType: 'itemField_processType',
  publicNote: 'itemField_publicNote',
  fulfillmentNote: 'itemField_fulfillmentNote',
  pieces: 'itemField_pieces',
  internalNotes: 'itemField_internalNotes',
  mmsId: 'itemField_mmsId',
  itemId: 'itemField_itemId',
  missing: 'itemField_missing',
};

/** The label of an item field, for saying where an item finding is. */
export function itemFieldLabel(field: keyof ItemRecord): string {
  return field === 'seenOnOtherTab' ? field : t(ITEM_FIELD_LABEL_KEYS[field]);
}
