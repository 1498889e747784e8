import { escapeHtml, htmlDocument } from './html';
import { PAGE_CHROME_STYLE, type FixtureItem } from './pages-item';

/**
 * Pages of the withdraw and relink workflows. Their steps are documented (docs/procedures.md: Withdraw items, Relink) but no
 * public source shows their DOM, so the markup below is ASSUMED, in the style of Alma's legacy JSP pages the
 * research did see (`recordContainer<list><PID>` rows, `pageBean…` hidden inputs, `#PAGE_BUTTONS_…` buttons;
 * docs/alma-evidence.md §7, §10). The withdraw confirmation is a popup over the List of Items
 * (pages-lists.ts popupOverlay). content/alma/selectors.ts names the same assumptions.
 */

export const WITHDRAW_CONFIRM_COMMENT = `Withdraw confirmation: a popup over the List of Items (Berkeley: "Click Confirm in the confirmation 'Are you
sure you want to delete the item' message popup"; Temple: a confirmation window; docs/alma-evidence.md §10). Steps:
from View items, ellipsis > Withdraw > Confirm, or tick items and Manage Selected > Withdraw Items (docs/procedures.md,
Withdraw items). Evidenced: the generic Confirm button #PAGE_BUTTONS_cbuttonconfirmationconfirm (S, SL).
ASSUMED (no public DOM): the hidden #pageBeanholdingsId inside the popup, one row per item #recordContainerwithdrawList<ITEM_PID> with cells [id$="_COL_barcode"] /
[id$="_COL_description"] (the items list's column pattern), #PAGE_BUTTONS_cbuttonconfirmationcancel, the wording and
the layout.`;

/** The inside of the confirmation Alma asks before withdrawing `items` (all of one bib and holdings record). */
export function withdrawConfirmation(items: FixtureItem[], nextHref: string): string {
  const rows = items
    .map(
      (
        item,
        n,
      ) => `<tr id="recordContainerwithdrawList${item.pid}"><td><span id="SELENIUM_ID_withdrawList_ROW_${n}_COL_barcode">${escapeHtml(item.barcode)}</span></td>
<td><span id="SELENIUM_ID_withdrawList_ROW_${n}_COL_description">${escapeHtml(item.description)}</span></td>
<td>${escapeHtml(item.permanentLocation.label)}</td></tr>`,
    )
    .join('\n');
  const first = items[0];
  if (!first) throw new Error('a withdraw confirmation needs at least one item');
  return `<form id="withdrawItemsConfirmForm">
<input type="hidden" id="pageBeanholdingsId" value="${first.holdingsId}">
<p>Are you sure you want to withdraw the following items?</p>
<table class="list"><thead><tr><th>Barcode</th><th>Description</th><th>Location</th></tr></thead><tbody>
${rows}
</tbody></table>
<a id="PAGE_BUTTONS_cbuttonconfirmationconfirm" class="btn btn-primary" href="${nextHref}">Confirm</a>
<button type="button" id="PAGE_BUTTONS_cbuttonconfirmationcancel" class="btn btn-secondary">Cancel</button>
</form>`;
}

const RELINK_COMMENT = `Relink holdings (search, then confirmation). Documented only as steps: Holdings > Relink, choose the zone,
search (an OCLC number goes in "System Number"), Relink, then Save and Release Record (FLVC's relinking guide).
ASSUMED: body ids body_id_xml_file_resource_editor.physical.relink_search.xml / …relink_confirm.xml, hidden
#pageBeansourceMmsId (the SOURCE bib) and #pageBeantargetMmsId (the TARGET, once chosen), the zone radios
input[name="pageBean.searchZone"], #pageBeansystemNumber, result rows #recordContainerrelinkResults<MMS_ID>,
buttons #PAGE_BUTTONS_cbuttonrelink / #PAGE_BUTTONS_cbuttonconfirm, the wording and the layout.`;

export interface RelinkBib {
  mmsId: string;
  title: string;
  oclcNumber: string;
}

export interface RelinkSide extends RelinkBib {
  /** What moves: the holdings record and its items. */
  holdingsId: string;
  barcodes: string[];
}

/** Search for the TARGET bib of a relink; the result list offers `results`. */
export function relinkSearchPage(
  source: RelinkSide,
  results: RelinkBib[],
  extraComment: string,
  confirmHref: string,
): string {
  const rows = results
    .map(
      (
        bib,
        n,
      ) => `<tr id="recordContainerrelinkResults${bib.mmsId}"><td><span id="SELENIUM_ID_relinkResults_ROW_${n}_COL_title">${escapeHtml(bib.title)}</span></td>
<td><span id="SELENIUM_ID_relinkResults_ROW_${n}_COL_mmsId">${bib.mmsId}</span></td>
<td><a class="btn btn-secondary" id="PAGE_BUTTONS_cbuttonrelink_${n}" href="${confirmHref}">Relink</a></td></tr>`,
    )
    .join('\n');
  return htmlDocument({
    title: 'Relink Holdings',
    comment: `${RELINK_COMMENT}\n${extraComment}`,
    head: PAGE_CHROME_STYLE,
    bodyAttributes: 'id="body_id_xml_file_resource_editor.physical.relink_search.xml"',
    body: `<div id="loadingBlocker" class="hide"></div>
<div id="breadcrumbs"><span>Resource Management › Relink Holdings</span></div>
<h1 class="pageTitle">Relink holdings ${source.holdingsId} to another bibliographic record</h1>
<input type="hidden" id="pageBeansourceMmsId" value="${source.mmsId}">
<input type="hidden" id="pageBeanholdingsId" value="${source.holdingsId}">
<p>Source: ${escapeHtml(source.title)} (${source.mmsId}); items ${escapeHtml(source.barcodes.join(', '))}</p>
<form id="relinkSearchForm" class="row" style="display:block">
<label><input type="radio" name="pageBean.searchZone" value="IZ" checked> Institution Zone</label>
<label><input type="radio" name="pageBean.searchZone" value="NZ"> Network Zone</label><br>
<label for="pageBeansystemNumber">System Number</label>
<input type="text" id="pageBeansystemNumber" name="pageBeansystemNumber" value="${escapeHtml(results[0]?.oclcNumber ?? '')}">
<button type="button" id="PAGE_BUTTONS_cbuttonsearch" class="btn btn-primary">Search</button>
</form>
<table class="list"><thead><tr><th>Title</th><th>MMS ID</th><th></th></tr></thead><tbody>
${rows}
</tbody></table>`,
  });
}

/** The confirmation of a relink from `source` to `target`. */
export function relinkConfirmPage(source: RelinkSide, target: RelinkBib, extraComment: string): string {
  return htmlDocument({
    title: 'Relink Holdings',
    comment: `${RELINK_COMMENT}\n${extraComment}`,
    head: PAGE_CHROME_STYLE,
    bodyAttributes: 'id="body_id_xml_file_resource_editor.physical.relink_confirm.xml"',
    body: `<div id="loadingBlocker" class="hide"></div>
<div id="breadcrumbs"><span>Resource Management › Relink Holdings</span></div>
<h1 class="pageTitle">Relink holdings ${source.holdingsId}</h1>
<input type="hidden" id="pageBeansourceMmsId" value="${source.mmsId}">
<input type="hidden" id="pageBeantargetMmsId" value="${target.mmsId}">
<input type="hidden" id="pageBeanholdingsId" value="${source.holdingsId}">
<form id="relinkConfirmForm" class="row" style="display:block">
<p>Relink holdings ${source.holdingsId} (items ${escapeHtml(source.barcodes.join(', '))})</p>
<p>from ${escapeHtml(source.title)} (${source.mmsId})</p>
<p>to ${escapeHtml(target.title)} (${target.mmsId})?</p>
<button type="button" id="PAGE_BUTTONS_cbuttonconfirm" class="btn btn-primary">Relink</button>
<button type="button" id="PAGE_BUTTONS_cbuttoncancel" class="btn btn-secondary">Cancel</button>
</form>`,
  });
}
