import { itemFieldControl, writeItemField } from '../alma/write-item-field';
import type { Finding } from '../../lib/rules/types';
import { focusControl } from './focus-control';
import { ITEM_FIELD_LABELS } from './item-field-labels';
import type { UndoEntry } from './undo';

/** Focusing and fixing Physical Item Editor findings through content/alma. */

/**
 * Focuses the finding's box; false when the page has no such box. Throws, saying so, when the box is there
 * but not shown (the item editor's tabs hide the fields of the others): focusing it would do nothing visible.
 */
export function focusItemFinding(doc: Document, finding: Finding): boolean {
  const control = finding.itemField ? itemFieldControl(doc, finding.itemField) : null;
  if (!control || !finding.itemField) return false;
  if (!isShown(control)) {
    const label = ITEM_FIELD_LABELS[finding.itemField] ?? finding.itemField;
    throw new Error(
      `The ${label} box is not shown right now (it may be on another tab of the item editor, such as Notes). Open that tab, then use Go to again.`,
    );
  }
  focusControl(control, [0, control.value.length]);
  return true;
}

/** False when the element or one of its ancestors is hidden or not displayed. */
function isShown(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    if (view && view.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

/** Writes a `set-item-field` fix into the form (input, change and keyup fired); never saves the item. */
export function applyItemFix(doc: Document, finding: Finding): UndoEntry {
  const edit = finding.fix;
  if (!edit) throw new Error('This finding has no automatic fix.');
  if (edit.type !== 'set-item-field')
    throw new Error(`Cannot apply "${edit.description}" to an item: it changes a MARC record.`);
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
