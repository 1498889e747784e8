import type { MarcRecord, StructuralProblem } from '../marc/types';

/**
 * Every Alma page (or frame) the extension can tell apart. Recognition uses DOM content
 * (body ids, frame ids, headers), never visible labels: Alma runs in many interface languages.
 */
export type PageKind =
  | 'mde-wrapper' // new Metadata Editor's Angular shell (/rep/yards_ng.jsp): holds iframe#yards_iframe
  | 'mde-bib' // GWT grid (/rep/yards.jsp) showing one bibliographic record
  | 'mde-holdings' // GWT grid showing one holdings record
  | 'mde-split' // GWT grid with two records side by side (editorTable-left and -right)
  | 'mde-old' // old Metadata Editor (/rep/MDEditor.jsp, body#body_id_xml_file_mdeditor.md_editor.xml)
  | 'item-editor' // Physical Item Editor
  | 'items-list' // List of Items
  | 'holdings-list' // List of Holdings
  | 'withdraw-dialog' // withdraw confirmation / last-item dialog
  | 'relink' // relink search and confirmation
  | 'unrecognised' // looks like an Alma editor but expected elements are missing (layout changed)
  | 'other';

export type MarcRecordType = 'bib' | 'holdings';

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
  pane: 'left' | 'right' | 'single';
  /** Row of the leader (LDR), kept apart because the leader is not in record.fields. */
  leaderRow: FieldRowRef | null;
  fieldRows: FieldRowRef[];
  /**
   * What could not be read cleanly: rows left out (no tag yet, no text box), text before the first `$$`
   * (not in the model, still in the editor), odd indicators, a missing leader. Empty for a clean grid.
   */
  problems?: StructuralProblem[];
}

/** A coded value from Alma's forms: the visible label and the code from its `_hiddenSelect`. */
export interface CodedValue {
  code: string;
  label: string;
}

/** The Physical Item Editor's record, as far as the extension reads it. Empty strings when blank. */
export interface ItemRecord {
  barcode: string;
  copyId: string;
  description: string;
  enumerationA: string;
  enumerationB: string;
  chronologyI: string;
  chronologyJ: string;
  materialType: CodedValue;
  itemPolicy: CodedValue;
  permanentLocation: CodedValue;
  temporaryLocation: CodedValue;
  inTemporaryLocation: boolean;
  processType: CodedValue;
  publicNote: string;
  fulfillmentNote: string;
  /**
   * Pieces (number of physical pieces, free text in Alma). Optional: absent from ItemRecords built before it
   * was read, and left out (with 'pieces' in `missing`) when the page has no Pieces box.
   */
  pieces?: string;
  internalNotes: string[];
  /** MMS ID of the bib the item belongs to, when the page shows it. */
  mmsId: string | null;
  /** Item PID when the page shows it. */
  itemId: string | null;
  /** Fields of the editor that were not found on the page (ItemRecord keys); absent or empty when all were. */
  missing?: string[];
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
