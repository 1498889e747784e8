import { escapeHtml, htmlDocument } from './html';
import { PAGE_CHROME_STYLE, type FixtureItem } from './pages-item';

const ITEMS_LIST_COMMENT = `List of Items (legacy JSP page).
Evidenced (docs/alma-evidence.md §7, §8): body#body_id_xml_file_resource_editor.physical.items_list.xml (kept while a
popup is open, §10), rows #recordContainerlist<ITEM_PID>, row checkboxes
input[name='pageBean.selectedResultsList.values'][type='checkbox'] (value = item PID), the table #TABLE_DATA_list,
headers #SELENIUM_ID_list_HEADER_<column>, the barcode cell as an input INPUT_SELENIUM_ID_list_ROW_<n>_COL_barcode,
the description SPAN_…_COL_description, the process type …_COL_processTypeForDisplay (not _COL_processType, V 2020),
span[id$='COL_accessionNumber'], the count .listNumOfRecords "(1 - 3 of 3 )" (J), row actions
ROW_ACTION_list_<n>_c.button.edit (FU), paging #PAGING_UL_down, #PAGE_BUTTONS_cbuttonback.
ASSUMED: the location and status column ids (the _COL_<name> pattern), #pageBeanmmsId on this page, the table layout,
labels.`;

/** What the list says about its extent, and what is open over it. */
export interface ItemsListExtent {
  /** The list shows the items of this holdings record only (hidden #pageBeanholdingsId, ASSUMED). */
  holdingsId?: string;
  /** Text of the record count as .listNumOfRecords shows it, e.g. "(1 - 3 of 3 )". */
  countText?: string;
  /** A popup open over the list (popupOverlay / popupFrame below); the page keeps its body id. */
  popup?: string;
}

const ITEMS_LIST_EXTENT_COMMENT = `ASSUMED (no public source): #pageBeanholdingsId present when the list shows one holdings record's items
(absent when it shows every item of the bib).`;

const LIST_COLUMNS = [
  'barcode',
  'description',
  'location',
  'processTypeForDisplay',
  'status',
  'accessionNumber',
] as const;

function itemCell(column: (typeof LIST_COLUMNS)[number], n: number, value: string): string {
  if (column === 'barcode')
    return `<td><input type="text" readonly id="INPUT_SELENIUM_ID_list_ROW_${n}_COL_barcode" value="${escapeHtml(value)}"></td>`;
  return `<td><span id="SPAN_SELENIUM_ID_list_ROW_${n}_COL_${column}">${escapeHtml(value)}</span></td>`;
}

/** The record count in its evidenced markup. */
export function listCount(countText: string | undefined): string {
  return countText ? `\n<p><span class="listNumOfRecords">${escapeHtml(countText)}</span></p>` : '';
}

export function itemsListPage(
  items: FixtureItem[],
  mmsId: string,
  extraComment: string,
  extent: ItemsListExtent = {},
): string {
  const header = LIST_COLUMNS.map((column) => `<th id="SELENIUM_ID_list_HEADER_${column}">${column}</th>`).join('');
  const rows = items
    .map((item, n) => {
      const values: Record<(typeof LIST_COLUMNS)[number], string> = {
        barcode: item.barcode,
        description: item.description,
        location: item.permanentLocation.label,
        processTypeForDisplay: item.processType.label,
        status: item.status,
        accessionNumber: '',
      };
      const cells = LIST_COLUMNS.map((column) => itemCell(column, n, values[column])).join('');
      return `<tr id="recordContainerlist${item.pid}"><td><input type="checkbox" name="pageBean.selectedResultsList.values" value="${item.pid}" aria-label="Select ${escapeHtml(item.barcode)}"></td>${cells}<td><a href="#" id="ROW_ACTION_list_${n}_c.button.edit">Edit</a></td></tr>`;
    })
    .join('\n');
  return htmlDocument({
    title: 'List of Items',
    comment: `${ITEMS_LIST_COMMENT}\n${ITEMS_LIST_EXTENT_COMMENT}\n${extraComment}`,
    head: `${PAGE_CHROME_STYLE}${extent.popup ? POPUP_STYLE : ''}`,
    bodyAttributes: 'id="body_id_xml_file_resource_editor.physical.items_list.xml"',
    body: `<div id="loadingBlocker" class="hide"></div>
<div id="breadcrumbs"><span>Resource Management › List of Items</span><div class="btnWrapper"><span class="pull-right"><button id="PAGE_BUTTONS_cbuttonback" class="btn btn-secondary">Back</button></span></div></div>
<h1 class="pageTitle">List of Items</h1>
<input type="hidden" id="pageBeanmmsId" value="${mmsId}">${extent.holdingsId ? `\n<input type="hidden" id="pageBeanholdingsId" value="${extent.holdingsId}">` : ''}${listCount(extent.countText)}
<table class="list" id="TABLE_DATA_list"><thead><tr><th></th>${header}<th></th></tr></thead><tbody>
${rows}
</tbody></table>
<ul id="PAGING_UL_down" class="pagination"></ul>${extent.popup ? `\n${extent.popup}` : ''}`,
  });
}

const POPUP_STYLE = `<style>
.popupOverlay { position: fixed; inset: 0; background: rgb(0 0 0 / 40%); display: flex; align-items: center; justify-content: center; }
.popupOverlay > .popupBody, .popupOverlay > iframe { background: #fff; padding: 16px; min-width: 420px; min-height: 200px; border: 0; }
</style>`;

export const POPUP_COMMENT = `Popup over the List of Items. Evidenced (docs/alma-evidence.md §7, §10): the list keeps its body id; legacy
popups may be a document of their own in iframe#iframePopupIframe (SL, J); the generic confirmation's button is
#PAGE_BUTTONS_cbuttonconfirmationconfirm (S, SL). ASSUMED: the overlay markup (div.popupOverlay[role=dialog]) and
everything inside the withdraw and last-item popups (no public source shows their DOM).`;

/** A popup shown in the list's own document. */
export function popupOverlay(label: string, inner: string): string {
  return `<div class="popupOverlay" role="dialog" aria-modal="true" aria-label="${escapeHtml(label)}"><div class="popupBody">
${inner}
</div></div>`;
}

/** A popup that is a document of its own, in iframe#iframePopupIframe. */
export function popupFrame(label: string, src: string): string {
  return `<div class="popupOverlay" role="dialog" aria-modal="true" aria-label="${escapeHtml(label)}"><iframe id="iframePopupIframe" title="${escapeHtml(label)}" src="${src}"></iframe></div>`;
}

/** Alma's generic confirmation ("Are you sure you want to proceed?"): evidenced, but says nothing about what it confirms. */
export function genericConfirmation(): string {
  return `<p>Are you sure you want to proceed?</p>
<button type="button" id="PAGE_BUTTONS_cbuttonconfirmationconfirm" class="btn btn-primary">Confirm</button>
<button type="button" id="PAGE_BUTTONS_cbuttonconfirmationcancel" class="btn btn-secondary">Cancel</button>`;
}

export interface FixtureHoldings {
  id: string;
  library: string;
  location: string;
  callNumber: string;
}

const HOLDINGS_LIST_COMMENT = `List of Holdings (legacy JSP page).
Evidenced (docs/alma-evidence.md §7, §8; L, J): the count .listNumOfRecords (J), body#body_id_xml_file_resource_editor.physical.holdings_list.xml,
rows #recordContainerlistWithFilters<HOL_ID>, headers #SELENIUM_ID_listWithFilters_HEADER_…,
cells #SELENIUM_ID_listWithFilters_ROW_<n>_COL_pid.
ASSUMED: the library / location / callNumber column ids, layout, labels.`;

export function holdingsListPage(
  holdings: FixtureHoldings[],
  mmsId: string,
  extraComment: string,
  extent: { countText?: string } = {},
): string {
  const columns = ['pid', 'library', 'location', 'callNumber'] as const;
  const header = columns
    .map((column) => `<th id="SELENIUM_ID_listWithFilters_HEADER_${column}">${column}</th>`)
    .join('');
  const rows = holdings
    .map((holding, n) => {
      const values = {
        pid: holding.id,
        library: holding.library,
        location: holding.location,
        callNumber: holding.callNumber,
      };
      const cells = columns
        .map(
          (column) =>
            `<td><span id="SELENIUM_ID_listWithFilters_ROW_${n}_COL_${column}">${escapeHtml(values[column])}</span></td>`,
        )
        .join('');
      return `<tr id="recordContainerlistWithFilters${holding.id}">${cells}</tr>`;
    })
    .join('\n');
  return htmlDocument({
    title: 'List of Holdings',
    comment: `${HOLDINGS_LIST_COMMENT}\n${extraComment}`,
    head: PAGE_CHROME_STYLE,
    bodyAttributes: 'id="body_id_xml_file_resource_editor.physical.holdings_list.xml"',
    body: `<div id="breadcrumbs"><span>Resource Management › List of Holdings</span><div class="btnWrapper"><span class="pull-right"><button id="PAGE_BUTTONS_cbuttonback" class="btn btn-secondary">Back</button></span></div></div>
<h1 class="pageTitle">List of Holdings</h1>
<input type="hidden" id="pageBeanmmsId" value="${mmsId}">${listCount(extent.countText)}
<table class="list"><thead><tr>${header}</tr></thead><tbody>
${rows}
</tbody></table>`,
  });
}

const LAST_ITEM_COMMENT = `Last Item dialog: a popup over the List of Items (Harvard "Last Item dialog box"; Temple: "The last item of
this holdings record was deleted or moved. What do you want to do with the holdings record?" with an option "Delete
bibliographic record (unless other holdings are present)"; docs/alma-evidence.md §10).
ASSUMED (no public DOM): radio groups input[name="pageBean.holdingsAction"] (delete / retain / suppress) and
input[name="pageBean.bibAction"], buttons #PAGE_BUTTONS_cbuttongo / #PAGE_BUTTONS_cbuttoncancel, hidden #pageBeanmmsId
and #pageBeanholdingsId inside the popup. content/alma/selectors.ts (withdrawHoldingsChoice) is written against this.`;

/** The last-item question (its inside: in the list's document, or as the popup frame's document). */
export function lastItemQuestion(mmsId: string, holdingsId: string, barcode: string): string {
  const radio = (name: string, value: string, label: string, checked = false): string =>
    `<label><input type="radio" name="${name}" value="${value}"${checked ? ' checked' : ''}> ${escapeHtml(label)}</label><br>`;
  return `<input type="hidden" id="pageBeanmmsId" value="${mmsId}">
<input type="hidden" id="pageBeanholdingsId" value="${holdingsId}">
<form id="withdrawLastItemForm">
<p>Item ${escapeHtml(barcode)} withdrawn.</p>
<p>The last item of this holdings record was deleted or moved. What do you want to do with the holdings record?</p>
${radio('pageBean.holdingsAction', 'delete', 'Delete holdings record', true)}
${radio('pageBean.holdingsAction', 'retain', 'Retain holdings record')}
${radio('pageBean.holdingsAction', 'suppress', 'Suppress holdings record')}
<p>Bibliographic record:</p>
${radio('pageBean.bibAction', 'delete', 'Delete bibliographic record (unless other holdings are present)')}
${radio('pageBean.bibAction', 'retain', 'Retain bibliographic record', true)}
${radio('pageBean.bibAction', 'suppress', 'Suppress bibliographic record')}
<button type="button" id="PAGE_BUTTONS_cbuttongo" class="btn btn-primary">Go</button>
<button type="button" id="PAGE_BUTTONS_cbuttoncancel" class="btn btn-secondary">Cancel</button>
</form>`;
}

/** The comment of a page with the last-item question open over it. */
export const LAST_ITEM_POPUP_COMMENT = `${POPUP_COMMENT}\n${LAST_ITEM_COMMENT}`;

/** The last-item question as the document of iframe#iframePopupIframe (its body id is not public: none given). */
export function lastItemPopupDocument(
  mmsId: string,
  holdingsId: string,
  barcode: string,
  extraComment: string,
): string {
  return htmlDocument({
    title: 'Withdraw Items',
    comment: `${LAST_ITEM_POPUP_COMMENT}\nThis document: the popup frame's own page.\n${extraComment}`,
    head: PAGE_CHROME_STYLE,
    body: lastItemQuestion(mmsId, holdingsId, barcode),
  });
}
