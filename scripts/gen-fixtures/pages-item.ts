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
/**
 * Process types. An item in a work order carries the work-order TYPE code (`AcqWorkOrder`, label "Acquisition
 * technical services": FU, Berkeley; docs/alma-evidence.md §11), not a department label. The NRLF deposit
 * work-order code is not public: `NRLFDeposit` is ASSUMED (the institution profile's deposit pattern matches it).
 */
export const PROCESS_TYPES: Coded[] = [
  { code: '', label: '' },
  { code: 'MISSING', label: 'Missing' },
  { code: 'AcqWorkOrder', label: 'Acquisition technical services' },
  { code: 'NRLFDeposit', label: 'NRLF Deposit Prep' },
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

/** The input's name: its id with the dots Alma's ids leave out (`pageBean.itemMd.dnx.physicalItemTable.<column>`). */
function nameOf(id: string): string {
  const table = 'pageBeanitemMddnxphysicalItemTable';
  if (id.startsWith(table)) return `pageBean.itemMd.dnx.physicalItemTable.${id.slice(table.length)}`;
  return id.startsWith('pageBean') ? `pageBean.${id.slice('pageBean'.length)}` : id;
}

function textRow(id: string, label: string, value: string): string {
  return `<div class="row"><div class="displayTableCell"><label for="${id}">${escapeHtml(label)}</label></div>
<div class="displayTableCell"><span id="SPAN_FORM_ID_SECTION_itemContextSection_FORM_itemContext_INPUT_${id}"><input type="text" id="${id}" name="${nameOf(id)}" value="${escapeHtml(value)}"></span></div></div>`;
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
<div class="displayTableCell"><input type="text" id="${id}" class="typeAheadInput" value="${escapeHtml(value.label)}">
<select id="${id}_hiddenSelect" name="${nameOf(id)}" class="hide" hidden aria-hidden="true">${choices}</select></div></div>`;
}

/**
 * Records every way the fixture page would save, as Alma would (a click on a save button, Enter in the barcode
 * box, Ctrl+S), in `<html data-fixture-saves>` as "what:prevented" entries, so an e2e test can check that the
 * save went through and that nothing called preventDefault. The page does not navigate, so the state stays.
 */
const SAVE_RECORDER_SCRIPT = `<script>
(function () {
  var log = [];
  function saved(what, event) {
    log.push(what + ':' + event.defaultPrevented);
    document.documentElement.setAttribute('data-fixture-saves', log.join(' '));
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[id^="PAGE_BUTTONS_"]');
    if (button && /save/i.test(button.id)) saved(button.id, event);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && event.target.id === 'pageBeanitemMddnxphysicalItemTablebarcode') saved('enter-barcode', event);
    if (event.key === 's' && event.ctrlKey && !event.altKey && !event.shiftKey) {
      saved('ctrl-s', event);
      event.preventDefault(); // as a page that saves on Ctrl+S does, so the browser's own "Save page" stays shut
    }
  });
})();
</script>`;

const ITEM_EDITOR_COMMENT = `Physical Item Editor (legacy JSP page), English UI. Each tab (General, Notes) is its OWN page load
(docs/alma-evidence.md §9.3): the General page has no notes boxes, the Notes page no barcode, Pieces or codes.
Evidenced (docs/alma-evidence.md §7, §9): body#body_id_xml_file_resource_editor.physical.item_general.xml (General),
.pageTitle, #cresource_editorgeneral_span a[aria-selected], #cresource_editornotes, #loadingBlocker (class hide),
#breadcrumbs .btnWrapper .pull-right, #PAGE_BUTTONS_cbuttonback, the save buttons #PAGE_BUTTONS_cbuttonsave (AP),
#PAGE_BUTTONS_cbuttonsaveConfirmation (FU), #PAGE_BUTTONS_cresource_editorpitem_generalsave_and_edit (Lt),
#PAGE_BUTTONS_save_and_continue (L); #pageBeanitemMddnxphysicalItemTablebarcode (in
#SPAN_FORM_ID_SECTION_itemContextSection_FORM_itemContext_INPUT_…), …materialType / …itemPolicy /
#pageBeanselectedProcessType each with an …_hiddenSelect holding the code, #pageBeanpermanentLocationId_hiddenSelect,
…internalNote_1..3 and …statisticsNote_1..3 on the Notes tab, #pageBeanitemMddnxcontrolCharacteristicspId,
label[for='pageBean…']; names pageBean.itemMd.dnx.physicalItemTable.<column> = the id with its dots (AP).
Work orders by work-order type code (AcqWorkOrder, §11). Enter in the barcode box saves and closes the item (Berkeley).
On-screen labels from the Berkeley, SUNY and Princeton item-editing pages (docs/procedures.md, Item records);
"Pieces" on General and the fulfillment note on Notes (Princeton "Items - Edit Fields").
ASSUMED (§9.4, §12): ids for copyId, description, enumeration/chronology, pieces, public/fulfillment note, temporary
location, "in temporary location" (the documented pattern), the Notes page's body id …physical.item_notes.xml,
aria-selected="true" marking the open tab, the names on the hidden selects, the visible #pageBeanpermanentLocationId,
#pageBeanmmsId on this page, the NRLF work-order code NRLFDeposit, all save buttons on one page, Ctrl+S saving,
and the layout. The inline script only records saves (for the e2e tests) and never navigates.`;

export interface ItemEditorOptions {
  /** Which tab's page (default General). */
  tab?: 'general' | 'notes';
  /** Replaces the barcode input's id (broken-layout fixtures). */
  barcodeId?: string;
  /** Boxes the page leaves out, as if its layout had none (e.g. no Copy ID box). */
  without?: ReadonlyArray<keyof FixtureItem>;
  /** Where the tab links go: the other tab's page of the same item ('#' when the fixture has none). */
  generalHref?: string;
  notesHref?: string;
}

export function itemEditorPage(item: FixtureItem, extraComment: string, options: ItemEditorOptions = {}): string {
  const t = 'pageBeanitemMddnxphysicalItemTable';
  const tab = options.tab ?? 'general';
  const without = new Set(options.without ?? []);
  const shown = (field: keyof FixtureItem, html: string): string => (without.has(field) ? '' : html);
  const yesNo: Coded[] = [
    { code: 'false', label: 'No' },
    { code: 'true', label: 'Yes' },
  ];
  const inTemp = item.inTemporaryLocation ? yesNo[1] : yesNo[0];
  const general = `<section id="general"><h2>General Information</h2>
${shown('barcode', textRow(options.barcodeId ?? `${t}barcode`, 'Barcode', item.barcode))}
${shown('materialType', codedRow(`${t}materialType`, 'Material type', item.materialType, MATERIAL_TYPES))}
${shown('itemPolicy', codedRow(`${t}itemPolicy`, 'Item policy', item.itemPolicy, ITEM_POLICIES))}
${shown('copyId', textRow(`${t}copyId`, 'Copy ID', item.copyId))}
${shown('description', textRow(`${t}description`, 'Description', item.description))}
${shown('enumerationA', textRow(`${t}enumerationA`, 'Enumeration A', item.enumerationA))}
${shown('enumerationB', textRow(`${t}enumerationB`, 'Enumeration B', item.enumerationB))}
${shown('chronologyI', textRow(`${t}chronologyI`, 'Chronology I', item.chronologyI))}
${shown('chronologyJ', textRow(`${t}chronologyJ`, 'Chronology J', item.chronologyJ))}
${shown('pieces', textRow(`${t}pieces`, 'Pieces', item.pieces ?? ''))}
${shown('processType', codedRow('pageBeanselectedProcessType', 'Process type', item.processType, PROCESS_TYPES))}
</section>
<section id="location"><h2>Location Information</h2>
${shown('permanentLocation', codedRow('pageBeanpermanentLocationId', 'Permanent location', item.permanentLocation, LOCATIONS))}
${shown('inTemporaryLocation', codedRow(`${t}inTempLocation`, 'Item is in temporary location', inTemp as Coded, yesNo))}
${shown('temporaryLocation', codedRow('pageBeantemporaryLocationId', 'Temporary location', item.temporaryLocation, LOCATIONS))}
</section>`;
  const notes = `<section id="notes"><h2>Notes</h2>
${shown('publicNote', textRow(`${t}publicNote`, 'Public note', item.publicNote))}
${shown('fulfillmentNote', textRow(`${t}fulfillmentNote`, 'Fulfillment note', item.fulfillmentNote))}
${shown('internalNotes', textRow(`${t}internalNote_1`, 'Internal note 1', item.internalNotes[0]))}
${shown('internalNotes', textRow(`${t}internalNote_2`, 'Internal note 2', item.internalNotes[1]))}
${shown('internalNotes', textRow(`${t}internalNote_3`, 'Internal note 3', item.internalNotes[2]))}
${textRow(`${t}statisticsNote_1`, 'Statistics note 1', '')}
${textRow(`${t}statisticsNote_2`, 'Statistics note 2', '')}
${textRow(`${t}statisticsNote_3`, 'Statistics note 3', '')}
</section>`;
  const selected = (which: 'general' | 'notes'): string => String(tab === which);
  return htmlDocument({
    title: 'Physical Item Editor',
    comment: `${ITEM_EDITOR_COMMENT}\nThis page: the ${tab === 'general' ? 'General' : 'Notes'} tab.\n${extraComment}`,
    head: PAGE_CHROME_STYLE,
    bodyAttributes: `id="body_id_xml_file_resource_editor.physical.item_${tab}.xml"`,
    body: `<div id="loadingBlocker" class="hide"><span id="loadingBlockerStatusIdentifier"></span></div>
<div id="breadcrumbs"><span>Resource Management › Physical Item Editor</span>
<div class="btnWrapper"><span class="pull-right"><button type="button" id="PAGE_BUTTONS_cbuttonback" class="btn btn-secondary">Cancel</button>
<button type="button" id="PAGE_BUTTONS_cresource_editorpitem_generalsave_and_edit" class="btn btn-secondary">Save and Edit</button>
<button type="button" id="PAGE_BUTTONS_cbuttonsaveConfirmation" class="btn btn-secondary">Save and Confirm</button>
<button type="button" id="PAGE_BUTTONS_save_and_continue" class="btn btn-secondary">Save and Continue</button>
<button type="button" id="PAGE_BUTTONS_cbuttonsave" class="btn btn-primary">Save</button></span></div></div>
<h1 class="pageTitle">Physical Item Editor</h1>
<ul class="tabs"><li id="cresource_editorgeneral_span"><a href="${options.generalHref ?? '#'}" aria-selected="${selected('general')}">General Information</a></li>
<li id="cresource_editornotes"><a href="${options.notesHref ?? '#'}" aria-selected="${selected('notes')}">Notes</a></li></ul>
<input type="hidden" id="pageBeanmmsId" value="${item.mmsId}">
<input type="hidden" id="pageBeanitemMddnxcontrolCharacteristicspId" value="${item.pid}">
${tab === 'general' ? general : notes}
${HIDDEN_SELECT_SCRIPT}
${SAVE_RECORDER_SCRIPT}`,
  });
}
