import { itemFieldControl, writeItemField } from '../alma/write-item-field';
import type { Finding } from '../rules/types';
import { focusControl } from './focus-control';
import type { UndoEntry } from './undo';

/** Focusing and fixing Physical Item Editor findings through lib/alma. */

export function focusItemFinding(doc: Document, finding: Finding): boolean {
  const control = finding.itemField ? itemFieldControl(doc, finding.itemField) : null;
  if (!control) return false;
  focusControl(control, [0, control.value.length]);
  return true;
}

/** Writes a `set-item-field` fix into the form (input, change and keyup fired); never saves the item. */
export function applyItemFix(doc: Document, finding: Finding): UndoEntry {
  const edit = finding.fix;
  if (!edit) throw new Error('This finding has no automatic fix.');
  if (edit.type !== 'set-item-field') throw new Error(`Cannot apply "${edit.description}" to an item: it changes a MARC record.`);
  const previous = writeItemField(doc, edit.field, edit.value);
  return {
    description: edit.description,
    undo() {
      const control = itemFieldControl(doc, edit.field);
      if (!control) throw new Error('Cannot undo: the field is no longer on the page.');
      if (control.value !== edit.value) throw new Error('Cannot undo: the field was edited after the fix.');
      writeItemField(doc, edit.field, previous);
    },
  };
}
