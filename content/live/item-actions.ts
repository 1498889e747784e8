import { itemFieldControl, writeItemField } from '../alma/write-item-field';
import type { Finding } from '../../lib/rules/types';
import { focusControl } from './focus-control';
import { t } from '../../components/i18n';
import { shownFixDescription } from '../../components/rule-words';
import { itemFieldLabel } from './item-field-labels';
import type { UndoEntry } from './undo';

/** Focusing and fixing Physical Item Editor findings through content/alma. */

/**
 * Focuses the finding's box; false when the page has no such box (each tab of the item editor is its own page,
 * so a finding on a box of the other tab has none here). Throws, saying so, when the box is there but not shown:
 * focusing it would do nothing visible.
 */
export function focusItemFinding(doc: Document, finding: Finding): boolean {
  const control = finding.itemField ? itemFieldControl(doc, finding.itemField) : null;
  if (!control || !finding.itemField) return false;
  if (!isShown(control)) {
    throw new Error(t('action_itemBoxHidden', itemFieldLabel(finding.itemField)));
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
  if (!edit) throw new Error(t('action_noFix'));
  const description = shownFixDescription(edit);
  if (edit.type !== 'set-item-field') throw new Error(t('action_itemFixIsMarc', description));
  const previous = writeItemField(doc, edit.field, edit.value);
  return {
    description,
    undo() {
      const control = itemFieldControl(doc, edit.field);
      if (!control) throw new Error(t('action_undoFieldGone'));
      if (control.value !== edit.value) throw new Error(t('action_undoFieldEdited'));
      writeItemField(doc, edit.field, previous);
    },
  };
}
