import type { MarcRecord, StructuralProblem } from '../../lib/marc/types';
import type { EditorPane, MarcRecordType } from '../../lib/page-model';

export type { CodedValue, ItemRecord, MarcRecordType, PageKind } from '../../lib/page-model';

/** A field row in the Metadata Editor grid: the elements a fix writes to. */
export interface FieldRowRef {
  row: HTMLTableRowElement;
  tagInput: HTMLInputElement | null;
  ind1Input: HTMLInputElement | null;
  ind2Input: HTMLInputElement | null;
  textarea: HTMLTextAreaElement | null;
  /** Alma marks local fields with td.localFieldIndication. */
  local: boolean;
}

/** A record read from the Metadata Editor grid. fieldRows[i] is the row of record.fields[i]. */
export interface ExtractedRecord {
  record: MarcRecord;
  type: MarcRecordType;
  mmsId: string | null;
  /** 'left' or 'right' in split view, 'single' otherwise. */
  pane: EditorPane;
  /** Row of the leader (LDR), kept apart because the leader is not in record.fields. */
  leaderRow: FieldRowRef | null;
  fieldRows: FieldRowRef[];
  /**
   * What could not be read cleanly: rows left out (no tag yet, no text box), text before the first `$$`
   * (not in the model, still in the editor), odd indicators, a missing leader. Empty for a clean grid.
   */
  problems?: StructuralProblem[];
}

/**
 * One row of Alma's List of Items, as shown. Column texts are '' when the list does not show that column.
 * Structurally compatible with lib/procedures' ItemListRow.
 */
export interface ItemsListRow {
  /** Item PID, from the row id `recordContainerlist<PID>` or the row checkbox's value. */
  itemId: string | null;
  barcode: string;
  description: string;
  /** Location as shown (label, not code). */
  location: string;
  /** Process type as shown (e.g. a work order, Missing); '' when none. */
  processType: string;
  /** Status as shown (e.g. "Item in place"). */
  status: string;
  accessionNumber: string;
  /** True when the row's checkbox is ticked. */
  selected: boolean;
  row: HTMLElement;
}

/** One row of Alma's List of Holdings, as shown. */
export interface HoldingsListRow {
  holdingsId: string | null;
  library: string;
  location: string;
  callNumber: string;
  row: HTMLElement;
}
