import type { Field } from '../../lib/marc/types';
import { isDataField } from '../../lib/marc/types';
import { formatAlmaSubfields } from '../../lib/marc/alma-text';
import type { FieldRowRef } from './types';
import {
  blankIndicatorForm,
  type BlankIndicatorForm,
  indicatorFromAlma,
  indicatorToAlma,
  showsBlanksAsHash,
  toAlmaBlanks,
} from './blanks';
import { queryAll } from './query';
import { SELECTORS } from './selectors';

/** What a row's boxes held, as Alma shows it (`#` blanks, `$$` text); null for a box the row lacks. */
export interface RowValues {
  tag: string | null;
  ind1: string | null;
  ind2: string | null;
  text: string | null;
}

export class AlmaWriteError extends Error {
  override name = 'AlmaWriteError';
}

export function readRowValues(ref: FieldRowRef): RowValues {
  return {
    tag: ref.tagInput?.value ?? null,
    ind1: ref.ind1Input?.value ?? null,
    ind2: ref.ind2Input?.value ?? null,
    text: ref.textarea?.value ?? null,
  };
}

/**
 * Writes `field` into its grid row in Alma's form and returns what the row held before, for undo
 * (pass it to restoreRowValues). Only boxes whose value changes are touched: an indicator box that already
 * reads as the wanted indicator (`#` or empty for a blank) is left as it is, and a blank written into a box
 * is written the way the same grid shows its other blank indicators (docs/alma-evidence.md §3.5). Throws
 * AlmaWriteError, before changing anything, when the row lacks a box the field needs.
 */
export function writeFieldToRow(ref: FieldRowRef, field: Field): RowValues {
  if (!ref.textarea) throw new AlmaWriteError(`Cannot write field ${field.tag}: its row has no text box.`);
  if (isDataField(field) && (!ref.ind1Input || !ref.ind2Input)) {
    throw new AlmaWriteError(`Cannot write field ${field.tag}: its row has no indicator boxes.`);
  }
  const previous = readRowValues(ref);
  if (ref.tagInput) setValue(ref.tagInput, field.tag);
  if (isDataField(field)) {
    const blankForm = blankFormAround(ref);
    setIndicator(ref.ind1Input as HTMLInputElement, field.ind1, blankForm);
    setIndicator(ref.ind2Input as HTMLInputElement, field.ind2, blankForm);
    setValue(ref.textarea, formatAlmaSubfields(field.subfields));
  } else {
    setValue(ref.textarea, showsBlanksAsHash(field.tag) ? toAlmaBlanks(field.value) : field.value);
  }
  return previous;
}

/** The blank form of the indicator boxes around `ref`'s row (its table, else its document), its own excluded. */
function blankFormAround(ref: FieldRowRef): BlankIndicatorForm {
  const scope: ParentNode = ref.row.closest('table') ?? ref.row.ownerDocument;
  const boxes = [
    ...queryAll<HTMLInputElement>(scope, SELECTORS.ind1Input),
    ...queryAll<HTMLInputElement>(scope, SELECTORS.ind2Input),
  ];
  return blankIndicatorForm(boxes.filter((box) => !ref.row.contains(box)).map((box) => box.value));
}

function setIndicator(box: HTMLInputElement, indicator: string, blankForm: BlankIndicatorForm): void {
  if (indicatorFromAlma(box.value) === indicator) return;
  setValue(box, indicatorToAlma(indicator, blankForm));
}

/** Writes the leader (model form, spaces for blanks) into the LDR row; returns the previous values. */
export function writeLeader(ref: FieldRowRef, leader: string): RowValues {
  if (!ref.textarea) throw new AlmaWriteError('Cannot write the leader: the LDR row has no text box.');
  const previous = readRowValues(ref);
  setValue(ref.textarea, toAlmaBlanks(leader));
  return previous;
}

/** Puts back values returned by writeFieldToRow/writeLeader (undo); returns the values it replaced. */
export function restoreRowValues(ref: FieldRowRef, values: RowValues): RowValues {
  const previous = readRowValues(ref);
  if (ref.tagInput && values.tag !== null) setValue(ref.tagInput, values.tag);
  if (ref.ind1Input && values.ind1 !== null) setValue(ref.ind1Input, values.ind1);
  if (ref.ind2Input && values.ind2 !== null) setValue(ref.ind2Input, values.ind2);
  if (ref.textarea && values.text !== null) setValue(ref.textarea, values.text);
  return previous;
}

/**
 * Sets a box's value and fires input, change and keyup (bubbling), as a cataloger's typing would:
 * the GWT grid and its `.hwt-highlights` overlay only notice edits through events (docs/alma-evidence.md §3.8:
 * TU lAma, the UCL bookmarklets 2025-02 and the CNMARC Cloud App do the same). Events are built from the element's own window, since
 * the grid lives in another frame.
 */
export function setValue(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  if (element.value === value) return;
  element.value = value;
  const view = (element.ownerDocument.defaultView ?? globalThis) as typeof globalThis;
  element.dispatchEvent(new view.Event('input', { bubbles: true }));
  element.dispatchEvent(new view.Event('change', { bubbles: true }));
  element.dispatchEvent(new view.KeyboardEvent('keyup', { bubbles: true }));
}
