import type { ItemRecord } from './types';
import { queryFirst } from './query';
import { ITEM_EDITOR_FIELDS } from './selectors';
import { AlmaWriteError, setValue } from './write-field';

/**
 * The Physical Item Editor's controls by ItemRecord field, for focusing, highlighting and one-click fixes.
 * Coded fields answer with their visible type-ahead input (what the cataloger sees), not the hidden select.
 */

type ControlName = keyof typeof ITEM_EDITOR_FIELDS;

/** ItemRecord fields that are a control on the page; `internalNotes` points at the first note. */
const CONTROL_OF: Partial<Record<keyof ItemRecord, ControlName>> = {
  barcode: 'barcode',
  copyId: 'copyId',
  description: 'description',
  enumerationA: 'enumerationA',
  enumerationB: 'enumerationB',
  chronologyI: 'chronologyI',
  chronologyJ: 'chronologyJ',
  materialType: 'materialType',
  itemPolicy: 'itemPolicy',
  permanentLocation: 'permanentLocation',
  temporaryLocation: 'temporaryLocation',
  inTemporaryLocation: 'inTemporaryLocation',
  processType: 'processType',
  publicNote: 'publicNote',
  fulfillmentNote: 'fulfillmentNote',
  pieces: 'pieces',
  internalNotes: 'internalNote1',
};

/** Fields holding plain text, the only ones a fix may write (coded fields need Alma's type-ahead). */
const TEXT_FIELDS: ReadonlySet<keyof ItemRecord> = new Set([
  'barcode',
  'copyId',
  'description',
  'enumerationA',
  'enumerationB',
  'chronologyI',
  'chronologyJ',
  'publicNote',
  'fulfillmentNote',
]);

export function itemFieldControl(doc: Document, field: keyof ItemRecord): HTMLInputElement | null {
  const name = CONTROL_OF[field];
  return name ? queryFirst<HTMLInputElement>(doc, ITEM_EDITOR_FIELDS[name].input) : null;
}

/**
 * Writes a text field of the item editor and fires input, change and keyup like typing would; returns the
 * previous value for undo. Throws AlmaWriteError, changing nothing, for a coded field or a missing control.
 */
export function writeItemField(doc: Document, field: keyof ItemRecord, value: string): string {
  if (!TEXT_FIELDS.has(field))
    throw new AlmaWriteError(`Cannot write the item's ${field}: only text fields can be written.`);
  const control = itemFieldControl(doc, field);
  if (!control) throw new AlmaWriteError(`Cannot write the item's ${field}: its box is not on this page.`);
  const previous = control.value;
  setValue(control, value);
  return previous;
}
