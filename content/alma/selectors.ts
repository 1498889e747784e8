import type { ItemEditorTab } from '../../lib/page-model';
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
  /**
   * Split view: the right-hand pane showing Relink Holdings instead of a second record. Alma shows relink there
   * (not on a separate page); its markup is not public, so the id prefix is ours.
   * Evidence: assumed — WRLC 2022 and FLVC describe relink in the right pane; no public DOM (docs/alma-evidence.md §6)
   */
  relinkPane: ['[id^="relinkHoldings"]'],
  /**
   * Inside the relink pane: the bib chosen as TARGET (its MMS ID as text), once the cataloger picked one.
   * Evidence: assumed — no public DOM (docs/alma-evidence.md §6)
   */
  relinkPaneTarget: ['[id^="relinkHoldings"] [id^="relinkTargetMmsId"]'],

  // ── Old MDE host page ─────────────────────────────────────────────────────────────────────────────────
  /**
   * Body id of the old MDE's host page.
   * Evidence: confirmed — T (Technion extension, pre-2021) (docs/alma-evidence.md §1.3)
   */
  oldMdeBody: ['body[id="body_id_xml_file_mdeditor.md_editor.xml"]'],

  // ── Legacy (JSP) pages, recognised by body id ──────────────────────────────────────────────────────────
  /**
   * Physical Item Editor: its General tab's body id, then any `…physical.item_<tab>.xml` (the other tabs are
   * separate page loads whose body ids are not public, §9.3; the prefix is assumed and never matches `items_list`).
   * Evidence: confirmed — L (after 2022), T (pre-2021) (docs/alma-evidence.md §7)
   */
  itemEditorBody: [
    'body[id="body_id_xml_file_resource_editor.physical.item_general.xml"]',
    'body[id^="body_id_xml_file_resource_editor.physical.item_"]',
  ],
  /**
   * Any box of the item editor's form, on whichever tab (name form first, then the id form): what makes a page
   * whose body id changed an item editor.
   * Evidence: refined — AP 2022-04 (name = id with dots), Lt, FU (docs/alma-evidence.md §9.2)
   */
  itemEditorBox: ['[name^="pageBean.itemMd.dnx.physicalItemTable."]', '[id^="pageBeanitemMddnxphysicalItemTable"]'],
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
   * The item editor's General tab when it is the open one.
   * Evidence: refined — TG 2022-05 (`a[aria-selected]`; the value "true" on the open tab is assumed) (docs/alma-evidence.md §9.3)
   */
  generalTabOpen: [
    '#cresource_editorgeneral_span a[aria-selected="true"]',
    '#cresource_editorgeneral_span[aria-selected="true"]',
  ],
  /**
   * The item editor's Notes tab (tools click it, or its `_span`, to load the Notes page).
   * Evidence: confirmed — AP 2022-04, FU, Lt (docs/alma-evidence.md §9.3)
   */
  notesTab: ['#cresource_editornotes', '#cresource_editornotes_span'],
  /**
   * The Notes tab when it is the open one.
   * Evidence: assumed — the tab id is public (AP, FU, Lt), `aria-selected` on it by analogy with General (docs/alma-evidence.md §9.3)
   */
  notesTabOpen: [
    '[id^="cresource_editornotes"] a[aria-selected="true"]',
    '[id^="cresource_editornotes"][aria-selected="true"]',
  ],
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

  // ── Withdraw confirmation and Last Item dialog: popups over the List of Items, which keeps its body id; a
  // legacy popup may be a document of its own inside iframe#iframePopupIframe (§7, §10). No public source shows
  // the dialogs' DOM, so they are recognised only by the controls below (the project's own, conservative: the
  // generic confirmation alone could be any question) and the fixtures withdraw-dialog, withdraw-confirm-oclc,
  // withdraw-last-item-oclc are built to them. Without them a page stays a List of Items (state-based reminders).
  /**
   * The frame a legacy popup opens in.
   * Evidence: confirmed — SL (SLSP Selenium script), J (old-MDE era) (docs/alma-evidence.md §7)
   */
  popupFrame: ['iframe#iframePopupIframe'],
  /**
   * The generic confirmation's Confirm button ("Are you sure you want to proceed?"). Not enough on its own to
   * call a popup a withdraw confirmation.
   * Evidence: confirmed — S 2019, SL (docs/alma-evidence.md §7)
   */
  confirmationConfirmButton: ['#PAGE_BUTTONS_cbuttonconfirmationconfirm'],
  /**
   * The last-item question's choice of what to do with the holdings record.
   * Evidence: assumed — Temple (wording only); no public DOM (docs/alma-evidence.md §10)
   */
  withdrawHoldingsChoice: ['input[type="radio"][name="pageBean.holdingsAction"]'],
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

const ITEM_TABLE = 'pageBean.itemMd.dnx.physicalItemTable';

/**
 * An item editor box by its documented id, then by its name: the id is the name without its dots, and the
 * `[name="…"]` form is the fallback for every item input (docs/alma-evidence.md §9.2).
 */
function itemBox(name: string): SelectorAlternatives {
  return [`#${name.split('.').join('')}`, `input[name="${name}"]`];
}

/** The code half of a coded box: its `_hiddenSelect`, then a select carrying the box's name (assumed). */
function itemCode(name: string): SelectorAlternatives {
  return [`#${name.split('.').join('')}_hiddenSelect`, `select[name="${name}"]`];
}

/**
 * Physical Item Editor fields: the visible control and, for coded fields, the `_hiddenSelect` holding the
 * code (docs/alma-evidence.md §9.1), each with the name form as fallback (§9.2). Each field's `Evidence:` line
 * covers its input and its code. The tab a box is on is lib/page-model.ts ITEM_FIELD_TABS: a box of another
 * tab is not in the document at all (§9.3).
 */
export const ITEM_EDITOR_FIELDS = {
  /** Evidence: confirmed — Lt (lAma item template, after 2022), FU (FU Berlin userscripts), AP 2022-04 (name form) (docs/alma-evidence.md §9.1) */
  barcode: { input: itemBox(`${ITEM_TABLE}.barcode`) },
  /** Evidence: assumed — no public evidence; id and name by the documented pattern (docs/alma-evidence.md §9.4) */
  copyId: { input: itemBox(`${ITEM_TABLE}.copyId`) },
  /** Evidence: assumed — no public evidence; id and name by the documented pattern (docs/alma-evidence.md §9.4) */
  description: { input: itemBox(`${ITEM_TABLE}.description`) },
  /** Evidence: assumed — no public evidence; id and name by the documented pattern (docs/alma-evidence.md §9.4) */
  enumerationA: { input: itemBox(`${ITEM_TABLE}.enumerationA`) },
  /** Evidence: assumed — no public evidence; id and name by the documented pattern (docs/alma-evidence.md §9.4) */
  enumerationB: { input: itemBox(`${ITEM_TABLE}.enumerationB`) },
  /** Evidence: assumed — no public evidence; id and name by the documented pattern (docs/alma-evidence.md §9.4) */
  chronologyI: { input: itemBox(`${ITEM_TABLE}.chronologyI`) },
  /** Evidence: assumed — no public evidence; id and name by the documented pattern (docs/alma-evidence.md §9.4) */
  chronologyJ: { input: itemBox(`${ITEM_TABLE}.chronologyJ`) },
  /** Evidence: assumed — no public evidence; on the Notes tab (assumed) (docs/alma-evidence.md §9.4) */
  publicNote: { input: itemBox(`${ITEM_TABLE}.publicNote`) },
  /** Evidence: assumed — no public evidence for the id; the field is on the Notes tab (Princeton) (docs/alma-evidence.md §9.4) */
  fulfillmentNote: { input: itemBox(`${ITEM_TABLE}.fulfillmentNote`) },
  /** Evidence: assumed — label "Pieces" on the General tab (Princeton), id not public (docs/alma-evidence.md §9.4) */
  pieces: { input: itemBox(`${ITEM_TABLE}.pieces`) },
  /** Evidence: confirmed — Lt, AP 2022-04, FU; on the Notes tab (docs/alma-evidence.md §9.3) */
  internalNote1: { input: itemBox(`${ITEM_TABLE}.internalNote_1`) },
  /** Evidence: confirmed — Lt (internalNote_1..3, Notes tab) (docs/alma-evidence.md §9.3) */
  internalNote2: { input: itemBox(`${ITEM_TABLE}.internalNote_2`) },
  /** Evidence: confirmed — Lt (internalNote_1..3, Notes tab) (docs/alma-evidence.md §9.3) */
  internalNote3: { input: itemBox(`${ITEM_TABLE}.internalNote_3`) },
  /** Evidence: confirmed — Lt, FU (input and `_hiddenSelect`; an empty type reads " ") (docs/alma-evidence.md §9.1) */
  materialType: { input: itemBox(`${ITEM_TABLE}.materialType`), code: itemCode(`${ITEM_TABLE}.materialType`) },
  /** Evidence: confirmed — Lt, FU (input and `_hiddenSelect`) (docs/alma-evidence.md §9.1) */
  itemPolicy: { input: itemBox(`${ITEM_TABLE}.itemPolicy`), code: itemCode(`${ITEM_TABLE}.itemPolicy`) },
  /** Evidence: confirmed — Lt (`_hiddenSelect`, `label[for='pageBeanpermanentLocationId']`); the visible input assumed (docs/alma-evidence.md §9.1) */
  permanentLocation: { input: itemBox('pageBean.permanentLocationId'), code: itemCode('pageBean.permanentLocationId') },
  /** Evidence: assumed — no public evidence (docs/alma-evidence.md §9.4) */
  temporaryLocation: { input: itemBox('pageBean.temporaryLocationId'), code: itemCode('pageBean.temporaryLocationId') },
  /** Evidence: assumed — no public evidence; code 'true'/'false' (docs/alma-evidence.md §9.4) */
  inTemporaryLocation: {
    input: itemBox(`${ITEM_TABLE}.inTempLocation`),
    code: itemCode(`${ITEM_TABLE}.inTempLocation`),
  },
  /**
   * The process type; an item in a work order shows the work-order type code here (`AcqWorkOrder`, §11).
   * Evidence: confirmed — Lt, FU (one option only on an unsaved item, Lt) (docs/alma-evidence.md §9.5)
   */
  processType: { input: itemBox('pageBean.selectedProcessType'), code: itemCode('pageBean.selectedProcessType') },
  /** Evidence: confirmed — FU (FU Berlin userscripts) (docs/alma-evidence.md §9.1) */
  itemId: { input: itemBox('pageBean.itemMd.dnx.controlCharacteristics.pId') },
  /** Evidence: refined — L, J on the record view; assumed on the item editor (docs/alma-evidence.md §12) */
  mmsId: { input: itemBox('pageBean.mmsId') },
} as const satisfies Record<string, { input: SelectorAlternatives; code?: SelectorAlternatives }>;

/** Cells of the List of Items, looked up inside a row by id suffix (docs/alma-evidence.md §8). */
export const ITEMS_LIST_COLUMNS = {
  /** Evidence: confirmed — V (Selenium scraper, 2020: `INPUT_SELENIUM_ID_list_ROW_<n>_COL_barcode`) (docs/alma-evidence.md §8) */
  barcode: ['[id$="_COL_barcode"]'],
  /** Evidence: confirmed — V 2020 (`SPAN_…_COL_description`) (docs/alma-evidence.md §8) */
  description: ['[id$="_COL_description"]'],
  /** Evidence: assumed — `_COL_<name>` pattern, column name not public (docs/alma-evidence.md §8) */
  location: ['[id$="_COL_location"]'],
  /** Evidence: corrected — V 2020 (`_COL_processTypeForDisplay`, not `_COL_processType`) (docs/alma-evidence.md §8) */
  processType: ['[id$="_COL_processTypeForDisplay"]'],
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

/**
 * Item Editor boxes whose absence is reported, per tab: each tab is its own page (docs/alma-evidence.md §9.3), so
 * the General tab's boxes are not expected on the Notes tab and the other way round. The barcode is also required
 * to recognise the General tab.
 */
const ITEM_FIELD_HEALTH: Record<ItemEditorTab, readonly (keyof typeof ITEM_EDITOR_FIELDS)[]> = {
  general: ['barcode', 'materialType', 'itemPolicy', 'processType'],
  notes: ['internalNote1'],
};

/**
 * Which tab of the item editor the document is: the tab marked open, else the boxes it holds (the barcode is on
 * General, the internal notes on Notes); null when neither tells.
 */
export function itemEditorTab(doc: Document): ItemEditorTab | null {
  if (queryFirst(doc, SELECTORS.notesTabOpen)) return 'notes';
  if (queryFirst(doc, SELECTORS.generalTabOpen)) return 'general';
  if (queryFirst(doc, ITEM_EDITOR_FIELDS.barcode.input)) return 'general';
  if (queryFirst(doc, ITEM_EDITOR_FIELDS.internalNote1.input)) return 'notes';
  return null;
}

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
    for (const field of ITEM_FIELD_HEALTH[itemEditorTab(doc) ?? 'general']) {
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
