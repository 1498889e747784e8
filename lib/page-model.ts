/**
 * What the engine knows of Alma's pages without reading them: the kinds of page, and the item record as the
 * Physical Item Editor shows it. Pure data, shared by the content scripts (which fill it from the DOM), the
 * background, the rules and the CLI.
 */

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

/** Where a record sits in the Metadata Editor: alone, or the left or right pane of the split view. */
export type EditorPane = 'single' | 'left' | 'right';

/** What the panel groups findings by: an editor pane, or the item of the Physical Item Editor. */
export type PaneId = EditorPane | 'item';

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
  /**
   * Fields this page does not show whose values come from another tab of the same item, as last seen there (the
   * item editor's tabs are separate pages; content/live/read-item.ts withRememberedFields). Absent when none.
   */
  seenOnOtherTab?: string[];
}

/**
 * Which item the background's record memory keeps fields for: its PID when Alma has given it one (the same
 * entry in every tab), otherwise the unsaved item of the asking tab for this bib.
 */
export interface ItemMemoryKey {
  itemId: string | null;
  mmsId: string | null;
}

/**
 * The Physical Item Editor's tabs. Each tab is its own page load, not a hidden section: on the General tab the
 * notes are not in the document, and on the Notes tab Pieces and the other General boxes are not
 * (docs/alma-evidence.md, item editor: AP 2022-04, FU, Lt; Princeton "Items - Edit Fields").
 */
export type ItemEditorTab = 'general' | 'notes';

/** ItemRecord fields that are boxes of the item editor (the others say which item it is, or what was not read). */
export type ItemBoxField = Exclude<keyof ItemRecord, 'mmsId' | 'itemId' | 'missing' | 'seenOnOtherTab'>;

/**
 * The tab each box is on. Internal notes (Lt) and the Fulfillment note (Princeton) are evidenced on Notes;
 * the Public note is ASSUMED there too, as in Alma's documentation of the Notes tab. Everything else is on
 * General, where the evidenced barcode, material type, item policy, process type and locations are.
 */
export const ITEM_FIELD_TABS: Readonly<Record<ItemBoxField, ItemEditorTab>> = {
  barcode: 'general',
  copyId: 'general',
  description: 'general',
  enumerationA: 'general',
  enumerationB: 'general',
  chronologyI: 'general',
  chronologyJ: 'general',
  materialType: 'general',
  itemPolicy: 'general',
  permanentLocation: 'general',
  temporaryLocation: 'general',
  inTemporaryLocation: 'general',
  processType: 'general',
  pieces: 'general',
  publicNote: 'notes',
  fulfillmentNote: 'notes',
  internalNotes: 'notes',
};
