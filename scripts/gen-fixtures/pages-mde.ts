import { escapeHtml, htmlDocument } from './html';
import { GRID_SCRIPT, GRID_STYLE, renderPanes, type GridPane } from './render-grid';

/**
 * The Metadata Editor's frame chain (docs/alma-evidence.md §1):
 * top Alma page (`/ng…`) → `iframe#yardsNgWrapper` (Angular shell, /rep/yards_ng.jsp, title "Md Editor")
 * → `iframe#yards_iframe` (GWT grid, /rep/yards.jsp). Old MDE (§2.2): host page
 * `body#body_id_xml_file_mdeditor.md_editor.xml` → `#mdeditor_container > iframe` → grid with
 * `div#MarcEditorView.title` per pane.
 */

const CHROME_STYLE = `<style>
body { font: 14px/1.4 Arial, sans-serif; margin: 0; }
iframe { border: 0; width: 100%; }
.alma-top-bar, .breadcrumbs { background: #2a4365; color: #fff; padding: 6px 12px; }
.alma-top-bar input { width: 300px; }
#gwt-headers { display: flex; gap: 24px; align-items: center; padding: 6px 12px; background: #f3f5f9; border-bottom: 1px solid #ccd; }
.recordHeader { display: grid; gap: 2px; }
.headerFirstRow { font-weight: bold; } .mmsIdContainer { color: #555; }
.mdng-menu { padding: 4px 12px; border-bottom: 1px solid #ccd; }
</style>`;

const TOP_COMMENT = `Top Alma page ("/ng…" new layout) holding the Metadata Editor.
Evidenced (docs/alma-evidence.md §1.1, §2.6): iframe#yardsNgWrapper (TU lAma after 2022, CNMARC Cloud App,
CABB 2026-03), search box #NEW_ALMA_MENU_TOP_NAV_Search_Text (CABB 2026-03).
ASSUMED: everything else on this page (it only hosts the frame).`;

/** The top `/ng`-like page holding `iframe#yardsNgWrapper`. */
export function topPage(extraComment: string): string {
  return htmlDocument({
    title: 'Alma',
    comment: `${TOP_COMMENT}\n${extraComment}`,
    head: `${CHROME_STYLE}<style>#yardsNgWrapper { height: calc(100vh - 40px); }</style>`,
    bodyAttributes: 'class="ng-layout"',
    body: `<header class="alma-top-bar" id="ALMA_MENU_TOP_NAV">Alma (fixture) <input id="NEW_ALMA_MENU_TOP_NAV_Search_Text" placeholder="Search"></header>
<iframe id="yardsNgWrapper" src="wrapper.html" title="Metadata Editor"></iframe>`,
  });
}

export interface PaneHeader {
  side: 'left' | 'right';
  /** The record's title, shown in the first row beside the MMS ID (assumed). */
  title: string;
  /** The second row: the record type, e.g. "MARC21 Bibliographic", "Holdings", "Bestand" (§2.3). */
  typeLabel: string;
  mmsId: string;
}

const WRAPPER_COMMENT = `New-MDE wrapper document (/rep/yards_ng.jsp), title "Md Editor".
Evidenced (docs/alma-evidence.md §2, TU lAma after 2022; CABB 2026-03): mdng-layout, #gwt-headers; per pane a
[id$="header.firstRow"] holding .mmsIdContainer with "(MMS ID)" and a [id$="header.secondRow"] with the record
type (§2.2, §2.3); header ids starting with the pane, "left"/"righ" (§2.4); #gwt-headers
mat-form-field.catalogerLevelCombo, div.cdk-overlay-container, #MenuItem_menu_records_save,
#MenuItem_menu_records_addInventory, #save_dropdown (§2.5), iframe#yards_iframe (§1.2).
Readiness: div.gwtVisibility under mdng-layout is absent (removed = ready).
ASSUMED: the rest of the header ids (left.header.firstRow), the type labels' exact wording ("MARC21
Bibliographic", "Holdings", German "MARC21 Bibliografisch"/"Bestand"), the title beside the MMS ID, the save
menu's entries and their ids (SubMenuItem_menu_records_save_*: only the pattern is evidenced, §2.5), the
markup around them, menu labels.`;

/** The Angular wrapper holding `iframe#yards_iframe`. */
export function wrapperPage(headers: PaneHeader[], extraComment: string): string {
  const blocks = headers
    .map(
      (header) => `<div class="recordHeader" data-pane="${header.side}">
  <div id="${header.side}.header.firstRow" class="headerFirstRow"><span class="recordTitle">${escapeHtml(header.title)}</span> <span class="mmsIdContainer">(${escapeHtml(header.mmsId)})</span></div>
  <div id="${header.side}.header.secondRow" class="headerSecondRow">${escapeHtml(header.typeLabel)}</div>
</div>`,
    )
    .join('\n');
  return htmlDocument({
    title: 'Md Editor',
    comment: `${WRAPPER_COMMENT}\n${extraComment}`,
    head: `${CHROME_STYLE}<style>#yards_iframe { height: calc(100vh - 110px); }</style>`,
    body: `<mdng-layout>
<div id="gwt-headers">
${blocks}
<mat-form-field class="catalogerLevelCombo"><label>Cataloger level <select><option>20 - Cataloger</option></select></label></mat-form-field>
</div>
<nav class="mdng-menu">
<button id="MenuItem_menu_records_save" mat-menu-item><span class="menu-label">Save</span></button>
<button id="save_dropdown" aria-label="Save options" aria-haspopup="menu" aria-controls="save_menu">&#9662;</button>
<button id="MenuItem_menu_records_addInventory" mat-menu-item><span class="menu-label">Add Inventory</span></button>
</nav>
<div id="save_menu" role="menu" aria-label="Save" hidden>
<button id="SubMenuItem_menu_records_save_saveAndRelease" role="menuitem" mat-menu-item><span class="menu-label">Save and Release Record</span></button>
</div>
<script>
// Opens the save menu like the real split button (assumed markup); saving itself does nothing here.
document.getElementById('save_dropdown').addEventListener('click', function () {
  var menu = document.getElementById('save_menu');
  menu.hidden = !menu.hidden;
});
</script>
<iframe id="yards_iframe" src="grid.html" title="Metadata Editor grid"></iframe>
</mdng-layout>
<div class="cdk-overlay-container"></div>`,
  });
}

const GRID_COMMENT = `GWT record grid document (/rep/yards.jsp), reached through iframe#yards_iframe.
Evidenced (docs/alma-evidence.md §3, TU lAma after 2022, CNMARC Cloud App, Judaica extension):
table[id^="editorTable"] (class editorTable, ids editorTable-left/-right), rows tr holding
input[id^="FieldTagBox.tag.<TAG>"], FieldIndicatorBox.tag.<TAG>….1/.2 (none on control fields),
div[id="MarcEditorPresenter.textArea.<TAG>"] (NO row suffix, §3.4) around a textarea with "$$a …" text,
td.localFieldIndication on local fields, .marcEditor.mainContainer, .hwt-highlights overlay with <mark>$$a</mark>,
"#" for blanks in LDR/008; blank indicators shown as "#" or as empty boxes (§3.5; this page's form is said below).
ASSUMED: the row-index suffix of tag and indicator ids (numbered through the document), cell layout, which fields
are marked local. Typing in any textarea edits the record.`;

/** A grid document with one or two panes, and optionally a right-hand pane that is not a record (relink). */
export function gridPage(panes: GridPane[], extraComment: string, rightPane = ''): string {
  const blankForm = panes.some((pane) => pane.blankIndicator === '')
    ? 'Blank indicators on this page are EMPTY boxes.'
    : 'Blank indicators on this page show "#".';
  return htmlDocument({
    title: 'yards',
    comment: `${GRID_COMMENT}\n${blankForm}\n${extraComment}`,
    head: GRID_STYLE,
    body: `${renderPanes(panes)}\n${rightPane}${rightPane ? '\n' : ''}${GRID_SCRIPT}`,
  });
}

export interface RelinkCandidate {
  mmsId: string;
  title: string;
}

const RELINK_PANE_COMMENT = `Holdings relink in the split Metadata Editor (docs/alma-evidence.md §6).
Evidenced: the relink happens INSIDE the Metadata Editor, its search and target choice on the right-hand side of
the split editor, the holdings record on the left (WRLC 2022; FLVC), then Save > Save and Release.
ASSUMED (no public DOM): the right-hand pane's markup: a div whose id starts with "relinkHoldings", the search
form, result rows, the chosen target marked with class relinkTarget and its MMS ID in [id^="relinkTargetMmsId"].`;

/**
 * The right-hand pane of a split MDE showing Relink Holdings: results of the search for the TARGET bib, with
 * `chosen` (if any) picked as the target.
 */
export function relinkPaneHtml(results: RelinkCandidate[], chosen: string | null): string {
  const rows = results
    .map((bib, n) => {
      const picked = bib.mmsId === chosen;
      return `<tr id="relinkHoldingsResult${n}"${picked ? ' class="relinkTarget"' : ''}><td>${escapeHtml(bib.title)}</td>
<td>${picked ? `<span id="relinkTargetMmsId">(${escapeHtml(bib.mmsId)})</span>` : `(${escapeHtml(bib.mmsId)})`}</td>
<td><button type="button" class="gwt-Button relinkButton">${picked ? 'Relinked' : 'Relink'}</button></td></tr>`;
    })
    .join('\n');
  return `<!-- ${RELINK_PANE_COMMENT} -->
<div id="relinkHoldingsPane" class="relinkHoldings showBorderExlibris" data-pane="right">
<h2 class="relinkHoldingsTitle">Relink Holdings</h2>
<form class="relinkSearch"><label>System Number <input type="text" class="gwt-TextBox" value=""></label>
<button type="button" class="gwt-Button">Search</button></form>
<table class="relinkResults"><tbody>
${rows}
</tbody></table>
</div>`;
}

const OLD_HOST_COMMENT = `Old Metadata Editor host page (pre-2021 UI).
Evidenced (docs/alma-evidence.md §1.3, Technion extension): body#body_id_xml_file_mdeditor.md_editor.xml,
#mdeditor_container > iframe; iframe[title='MDEditor'] (CABB 2026-03, TU lAma); #breadcrumbs.
ASSUMED: the iframe's id "mdeditor_iframe" (used only by fixtures.json to name the frame).`;

export function oldMdeHostPage(extraComment: string): string {
  return htmlDocument({
    title: 'Alma',
    comment: `${OLD_HOST_COMMENT}\n${extraComment}`,
    head: `${CHROME_STYLE}<style>#mdeditor_container iframe { height: calc(100vh - 40px); }</style>`,
    bodyAttributes: 'id="body_id_xml_file_mdeditor.md_editor.xml"',
    body: `<div id="breadcrumbs" class="breadcrumbs"><span>Resource Management › Metadata Editor</span><div class="btnWrapper"><span class="pull-right"></span></div></div>
<div id="mdeditor_container"><iframe id="mdeditor_iframe" title="MDEditor" src="editor.html"></iframe></div>`,
  });
}

const OLD_EDITOR_COMMENT = `Old Metadata Editor frame (/rep/MDEditor.jsp), title "Md Editor".
Evidenced (docs/alma-evidence.md §3.9, §5; Technion extension): .exitButton.btn.btn-secondary, i[id='MenuIconBar.saveRecordImage'],
td[id='fileMenuId'], div[id='MarcEditorView.title'] per pane containing "(MMS ID)" and "Bibliographic"/"Holding";
the grid inside is the same GWT grid as the new MDE (Judaica extension: MarcEditorPresenter.textArea.LDR,
#editorTable-right).
ASSUMED: toolbar layout and the exact title wording.`;

export function oldMdeEditorPage(panes: GridPane[], extraComment: string): string {
  return htmlDocument({
    title: 'Md Editor',
    comment: `${OLD_EDITOR_COMMENT}\n${GRID_COMMENT}\n${extraComment}`,
    head: GRID_STYLE,
    body: `<table class="menuBar"><tr><td id="fileMenuId">File</td><td>Edit</td><td id="MenuToolBar.reloadMenuItem">Reload</td>
<td><i id="MenuIconBar.saveRecordImage" title="Save"></i></td><td><button class="exitButton btn btn-secondary">Exit</button></td></tr></table>
${renderPanes(panes)}
${GRID_SCRIPT}`,
  });
}
