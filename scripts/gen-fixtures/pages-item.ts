import { escapeHtml, htmlDocument } from './html';

/** An item as the fixtures show it. Codes and labels are invented but shaped like Berkeley's. */
export interface FixtureItem {
  pid: string;
  barcode: string;
  copyId: string;
  description: string;
  enumerationA: string;
  enumerationB: string;
  chronologyI: string;
  chronologyJ: string;
  materialType: Coded;
  itemPolicy: Coded;
  permanentLocation: Coded;
  temporaryLocation: Coded;
  inTemporaryLocation: boolean;
  processType: Coded;
  status: string;
  publicNote: string;
  fulfillmentNote: string;
  /** Pieces box; optional so the fixtures written before it keep their meaning (shown as empty). */
  pieces?: string;
  internalNotes: [string, string, string];
  mmsId: string;
  holdingsId: string;
}

export type Coded = { code: string; label: string };

export const MATERIAL_TYPES: Coded[] = [
  { code: 'BOOK', label: 'Book' },
  { code: 'ISSUE', label: 'Issue' },
  { code: 'DVD', label: 'DVD' },
];
export const ITEM_POLICIES: Coded[] = [
  { code: '01', label: 'Regular loan' },
  { code: '05', label: 'Building use only' },
];
export const LOCATIONS: Coded[] = [
  { code: '', label: '' },
  { code: 'mstk', label: 'Main Stacks' },
  { code: 'mref', label: 'Main Reference' },
  { code: 'mazw', label: 'Main Withdrawn' },
];
export const PROCESS_TYPES: Coded[] = [
  { code: '', label: '' },
  { code: 'MISSING', label: 'Missing' },
  { code: 'WORK_ORDER_DEPARTMENT', label: 'NRLF Deposit Prep' },
];

export const PAGE_CHROME_STYLE = `<style>
body { font: 14px/1.4 Arial, sans-serif; margin: 0; }
#breadcrumbs { background: #2a4365; color: #fff; padding: 6px 12px; display: flex; justify-content: space-between; }
.pageTitle { font-size: 20px; margin: 12px; }
.row { display: flex; gap: 12px; margin: 4px 12px; } .displayTableCell { min-width: 220px; }
.hide, [hidden] { display: none !important; }
table.list { border-collapse: collapse; margin: 12px; } table.list td, table.list th { border: 1px solid #ccd; padding: 4px 8px; }
</style>`;

/** Keeps each `_hiddenSelect` in step with its visible input, as Alma's type-ahead does. */
const HIDDEN_SELECT_SCRIPT = `<script>
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.id) return;
  var select = document.getElementById(input.id + '_hiddenSelect');
  if (!select) return;
  for (var i = 0; i < select.options.length; i++) {
    if (select.options[i].text === input.value) { select.selectedIndex = i; return; }
  }
});
</script>`;

function textRow(id: string, label: string, value: string): string {
  return `<div class="row"><div class="displayTableCell"><label for="${id}">${escapeHtml(label)}</label></div>
<div class="displayTableCell"><span id="SPAN_FORM_ID_SECTION_itemContextSection_FORM_itemContext_INPUT_${id}"><input type="text" id="${id}" name="${id}" value="${escapeHtml(value)}"></span></div></div>`;
}

function codedRow(id: string, label: string, value: Coded, options: Coded[]): string {
  // An empty value needs an empty choice, or the select would report its first code (Alma's lists start blank).
  const listed =
    value.code === '' && !options.some((option) => option.code === '')
      ? [{ code: '', label: '' }, ...options]
      : options;
  const choices = listed
    .map(
      (option) =>
        `<option value="${escapeHtml(option.code)}"${option.code === value.code ? ' selected' : ''}>${escapeHtml(option.label)}</option>`,
    )
    .join('');
  return `<div class="row"><div class="displayTableCell"><label for="${id}">${escapeHtml(label)}</label></div>
<div class="displayTableCell"><input type="text" id="${id}" name="${id}" class="typeAheadInput" value="${escapeHtml(value.label)}">
<select id="${id}_hiddenSelect" class="hide" hidden aria-hidden="true">${choices}</select></div></div>`;
}

const ITEM_EDITOR_COMMENT = `Physical Item Editor (legacy JSP page), English UI.
Documented (alma-dom.md §2.4; FU Berlin scripts, TU lAma, tualpaka): body#body_id_xml_file_resource_editor.physical.item_general.xml,
.pageTitle, #cresource_editorgeneral_span a[aria-selected], #cresource_editornotes, #loadingBlocker (class hide),
#loadingBlockerStatusIdentifier, #breadcrumbs .btnWrapper .pull-right, #PAGE_BUTTONS_cbuttonback,
#PAGE_BUTTONS_save_and_continue, #pageBeanitemMddnxphysicalItemTablebarcode (in
#SPAN_FORM_ID_SECTION_itemContextSection_FORM_itemContext_INPUT_…), …materialType / …itemPolicy /
#pageBeanselectedProcessType each with an …_hiddenSelect holding the code, #pageBeanpermanentLocationId_hiddenSelect,
…internalNote_1, #pageBeanitemMddnxcontrolCharacteristicspId, label[for='pageBean…'], .row .displayTableCell.
On-screen labels from the Berkeley, SUNY and Princeton item-editing pages (docs/procedures.md, Item records).
The "Pieces" label is documented (Princeton "Items - Edit Fields"); its id is not.
ASSUMED: ids for copyId, description, enumeration/chronology, pieces, notes 2-3, public/fulfillment note, temporary location,
"in temporary location" (all following the documented pageBeanitemMddnxphysicalItemTable<column> pattern), the visible
#pageBeanpermanentLocationId, #pageBeanmmsId on this page, and the layout.`;

export function itemEditorPage(
  item: FixtureItem,
  extraComment: string,
  barcodeId = 'pageBeanitemMddnxphysicalItemTablebarcode',
): string {
  const t = 'pageBeanitemMddnxphysicalItemTable';
  const yesNo: Coded[] = [
    { code: 'false', label: 'No' },
    { code: 'true', label: 'Yes' },
  ];
  const inTemp = item.inTemporaryLocation ? yesNo[1] : yesNo[0];
  return htmlDocument({
    title: 'Physical Item Editor',
    comment: `${ITEM_EDITOR_COMMENT}\n${extraComment}`,
    head: PAGE_CHROME_STYLE,
    bodyAttributes: 'id="body_id_xml_file_resource_editor.physical.item_general.xml"',
    body: `<div id="loadingBlocker" class="hide"><span id="loadingBlockerStatusIdentifier"></span></div>
<div id="breadcrumbs"><span>Resource Management › Physical Item Editor</span>
<div class="btnWrapper"><span class="pull-right"><button id="PAGE_BUTTONS_cbuttonback" class="btn btn-secondary">Cancel</button>
<button id="PAGE_BUTTONS_save_and_continue" class="btn btn-primary">Save</button></span></div></div>
<h1 class="pageTitle">Physical Item Editor</h1>
<ul class="tabs"><li id="cresource_editorgeneral_span"><a href="#general" aria-selected="true">General Information</a></li>
<li id="cresource_editornotes"><a href="#notes" aria-selected="false">Notes</a></li></ul>
<input type="hidden" id="pageBeanmmsId" value="${item.mmsId}">
<input type="hidden" id="pageBeanitemMddnxcontrolCharacteristicspId" value="${item.pid}">
<section id="general"><h2>General Information</h2>
${textRow(barcodeId, 'Barcode', item.barcode)}
${codedRow(`${t}materialType`, 'Material type', item.materialType, MATERIAL_TYPES)}
${codedRow(`${t}itemPolicy`, 'Item policy', item.itemPolicy, ITEM_POLICIES)}
${textRow(`${t}copyId`, 'Copy ID', item.copyId)}
${textRow(`${t}description`, 'Description', item.description)}
${textRow(`${t}enumerationA`, 'Enumeration A', item.enumerationA)}
${textRow(`${t}enumerationB`, 'Enumeration B', item.enumerationB)}
${textRow(`${t}chronologyI`, 'Chronology I', item.chronologyI)}
${textRow(`${t}chronologyJ`, 'Chronology J', item.chronologyJ)}
${textRow(`${t}pieces`, 'Pieces', item.pieces ?? '')}
${codedRow('pageBeanselectedProcessType', 'Process type', item.processType, PROCESS_TYPES)}
</section>
<section id="location"><h2>Location Information</h2>
${codedRow('pageBeanpermanentLocationId', 'Permanent location', item.permanentLocation, LOCATIONS)}
${codedRow(`${t}inTempLocation`, 'Item is in temporary location', inTemp as Coded, yesNo)}
${codedRow('pageBeantemporaryLocationId', 'Temporary location', item.temporaryLocation, LOCATIONS)}
</section>
<section id="notes"><h2>Notes</h2>
${textRow(`${t}publicNote`, 'Public note', item.publicNote)}
${textRow(`${t}fulfillmentNote`, 'Fulfillment note', item.fulfillmentNote)}
${textRow(`${t}internalNote_1`, 'Internal note 1', item.internalNotes[0])}
${textRow(`${t}internalNote_2`, 'Internal note 2', item.internalNotes[1])}
${textRow(`${t}internalNote_3`, 'Internal note 3', item.internalNotes[2])}
</section>
${HIDDEN_SELECT_SCRIPT}`,
  });
}
