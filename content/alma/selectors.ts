import type { PageKind } from './types';
import { queryFirst, type SelectorAlternatives } from './query';

/**
 * Every Alma selector the extension uses, and nowhere else. Each entry is a list of alternatives, tried in
 * order (content/alma/query.ts); the comment says where it was seen. "alma-dom.md" is the team's research
 * notes (docs/alma-dom.md in the shared reference); "ASSUMED" means no public source showed it and the
 * fixtures in tests/fixtures/alma carry the same assumption.
 *
 * Ids containing dots are written as attribute selectors (`[id="a.b"]`), never `#a\.b`, so they read as
 * Alma writes them.
 */
export const SELECTORS = {
  // ── Frames ──────────────────────────────────────────────────────────────────────────────────────────
  /** Top Alma page → new-MDE wrapper. alma-dom.md §2.3 (TU lAma), Part 2 (CABB app.py, 2026-03). */
  ngWrapperFrame: ['iframe#yardsNgWrapper'],
  /** Wrapper → GWT grid. alma-dom.md §2.3 (`check852c`); fallback from CABB `iframe[id*='yards']`. */
  yardsFrame: ['iframe#yards_iframe', 'iframe[id*="yards"]:not(#yardsNgWrapper)'],
  /** Old MDE host page → editor frame. alma-dom.md §2.2 (Technion); `title='MDEditor'` from Part 2 (CABB, TU lAma popup). */
  oldMdeFrame: ['#mdeditor_container > iframe', 'iframe[title="MDEditor"]'],

  // ── New-MDE wrapper (/rep/yards_ng.jsp) — alma-dom.md §2.3 and Part 2 (TU lAma) ───────────────────────
  wrapperLayout: ['mdng-layout'],
  wrapperHeaders: ['#gwt-headers'],
  /** Text contains `(MMS ID)`. */
  mmsIdContainer: ['.mmsIdContainer'],
  /** Text matches /(Holdings|Bestand)|MARC21 \(Bib\)|…/. One per pane in split view: ASSUMED. */
  headerFirstRow: ['[id$="header.firstRow"]'],
  headerSecondRow: ['[id$="header.secondRow"]'],
  /** Present while the wrapper is loading; removed when the MDE is ready. */
  wrapperLoading: ['mdng-layout div.gwtVisibility'],
  catalogerLevel: ['#gwt-headers mat-form-field.catalogerLevelCombo'],
  saveMenuItem: ['#MenuItem_menu_records_save'],

  // ── GWT grid (/rep/yards.jsp; also inside the old MDE frame) — alma-dom.md §2.3 "Record grid" ─────────
  /** Matched as an id prefix (`editorTable-left` / `-right`); class `editorTable` as fallback. */
  editorTable: ['table[id^="editorTable"]', 'table.editorTable'],
  /** One per pane (CNMARC Cloud App, Part 2: `marcEditor mainContainer autoHeight`). */
  editorContainer: ['.marcEditor.mainContainer'],
  /** `FieldTagBox.tag.<TAG>…`; a new empty-tag field is `FieldTagBox.tag..…`; the leader `FieldTagBox.tag.LDR…`. */
  tagInput: ['input[id^="FieldTagBox.tag."]'],
  ind1Input: ['input[id^="FieldIndicatorBox.tag."][id$=".1"]'],
  ind2Input: ['input[id^="FieldIndicatorBox.tag."][id$=".2"]'],
  /** The field's text (`$$a …`; control fields without `$$`). TU lAma also uses the prefix without the dot. */
  fieldText: ['div[id^="MarcEditorPresenter.textArea."] textarea', 'div[id^="MarcEditorPresenter.textArea"] textarea'],
  /** A local field's row holds this cell (TU lAma). */
  localFieldMarker: ['td.localFieldIndication'],
  /** Old MDE: one per pane, text contains `(MMS ID)` — alma-dom.md §2.2. */
  paneTitle: ['[id="MarcEditorView.title"]', '[id^="MarcEditorView.title"]'],
  selectedRow: ['.selectedRow'],

  // ── Old MDE host page — alma-dom.md §2.2 (Technion) ───────────────────────────────────────────────────
  oldMdeBody: ['body[id="body_id_xml_file_mdeditor.md_editor.xml"]'],

  // ── Legacy (JSP) pages, recognised by body id — alma-dom.md §2.4 and Part 2 §3 (TU lAma) ─────────────
  itemEditorBody: ['body[id="body_id_xml_file_resource_editor.physical.item_general.xml"]'],
  itemsListBody: ['body[id="body_id_xml_file_resource_editor.physical.items_list.xml"]'],
  holdingsListBody: ['body[id="body_id_xml_file_resource_editor.physical.holdings_list.xml"]'],
  pageTitle: ['.pageTitle'],
  loadingBlocker: ['#loadingBlocker'],
  generalTab: ['#cresource_editorgeneral_span a'],
  pageButtons: ['#breadcrumbs .btnWrapper', '.btnWrapper .pull-right'],

  // ── List of Items — Part 2 §3 (TU lAma) ───────────────────────────────────────────────────────────────
  itemsListHeader: ['[id^="SELENIUM_ID_list_HEADER_"]'],
  /** `#recordContainerlist<ITEM_PID>`; the holdings list's `recordContainerlistWithFilters…` must not match. */
  itemsListRow: ['[id^="recordContainerlist"]:not([id^="recordContainerlistWithFilters"])'],
  /** Row checkbox; its value is the item PID. */
  itemsListCheckbox: ['input[name="pageBean.selectedResultsList.values"][type="checkbox"]'],

  // ── List of Holdings — Part 2 §3 (TU lAma; `_COL_pid` from the Judaica script) ───────────────────────
  holdingsListHeader: ['[id^="SELENIUM_ID_listWithFilters_HEADER_"]'],
  holdingsListRow: ['[id^="recordContainerlistWithFilters"]'],

  // ── Withdraw / last-item dialog — ASSUMED: alma-dom.md Part 2 §3 found no public code showing its DOM.
  // The fixture tests/fixtures/alma/withdraw-dialog/index.html is built to these selectors.
  withdrawDialogBody: ['body[id="body_id_xml_file_resource_editor.physical.withdraw_last_item.xml"]'],
  withdrawHoldingsChoice: ['input[type="radio"][name="pageBean.holdingsAction"]'],

  // ── Withdraw confirmation, list facts, relink — ASSUMED like the last-item dialog: the procedures
  // (docs/procedures.md, Withdraw items and Relink) document the steps (ellipsis > Withdraw > Confirm;
  // Holdings > Relink > search > Relink) but no public source
  // shows their DOM. The fixtures withdraw-confirm-oclc, items-list-*, relink-search and relink-confirm are built
  // to these selectors.
  withdrawConfirmBody: ['body[id="body_id_xml_file_resource_editor.physical.withdraw_items_confirm.xml"]'],
  /** One row per item the confirmation will withdraw: `recordContainerwithdrawList<ITEM_PID>`. */
  withdrawConfirmRow: ['[id^="recordContainerwithdrawList"]'],
  /** What makes either withdraw page usable: the last-item question or the list of items to withdraw. */
  withdrawDialogContent: ['input[type="radio"][name="pageBean.holdingsAction"]', '[id^="recordContainerwithdrawList"]'],
  /** The bib of a legacy page (seen on the record simple view, alma-dom.md §2.4; ASSUMED on the lists and dialogs). */
  pageMmsId: ['#pageBeanmmsId'],
  /** The holdings record a list or dialog is limited to. */
  holdingsIdInput: ['#pageBeanholdingsId'],
  /** Count of the whole list (all pages), e.g. "1 - 20 of 35". */
  itemsListCount: ['#SELENIUM_ID_list_recordsCount'],
  relinkBody: ['body[id^="body_id_xml_file_resource_editor.physical.relink_"]'],
  /** The bib the inventory leaves (SOURCE) and, once chosen, the bib it moves to (TARGET). */
  relinkSourceMmsId: ['#pageBeansourceMmsId'],
  relinkTargetMmsId: ['#pageBeantargetMmsId'],
} as const satisfies Record<string, SelectorAlternatives>;

export type SelectorName = keyof typeof SELECTORS;

/**
 * Physical Item Editor fields: the visible control and, for coded fields, the `_hiddenSelect` holding the
 * code (the pattern alma-dom.md §2.4 describes). Documented ids are marked "seen"; the rest follow the
 * same `pageBeanitemMddnxphysicalItemTable<column>` pattern and are ASSUMED.
 */
export const ITEM_EDITOR_FIELDS = {
  barcode: { input: ['#pageBeanitemMddnxphysicalItemTablebarcode'] }, // seen (FU Berlin, TU lAma)
  copyId: { input: ['#pageBeanitemMddnxphysicalItemTablecopyId'] }, // ASSUMED
  description: { input: ['#pageBeanitemMddnxphysicalItemTabledescription'] }, // ASSUMED
  enumerationA: { input: ['#pageBeanitemMddnxphysicalItemTableenumerationA'] }, // ASSUMED
  enumerationB: { input: ['#pageBeanitemMddnxphysicalItemTableenumerationB'] }, // ASSUMED
  chronologyI: { input: ['#pageBeanitemMddnxphysicalItemTablechronologyI'] }, // ASSUMED
  chronologyJ: { input: ['#pageBeanitemMddnxphysicalItemTablechronologyJ'] }, // ASSUMED
  publicNote: { input: ['#pageBeanitemMddnxphysicalItemTablepublicNote'] }, // ASSUMED
  fulfillmentNote: { input: ['#pageBeanitemMddnxphysicalItemTablefulfillmentNote'] }, // ASSUMED
  pieces: { input: ['#pageBeanitemMddnxphysicalItemTablepieces'] }, // ASSUMED (label "Pieces" seen, Princeton; id not in alma-dom.md)
  internalNote1: { input: ['#pageBeanitemMddnxphysicalItemTableinternalNote_1'] }, // seen
  internalNote2: { input: ['#pageBeanitemMddnxphysicalItemTableinternalNote_2'] }, // ASSUMED (pattern of _1)
  internalNote3: { input: ['#pageBeanitemMddnxphysicalItemTableinternalNote_3'] }, // ASSUMED (pattern of _1)
  materialType: {
    input: ['#pageBeanitemMddnxphysicalItemTablematerialType'], // seen
    code: ['#pageBeanitemMddnxphysicalItemTablematerialType_hiddenSelect'], // seen
  },
  itemPolicy: {
    input: ['#pageBeanitemMddnxphysicalItemTableitemPolicy'], // seen
    code: ['#pageBeanitemMddnxphysicalItemTableitemPolicy_hiddenSelect'], // seen
  },
  permanentLocation: {
    input: ['#pageBeanpermanentLocationId'], // ASSUMED (visible half of the seen hidden select)
    code: ['#pageBeanpermanentLocationId_hiddenSelect'], // seen
  },
  temporaryLocation: {
    input: ['#pageBeantemporaryLocationId'], // ASSUMED
    code: ['#pageBeantemporaryLocationId_hiddenSelect'], // ASSUMED
  },
  inTemporaryLocation: {
    input: ['#pageBeanitemMddnxphysicalItemTableinTempLocation'], // ASSUMED
    code: ['#pageBeanitemMddnxphysicalItemTableinTempLocation_hiddenSelect'], // ASSUMED; code 'true'/'false'
  },
  processType: {
    input: ['#pageBeanselectedProcessType'], // seen
    code: ['#pageBeanselectedProcessType_hiddenSelect'], // seen
  },
  itemId: { input: ['#pageBeanitemMddnxcontrolCharacteristicspId'] }, // seen
  mmsId: { input: ['#pageBeanmmsId'] }, // seen on the record simple view; ASSUMED on the item editor
} as const satisfies Record<string, { input: SelectorAlternatives; code?: SelectorAlternatives }>;

/**
 * Cells of the List of Items, looked up inside a row by id suffix. `COL_accessionNumber` is seen (TU lAma);
 * the other column names follow the holdings list's `SELENIUM_ID_listWithFilters_ROW_<n>_COL_pid` pattern
 * and are ASSUMED.
 */
export const ITEMS_LIST_COLUMNS = {
  barcode: ['[id$="_COL_barcode"]'],
  description: ['[id$="_COL_description"]'],
  location: ['[id$="_COL_location"]'],
  processType: ['[id$="_COL_processType"]'],
  status: ['[id$="_COL_status"]'],
  accessionNumber: ['[id$="COL_accessionNumber"]'],
} as const satisfies Record<string, SelectorAlternatives>;

/** Cells of the List of Holdings: `_COL_pid` seen (Judaica script); the others ASSUMED. */
export const HOLDINGS_LIST_COLUMNS = {
  holdingsId: ['[id$="_COL_pid"]'],
  library: ['[id$="_COL_library"]'],
  location: ['[id$="_COL_location"]'],
  callNumber: ['[id$="_COL_callNumber"]'],
} as const satisfies Record<string, SelectorAlternatives>;

interface Expectation {
  name: SelectorName;
  /** Without a required element the page cannot be used and is reported as 'unrecognised'. */
  required: boolean;
}

const GRID_EXPECTATIONS: Expectation[] = [
  { name: 'editorTable', required: true },
  { name: 'tagInput', required: true },
  { name: 'fieldText', required: true },
  { name: 'editorContainer', required: false },
];

/** What each page kind is expected to contain. */
export const PAGE_EXPECTATIONS: Record<PageKind, readonly Expectation[]> = {
  'mde-wrapper': [
    { name: 'yardsFrame', required: true },
    { name: 'wrapperLayout', required: false },
    { name: 'wrapperHeaders', required: false },
    { name: 'mmsIdContainer', required: false },
    { name: 'headerFirstRow', required: false },
  ],
  'mde-bib': GRID_EXPECTATIONS,
  'mde-holdings': GRID_EXPECTATIONS,
  'mde-split': GRID_EXPECTATIONS,
  'mde-old': [{ name: 'oldMdeFrame', required: true }],
  'item-editor': [
    { name: 'itemEditorBody', required: true },
    { name: 'pageTitle', required: false },
    { name: 'loadingBlocker', required: false },
  ],
  'items-list': [
    { name: 'itemsListBody', required: true },
    { name: 'itemsListHeader', required: true },
  ],
  'holdings-list': [
    { name: 'holdingsListBody', required: true },
    { name: 'holdingsListHeader', required: true },
  ],
  'withdraw-dialog': [{ name: 'withdrawDialogContent', required: true }],
  relink: [
    { name: 'relinkBody', required: true },
    { name: 'relinkSourceMmsId', required: false },
  ],
  unrecognised: [],
  other: [],
};

/** Item Editor fields whose absence is reported (the barcode is also required for recognition). */
const ITEM_FIELD_HEALTH = ['barcode', 'materialType', 'itemPolicy', 'processType'] as const;

export interface SelectorHealth {
  /** Names of expected elements that were not found (SELECTORS keys, or `item.<field>`). */
  missing: string[];
  /** The subset of `missing` without which the page cannot be used. */
  missingRequired: string[];
}

/** Which of the elements expected on a page of `kind` are missing from `doc`. */
export function selectorHealth(doc: Document, kind: PageKind): SelectorHealth {
  const missing: string[] = [];
  const missingRequired: string[] = [];
  for (const { name, required } of PAGE_EXPECTATIONS[kind]) {
    if (queryFirst(doc, SELECTORS[name])) continue;
    missing.push(name);
    if (required) missingRequired.push(name);
  }
  if (kind === 'item-editor') {
    for (const field of ITEM_FIELD_HEALTH) {
      const selectors = ITEM_EDITOR_FIELDS[field];
      if (!queryFirst(doc, selectors.input)) {
        missing.push(`item.${field}`);
        if (field === 'barcode') missingRequired.push(`item.${field}`);
      } else if ('code' in selectors && !queryFirst(doc, selectors.code)) {
        missing.push(`item.${field}.code`);
      }
    }
  }
  return { missing, missingRequired };
}
