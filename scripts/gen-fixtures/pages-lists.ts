import { escapeHtml, htmlDocument } from './html';
import { PAGE_CHROME_STYLE, type FixtureItem } from './pages-item';

const ITEMS_LIST_COMMENT = `List of Items (legacy JSP page).
Documented (alma-dom.md Part 2 §3, TU lAma): body#body_id_xml_file_resource_editor.physical.items_list.xml,
rows #recordContainerlist<ITEM_PID>, row checkboxes input[name='pageBean.selectedResultsList.values'][type='checkbox']
(value = item PID), cells span[id$='COL_accessionNumber'], header #SELENIUM_ID_list_HEADER_accessionNumber;
#PAGE_BUTTONS_cbuttonback, #pageBeanmmsId (alma-dom.md §2.4).
ASSUMED: the other column ids (SELENIUM_ID_list_ROW_<n>_COL_barcode / description / location / processType / status,
by analogy with the documented SELENIUM_ID_listWithFilters_ROW_<n>_COL_pid), the table layout, labels.`;

/** What the list says about its extent (ASSUMED markup, see ITEMS_LIST_EXTENT_COMMENT). */
export interface ItemsListExtent {
  /** The list shows the items of this holdings record only (hidden #pageBeanholdingsId). */
  holdingsId?: string;
  /** Text of the record count, e.g. "1 - 3 of 3". */
  countText?: string;
}

const ITEMS_LIST_EXTENT_COMMENT = `ASSUMED (no public source): #pageBeanholdingsId present when the list shows one holdings record's items
(absent when it shows every item of the bib), and the record count in #SELENIUM_ID_list_recordsCount.`;

export function itemsListPage(
  items: FixtureItem[],
  mmsId: string,
  extraComment: string,
  extent: ItemsListExtent = {},
): string {
  const columns = ['barcode', 'description', 'location', 'processType', 'status', 'accessionNumber'] as const;
  const header = columns.map((column) => `<th id="SELENIUM_ID_list_HEADER_${column}">${column}</th>`).join('');
  const rows = items
    .map((item, n) => {
      const values: Record<(typeof columns)[number], string> = {
        barcode: item.barcode,
        description: item.description,
        location: item.permanentLocation.label,
        processType: item.processType.label,
        status: item.status,
        accessionNumber: '',
      };
      const cells = columns
        .map(
          (column) =>
            `<td><span id="SELENIUM_ID_list_ROW_${n}_COL_${column}">${escapeHtml(values[column])}</span></td>`,
        )
        .join('');
      return `<tr id="recordContainerlist${item.pid}"><td><input type="checkbox" name="pageBean.selectedResultsList.values" value="${item.pid}"></td>${cells}</tr>`;
    })
    .join('\n');
  return htmlDocument({
    title: 'List of Items',
    comment: `${ITEMS_LIST_COMMENT}\n${ITEMS_LIST_EXTENT_COMMENT}\n${extraComment}`,
    head: PAGE_CHROME_STYLE,
    bodyAttributes: 'id="body_id_xml_file_resource_editor.physical.items_list.xml"',
    body: `<div id="loadingBlocker" class="hide"></div>
<div id="breadcrumbs"><span>Resource Management › List of Items</span><div class="btnWrapper"><span class="pull-right"><button id="PAGE_BUTTONS_cbuttonback" class="btn btn-secondary">Back</button></span></div></div>
<h1 class="pageTitle">List of Items</h1>
<input type="hidden" id="pageBeanmmsId" value="${mmsId}">${extent.holdingsId ? `\n<input type="hidden" id="pageBeanholdingsId" value="${extent.holdingsId}">` : ''}${
      extent.countText
        ? `\n<p class="recordsCount"><span id="SELENIUM_ID_list_recordsCount">${escapeHtml(extent.countText)}</span></p>`
        : ''
    }
<table class="list"><thead><tr><th></th>${header}</tr></thead><tbody>
${rows}
</tbody></table>`,
  });
}

export interface FixtureHoldings {
  id: string;
  library: string;
  location: string;
  callNumber: string;
}

const HOLDINGS_LIST_COMMENT = `List of Holdings (legacy JSP page).
Documented (alma-dom.md Part 2 §3, TU lAma; Judaica script): body#body_id_xml_file_resource_editor.physical.holdings_list.xml,
rows #recordContainerlistWithFilters<HOL_ID>, headers #SELENIUM_ID_listWithFilters_HEADER_…,
cells #SELENIUM_ID_listWithFilters_ROW_<n>_COL_pid.
ASSUMED: the library / location / callNumber column ids, layout, labels.`;

export function holdingsListPage(holdings: FixtureHoldings[], mmsId: string, extraComment: string): string {
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
<input type="hidden" id="pageBeanmmsId" value="${mmsId}">
<table class="list"><thead><tr>${header}</tr></thead><tbody>
${rows}
</tbody></table>`,
  });
}

const WITHDRAW_COMMENT = `Last-item withdraw dialog. ENTIRELY ASSUMED: alma-dom.md Part 2 §3 found no public code showing its DOM.
Documented only as text: "The last item of this holdings record was deleted or moved. What do you want to do with the
holdings record?" with an option "Delete bibliographic record (unless other holdings are present)" and a Go button
(Temple University's Alma wiki).
ASSUMED: body id body_id_xml_file_resource_editor.physical.withdraw_last_item.xml, radio groups
input[name="pageBean.holdingsAction"] (delete / retain / suppress) and input[name="pageBean.bibAction"], buttons
#PAGE_BUTTONS_cbuttongo / #PAGE_BUTTONS_cbuttoncancel, #pageBeanmmsId and #pageBeanholdingsId hidden inputs.
content/alma/selectors.ts (withdrawDialogBody, withdrawHoldingsChoice) is written against this assumption.`;

export function withdrawDialogPage(mmsId: string, holdingsId: string, barcode: string, extraComment: string): string {
  const radio = (name: string, value: string, label: string, checked = false): string =>
    `<label><input type="radio" name="${name}" value="${value}"${checked ? ' checked' : ''}> ${escapeHtml(label)}</label><br>`;
  return htmlDocument({
    title: 'Withdraw Items',
    comment: `${WITHDRAW_COMMENT}\n${extraComment}`,
    head: PAGE_CHROME_STYLE,
    bodyAttributes: 'id="body_id_xml_file_resource_editor.physical.withdraw_last_item.xml"',
    body: `<div id="breadcrumbs"><span>Resource Management › Withdraw Items</span></div>
<h1 class="pageTitle">Withdraw Items</h1>
<input type="hidden" id="pageBeanmmsId" value="${mmsId}">
<input type="hidden" id="pageBeanholdingsId" value="${holdingsId}">
<form id="withdrawLastItemForm" class="row" style="display:block">
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
</form>`,
  });
}
