import type { ExtractedRecord, FieldRowRef } from '../alma/types';
import { readRowField } from '../alma/extract-record';
import { readRowValues, restoreRowValues, writeFieldToRow, writeLeader, type RowValues } from '../alma/write-field';
import type { Finding } from '../../lib/rules/types';
import { t } from '../../components/i18n';
import { shownFixDescription } from '../../components/rule-words';
import { focusControl, subfieldRange } from './focus-control';
import type { UndoEntry } from './undo';

/** Focusing and fixing Metadata Editor findings through content/alma (the only code that knows the grid). */

function rowOf(extracted: ExtractedRecord, finding: Finding): FieldRowRef | null {
  if (finding.fieldIndex !== undefined) return extracted.fieldRows[finding.fieldIndex] ?? null;
  return finding.tag === 'LDR' ? extracted.leaderRow : null;
}

/** Scrolls to and focuses the finding's box: the indicator box for an indicator finding, else the text. */
export function focusGridFinding(extracted: ExtractedRecord, finding: Finding): boolean {
  const ref = rowOf(extracted, finding);
  if (!ref) return false;
  const indicatorBox = finding.indicator === 1 ? ref.ind1Input : finding.indicator === 2 ? ref.ind2Input : null;
  if (indicatorBox) {
    focusControl(indicatorBox, [0, indicatorBox.value.length]);
    return true;
  }
  const control = ref.textarea ?? ref.tagInput;
  if (!control) return false;
  const range =
    finding.position ??
    (finding.subfieldIndex !== undefined ? subfieldRange(control.value, finding.subfieldIndex) : undefined);
  focusControl(control, range);
  return true;
}

const sameValues = (a: RowValues, b: RowValues): boolean =>
  a.tag === b.tag && a.ind1 === b.ind1 && a.ind2 === b.ind2 && a.text === b.text;

/**
 * Writes the finding's fix into its row (content/alma fires input, change and keyup so the editor registers
 * it) and returns how to undo it. Never saves. Throws with a readable message when the fix cannot apply.
 */
export function applyGridFix(extracted: ExtractedRecord, finding: Finding): UndoEntry {
  const edit = finding.fix;
  if (!edit) throw new Error(t('action_noFix'));
  const description = shownFixDescription(edit);
  let ref: FieldRowRef | null;
  let previous: RowValues;
  if (edit.type === 'replace-field') {
    ref = extracted.fieldRows[edit.fieldIndex] ?? null;
    if (!ref) throw new Error(t('action_fieldGone', description, edit.fieldIndex + 1));
    requireUnchanged(ref, extracted.record.fields[edit.fieldIndex], description);
    previous = writeFieldToRow(ref, edit.field);
  } else if (edit.type === 'set-leader') {
    ref = extracted.leaderRow;
    if (!ref) throw new Error(t('action_noLeaderRow', description));
    requireUnchanged(ref, extracted.record.leader, description);
    previous = writeLeader(ref, edit.leader);
  } else {
    throw new Error(t('action_gridFixIsItem', description));
  }
  const row = ref;
  const written = readRowValues(row);
  return {
    description,
    undo() {
      if (!row.row.isConnected) throw new Error(t('action_undoRowRebuilt'));
      // Undoing over later typing would throw that typing away; Alma's own undo is the tool for that.
      if (!sameValues(readRowValues(row), written)) throw new Error(t('action_undoFieldEdited'));
      restoreRowValues(row, previous);
    },
  };
}

/**
 * A fix is computed from the field as it was checked; written over a row that holds something else since
 * (typed meanwhile, or another field now in that place) it would destroy that text. Refuse instead.
 */
function requireUnchanged(ref: FieldRowRef, checked: unknown, description: string): void {
  if (checked !== undefined && JSON.stringify(readRowField(ref)) === JSON.stringify(checked)) return;
  throw new Error(t('action_fieldChanged', description));
}
