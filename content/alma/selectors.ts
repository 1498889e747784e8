import type { PageKind } from './types';
import { queryFirst, type SelectorAlternatives } from './query';

/**
 * Every Alma selector the extension uses, and nowhere else. Each entry is a list of alternatives, tried in
 * order (content/alma/query.ts). Each entry's JSDoc carries one `Evidence:` line: the verdict (confirmed,
 * refined, corrected, assumed), the public sources with their dates, and the section of docs/alma-evidence.md
 * that records what they show (tests/unit/content/alma/selector-evidence.test.ts fails on an entry without one).
 * "assumed" means no public source shows it; the fixtures in tests/fixtures/alma carry the same assumption and
 * the extension degrades to "cannot tell on this page" without it.
 *
 * Ids containing dots are written as attribute selectors (`[id="a.b"]`), never `#a\.b`, so they read as
 * Alma writes them.
 */
export const SELECTORS = {
  // ── Frames ──────────────────────────────────────────────────────────────────────────────────────────
  /**
   * Top Alma page → new-MDE wrapper.
   * Evidence: confirmed — L (TU lAma content script, after the 2022 layout), C (CNMARC Cloud App), CABB 2026-03 (docs/alma-evidence.md §1.1)
   */
  ngWrapperFrame: ['iframe#yardsNgWrapper'],
  /**
   * Wrapper → GWT grid; CABB's `iframe[id*='yards']` as fallback.
   * Evidence: confirmed — L (after 2022), C, CABB 2026-03 (docs/alma-evidence.md §1.2)
   */
  yardsFrame: ['iframe#yards_iframe', 'iframe[id*="yards"]:not(#yardsNgWrapper)'],
  /**
   * Old MDE host page → editor frame.
   * Evidence: confirmed — T (Technion extension, pre-2021), L (after 2022), CABB 2026-03 (docs/alma-evidence.md §1.3)
   */
  oldMdeFrame: ['#mdeditor_container > iframe', 'iframe[title="MDEditor"]'],

  // ── New-MDE wrapper (/rep/yards_ng.jsp) ──────────────────────────────────────────────────────────────
  /**
   * The wrapper's Angular layout element.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §2.1)
   */
  wrapperLayout: ['mdng-layout'],
  /**
   * The block holding the record headers and the cataloger level.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §2.1)
   */
  wrapperHeaders: ['#gwt-headers'],
  /**
   * Text contains `(MMS ID)`; sits inside `header.firstRow`, one per pane in split view.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §2.2)
   */
  mmsIdContainer: ['.mmsIdContainer'],
  /**
   * First header row of a pane: holds `.mmsIdContainer`, NOT the record type. Ids start with the pane
   * ("left…"/"right…") in split view.
   * Evidence: corrected — L (after 2022, its link-to-search code) (docs/alma-evidence.md §2.2)
   */
  headerFirstRow: ['[id$="header.firstRow"]'],
  /**
   * Second header row of a pane: the record type ("MARC21 Bib…", "Holdings"/"Bestand", "GND (Community)").
   * Evidence: corrected — L (after 2022, its link-to-search code) (docs/alma-evidence.md §2.3)
   */
  headerSecondRow: ['[id$="header.secondRow"]'],
  /**
   * Present while the wrapper is loading; removed when the MDE is ready.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §2.1)
   */
  wrapperLoading: ['mdng-layout div.gwtVisibility'],
  /**
   * The cataloger-level box in the header.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §2.1)
   */
  catalogerLevel: ['#gwt-headers mat-form-field.catalogerLevelCombo'],
  /**
   * The Save menu item of the wrapper's menu bar.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §2.5)
   */
  saveMenuItem: ['#MenuItem_menu_records_save'],

  // ── GWT grid (/rep/yards.jsp; also inside the old MDE frame) ─────────────────────────────────────────
  /**
   * Matched as an id prefix (`editorTable-left` / `-right`); class `editorTable` as fallback (assumed).
   * Evidence: confirmed — L (after 2022), J (Judaica extension, old-MDE era) (docs/alma-evidence.md §3.1)
   */
  editorTable: ['table[id^="editorTable"]', 'table.editorTable'],
  /**
   * One per pane (`marcEditor mainContainer autoHeight`).
   * Evidence: confirmed — L (after 2022), C (CNMARC Cloud App) (docs/alma-evidence.md §3.7)
   */
  editorContainer: ['.marcEditor.mainContainer'],
  /**
   * `FieldTagBox.tag.<TAG>…`; a new empty-tag field is `FieldTagBox.tag..…`; the leader `FieldTagBox.tag.LDR…`.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §3.2)
   */
  tagInput: ['input[id^="FieldTagBox.tag."]'],
  /**
   * First indicator box; empty or `#` when blank (§3.5).
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §3.3)
   */
  ind1Input: ['input[id^="FieldIndicatorBox.tag."][id$=".1"]'],
  /**
   * Second indicator box; empty or `#` when blank (§3.5).
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §3.3)
   */
  ind2Input: ['input[id^="FieldIndicatorBox.tag."][id$=".2"]'],
  /**
   * The field's text (`$$a …`; control fields without `$$`). The container is
   * `div[id="MarcEditorPresenter.textArea.<TAG>"]` with NO row suffix; prefix matching keeps both forms working,
   * and TU lAma's prefix without the dot is the fallback.
   * Evidence: corrected — C (CNMARC Cloud App), J (old-MDE era), L (after 2022) (docs/alma-evidence.md §3.4)
   */
  fieldText: ['div[id^="MarcEditorPresenter.textArea."] textarea', 'div[id^="MarcEditorPresenter.textArea"] textarea'],
  /**
   * A local field's row holds this cell.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §3.6)
   */
  localFieldMarker: ['td.localFieldIndication'],
  /**
   * Old MDE: one per pane, text contains `(MMS ID)` and "Bibliographic"/"Holding".
   * Evidence: confirmed — T (pre-2021), L (after 2022) (docs/alma-evidence.md §3.9)
   */
  paneTitle: ['[id="MarcEditorView.title"]', '[id^="MarcEditorView.title"]'],
  /**
   * The row the cataloger clicked.
   * Evidence: confirmed — T (pre-2021), J (old-MDE era) (docs/alma-evidence.md §3.9)
   */
  selectedRow: ['.selectedRow'],

  // ── Old MDE host page ─────────────────────────────────────────────────────────────────────────────────
  /**
   * Body id of the old MDE's host page.
   * Evidence: confirmed — T (Technion extension, pre-2021) (docs/alma-evidence.md §1.3)
   */
  oldMdeBody: ['body[id="body_id_xml_file_mdeditor.md_editor.xml"]'],

  // ── Legacy (JSP) pages, recognised by body id ──────────────────────────────────────────────────────────
  /**
   * Physical Item Editor (its General tab; other tabs are separate page loads, §9.3).
   * Evidence: confirmed — L (after 2022), T (pre-2021) (docs/alma-evidence.md §7)
   */
  itemEditorBody: ['body[id="body_id_xml_file_resource_editor.physical.item_general.xml"]'],
  /**
   * List of Items; it keeps this body id while the withdraw and last-item popups are open (§10).
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §7)
   */
  itemsListBody: ['body[id="body_id_xml_file_resource_editor.physical.items_list.xml"]'],
  /**
   * List of Holdings.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §7)
   */
  holdingsListBody: ['body[id="body_id_xml_file_resource_editor.physical.holdings_list.xml"]'],
  /**
   * The page's title line.
   * Evidence: confirmed — S (alma-slipsomat, 2019), TG (tualpaka, 2022-05) (docs/alma-evidence.md §7)
   */
  pageTitle: ['.pageTitle'],
  /**
   * Blocks the page while it loads; class `hide` when idle.
   * Evidence: confirmed — L, Lt (after 2022) (docs/alma-evidence.md §7)
   */
  loadingBlocker: ['#loadingBlocker'],
  /**
   * The item editor's General tab link (`aria-selected` on the open tab).
   * Evidence: confirmed — TG (tualpaka, 2022-05) (docs/alma-evidence.md §7)
   */
  generalTab: ['#cresource_editorgeneral_span a'],
  /**
   * Where a legacy page's buttons sit.
   * Evidence: confirmed — L (after 2022), TG 2022-05 (docs/alma-evidence.md §7)
   */
  pageButtons: ['#breadcrumbs .btnWrapper', '.btnWrapper .pull-right'],

  // ── List of Items ─────────────────────────────────────────────────────────────────────────────────────
  /**
   * Column headers `SELENIUM_ID_list_HEADER_<column>`.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §8)
   */
  itemsListHeader: ['[id^="SELENIUM_ID_list_HEADER_"]'],
  /**
   * `#recordContainerlist<ITEM_PID>`; the holdings list's `recordContainerlistWithFilters…` must not match.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §8)
   */
  itemsListRow: ['[id^="recordContainerlist"]:not([id^="recordContainerlistWithFilters"])'],
  /**
   * Row checkbox; its value is the item PID.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §8)
   */
  itemsListCheckbox: ['input[name="pageBean.selectedResultsList.values"][type="checkbox"]'],

  // ── List of Holdings ──────────────────────────────────────────────────────────────────────────────────
  /**
   * Column headers `SELENIUM_ID_listWithFilters_HEADER_<column>`.
   * Evidence: confirmed — L (after 2022), J (old-MDE era) (docs/alma-evidence.md §8)
   */
  holdingsListHeader: ['[id^="SELENIUM_ID_listWithFilters_HEADER_"]'],
  /**
   * `#recordContainerlistWithFilters<HOL_ID>`.
   * Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §8)
   */
  holdingsListRow: ['[id^="recordContainerlistWithFilters"]'],

  // ── Withdraw / last-item dialog. Part of what Alma shows (popups over the List of Items, §10); no public
  // source shows their DOM, so these body ids and controls are the project's own and the fixtures
  // withdraw-dialog, withdraw-confirm-oclc and withdraw-last-item-oclc are built to them.
  /**
   * Body id of a last-item dialog page.
   * Evidence: assumed — no public DOM; the dialogs are popups over the List of Items (docs/alma-evidence.md §10)
   */
  withdrawDialogBody: ['body[id="body_id_xml_file_resource_editor.physical.withdraw_last_item.xml"]'],
  /**
   * The last-item question's choice of what to do with the holdings record.
   * Evidence: assumed — Temple (wording only); no public DOM (docs/alma-evidence.md §10)
   */
  withdrawHoldingsChoice: ['input[type="radio"][name="pageBean.holdingsAction"]'],
  /**
   * Body id of a withdraw confirmation page.
   * Evidence: assumed — no public DOM (docs/alma-evidence.md §10)
   */
  withdrawConfirmBody: ['body[id="body_id_xml_file_resource_editor.physical.withdraw_items_confirm.xml"]'],
  /**
   * One row per item the confirmation will withdraw: `recordContainerwithdrawList<ITEM_PID>`.
   * Evidence: assumed — no public DOM (docs/alma-evidence.md §10)
   */
  withdrawConfirmRow: ['[id^="recordContainerwithdrawList"]'],
  /**
   * What makes either withdraw page usable: the last-item question or the list of items to withdraw.
   * Evidence: assumed — no public DOM (docs/alma-evidence.md §10)
   */
  withdrawDialogContent: ['input[type="radio"][name="pageBean.holdingsAction"]', '[id^="recordContainerwithdrawList"]'],
  /**
   * The bib of a legacy page (text of `#pageBeanmmsId`).
   * Evidence: refined — L, J (record view only); assumed on the lists and dialogs (docs/alma-evidence.md §12)
   */
  pageMmsId: ['#pageBeanmmsId'],
  /**
   * The holdings record a list or dialog is limited to.
   * Evidence: assumed — no public evidence (docs/alma-evidence.md §12)
   */
  holdingsIdInput: ['#pageBeanholdingsId'],
  /**
   * Count of the whole list (all pages), e.g. "(1 - 20 of 45 )": the largest number is the total. The id is the
   * project's first guess; `.listNumOfRecords` is what J reads.
   * Evidence: confirmed — J (Judaica extension) for `.listNumOfRecords`; the id is assumed (docs/alma-evidence.md §8)
   */
  itemsListCount: ['#SELENIUM_ID_list_recordsCount', '.listNumOfRecords'],
  /**
   * The List of Holdings' record count, the same legacy list markup as the List of Items'.
   * Evidence: confirmed — J (Judaica extension), "(1 - 1 of 1 )" (docs/alma-evidence.md §8)
   */
  holdingsListCount: ['.listNumOfRecords'],
  /**
   * SUPERSEDED: the separate JSP relink pages (search, confirmation) the project first assumed. Alma relinks in
   * the MDE's right-hand pane (`relinkPane`); kept only so the old fixtures relink-search / relink-confirm
   * still read, until nothing depends on them.
   * Evidence: corrected — WRLC 2022, FLVC contradict a separate page; no public DOM (docs/alma-evidence.md §6)
   */
  relinkBody: ['body[id^="body_id_xml_file_resource_editor.physical.relink_"]'],
  /**
   * SUPERSEDED with `relinkBody`: the bib the inventory leaves (SOURCE) on the old relink page.
   * Evidence: assumed — no public DOM (docs/alma-evidence.md §6)
   */
  relinkSourceMmsId: ['#pageBeansourceMmsId'],
  /**
   * SUPERSEDED with `relinkBody`: the bib the inventory moves to (TARGET), once chosen, on the old relink page.
   * Evidence: assumed — no public DOM (docs/alma-evidence.md §6)
   */
  relinkTargetMmsId: ['#pageBeantargetMmsId'],
} as const satisfies Record<string, SelectorAlternatives>;

export type SelectorName = keyof typeof SELECTORS;

/**
 * Physical Item Editor fields: the visible control and, for coded fields, the `_hiddenSelect` holding the
 * code (docs/alma-evidence.md §9.1). Each field's `Evidence:` line covers its input and its code.
 */
export const ITEM_EDITOR_FIELDS = {
  /** Evidence: confirmed — Lt (lAma item template, after 2022), FU (FU Berlin userscripts) (docs/alma-evidence.md §9.1) */
  barcode: { input: ['#pageBeanitemMddnxphysicalItemTablebarcode'] },
  /** Evidence: assumed — no public evidence (docs/alma-evidence.md §9.4) */
  copyId: { input: ['#pageBeanitemMddnxphysicalItemTablecopyId'] },
  /** Evidence: assumed — no public evidence (docs/alma-evidence.md §9.4) */
  description: { input: ['#pageBeanitemMddnxphysicalItemTabledescription'] },
  /** Evidence: assumed — no public evidence (docs/alma-evidence.md §9.4) */
  enumerationA: { input: ['#pageBeanitemMddnxphysicalItemTableenumerationA'] },
  /** Evidence: assumed — no public evidence (docs/alma-evidence.md §9.4) */
  enumerationB: { input: ['#pageBeanitemMddnxphysicalItemTableenumerationB'] },
  /** Evidence: assumed — no public evidence (docs/alma-evidence.md §9.4) */
  chronologyI: { input: ['#pageBeanitemMddnxphysicalItemTablechronologyI'] },
  /** Evidence: assumed — no public evidence (docs/alma-evidence.md §9.4) */
  chronologyJ: { input: ['#pageBeanitemMddnxphysicalItemTablechronologyJ'] },
  /** Evidence: assumed — no public evidence (docs/alma-evidence.md §9.4) */
  publicNote: { input: ['#pageBeanitemMddnxphysicalItemTablepublicNote'] },
  /** Evidence: assumed — no public evidence; the field is on the Notes tab (Princeton) (docs/alma-evidence.md §9.4) */
  fulfillmentNote: { input: ['#pageBeanitemMddnxphysicalItemTablefulfillmentNote'] },
  /** Evidence: assumed — label "Pieces" on the General tab (Princeton), id not public (docs/alma-evidence.md §9.4) */
  pieces: { input: ['#pageBeanitemMddnxphysicalItemTablepieces'] },
  /** Evidence: confirmed — Lt, AP 2022-04, FU; on the Notes tab (docs/alma-evidence.md §9.3) */
  internalNote1: { input: ['#pageBeanitemMddnxphysicalItemTableinternalNote_1'] },
  /** Evidence: confirmed — Lt (internalNote_1..3, Notes tab) (docs/alma-evidence.md §9.3) */
  internalNote2: { input: ['#pageBeanitemMddnxphysicalItemTableinternalNote_2'] },
  /** Evidence: confirmed — Lt (internalNote_1..3, Notes tab) (docs/alma-evidence.md §9.3) */
  internalNote3: { input: ['#pageBeanitemMddnxphysicalItemTableinternalNote_3'] },
  /** Evidence: confirmed — Lt, FU (input and `_hiddenSelect`; an empty type reads " ") (docs/alma-evidence.md §9.1) */
  materialType: {
    input: ['#pageBeanitemMddnxphysicalItemTablematerialType'],
    code: ['#pageBeanitemMddnxphysicalItemTablematerialType_hiddenSelect'],
  },
  /** Evidence: confirmed — Lt, FU (input and `_hiddenSelect`) (docs/alma-evidence.md §9.1) */
  itemPolicy: {
    input: ['#pageBeanitemMddnxphysicalItemTableitemPolicy'],
    code: ['#pageBeanitemMddnxphysicalItemTableitemPolicy_hiddenSelect'],
  },
  /** Evidence: confirmed — Lt (`_hiddenSelect`, `label[for='pageBeanpermanentLocationId']`); the visible input assumed (docs/alma-evidence.md §9.1) */
  permanentLocation: {
    input: ['#pageBeanpermanentLocationId'],
    code: ['#pageBeanpermanentLocationId_hiddenSelect'],
  },
  /** Evidence: assumed — no public evidence (docs/alma-evidence.md §9.4) */
  temporaryLocation: {
    input: ['#pageBeantemporaryLocationId'],
    code: ['#pageBeantemporaryLocationId_hiddenSelect'],
  },
  /** Evidence: assumed — no public evidence; code 'true'/'false' (docs/alma-evidence.md §9.4) */
  inTemporaryLocation: {
    input: ['#pageBeanitemMddnxphysicalItemTableinTempLocation'],
    code: ['#pageBeanitemMddnxphysicalItemTableinTempLocation_hiddenSelect'],
  },
  /** Evidence: confirmed — Lt, FU (one option only on an unsaved item, Lt) (docs/alma-evidence.md §9.5) */
  processType: {
    input: ['#pageBeanselectedProcessType'],
    code: ['#pageBeanselectedProcessType_hiddenSelect'],
  },
  /** Evidence: confirmed — FU (FU Berlin userscripts) (docs/alma-evidence.md §9.1) */
  itemId: { input: ['#pageBeanitemMddnxcontrolCharacteristicspId'] },
  /** Evidence: refined — L, J on the record view; assumed on the item editor (docs/alma-evidence.md §12) */
  mmsId: { input: ['#pageBeanmmsId'] },
} as const satisfies Record<string, { input: SelectorAlternatives; code?: SelectorAlternatives }>;

/** Cells of the List of Items, looked up inside a row by id suffix (docs/alma-evidence.md §8). */
export const ITEMS_LIST_COLUMNS = {
  /** Evidence: confirmed — V (Selenium scraper, 2020: `INPUT_SELENIUM_ID_list_ROW_<n>_COL_barcode`) (docs/alma-evidence.md §8) */
  barcode: ['[id$="_COL_barcode"]'],
  /** Evidence: confirmed — V 2020 (`SPAN_…_COL_description`) (docs/alma-evidence.md §8) */
  description: ['[id$="_COL_description"]'],
  /** Evidence: assumed — `_COL_<name>` pattern, column name not public (docs/alma-evidence.md §8) */
  location: ['[id$="_COL_location"]'],
  /** Evidence: assumed — V 2020 shows `_COL_processTypeForDisplay`; this id is the project's first guess (docs/alma-evidence.md §8) */
  processType: ['[id$="_COL_processType"]'],
  /** Evidence: assumed — `_COL_<name>` pattern, column name not public (docs/alma-evidence.md §8) */
  status: ['[id$="_COL_status"]'],
  /** Evidence: confirmed — L (after 2022) (docs/alma-evidence.md §8) */
  accessionNumber: ['[id$="COL_accessionNumber"]'],
} as const satisfies Record<string, SelectorAlternatives>;

/** Cells of the List of Holdings (docs/alma-evidence.md §8). */
export const HOLDINGS_LIST_COLUMNS = {
  /** Evidence: confirmed — J (Judaica extension, old-MDE era) (docs/alma-evidence.md §8) */
  holdingsId: ['[id$="_COL_pid"]'],
  /** Evidence: assumed — `_COL_<name>` pattern, column name not public (docs/alma-evidence.md §8) */
  library: ['[id$="_COL_library"]'],
  /** Evidence: assumed — `_COL_<name>` pattern, column name not public (docs/alma-evidence.md §8) */
  location: ['[id$="_COL_location"]'],
  /** Evidence: assumed — `_COL_<name>` pattern, column name not public (docs/alma-evidence.md §8) */
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
