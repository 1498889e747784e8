import { escapeHtml, htmlDocument } from './html';
import { GRID_SCRIPT, GRID_STYLE, renderPanes, type GridPane } from './render-grid';

/**
 * The Metadata Editor's frame chain (alma-dom.md §2.3, Part 2 "Bottom line"):
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
Documented: iframe#yardsNgWrapper (alma-dom.md §2.3 frame chain; Part 2, CABB app.py 2026-03),
search box #NEW_ALMA_MENU_TOP_NAV_Search_Text (Part 2, CABB).
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
  /** `MARC21 (Bib)` or `Holdings` (alma-dom.md §2.3 header pattern). */
  firstRow: string;
  secondRow: string;
  mmsId: string;
}

const WRAPPER_COMMENT = `New-MDE wrapper document (/rep/yards_ng.jsp), title "Md Editor".
Documented (alma-dom.md §2.3, TU lAma; Part 2): mdng-layout, #gwt-headers, .mmsIdContainer with "(MMS ID)",
[id$="header.firstRow"] / [id$="header.secondRow"] with "MARC21 (Bib)" / "Holdings",
#gwt-headers mat-form-field.catalogerLevelCombo, div.cdk-overlay-container, #MenuItem_menu_records_save,
#MenuItem_menu_records_addInventory, #save_dropdown, iframe#yards_iframe.
Readiness: div.gwtVisibility under mdng-layout is absent (removed = ready).
ASSUMED: the header ids' prefixes (left./right.), one header block and one .mmsIdContainer per pane in split
view, the markup around them, menu labels.`;

/** The Angular wrapper holding `iframe#yards_iframe`. */
export function wrapperPage(headers: PaneHeader[], extraComment: string): string {
  const blocks = headers
    .map(
      (header) => `<div class="recordHeader" data-pane="${header.side}">
  <div id="${header.side}.header.firstRow" class="headerFirstRow">${escapeHtml(header.firstRow)}</div>
  <div id="${header.side}.header.secondRow" class="headerSecondRow">${escapeHtml(header.secondRow)}</div>
  <span class="mmsIdContainer">MMS ID (${escapeHtml(header.mmsId)})</span>
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
<button id="save_dropdown" aria-label="Save options">&#9662;</button>
<button id="MenuItem_menu_records_addInventory" mat-menu-item><span class="menu-label">Add Inventory</span></button>
</nav>
<iframe id="yards_iframe" src="grid.html" title="Metadata Editor grid"></iframe>
</mdng-layout>
<div class="cdk-overlay-container"></div>`,
  });
}

const GRID_COMMENT = `GWT record grid document (/rep/yards.jsp), reached through iframe#yards_iframe.
Documented (alma-dom.md §2.3 "Record grid", used verbatim by TU lAma): table[id^="editorTable"] (class
editorTable, ids editorTable-left/-right), rows tr holding input[id^="FieldTagBox.tag.<TAG>"],
FieldIndicatorBox.tag.<TAG>….1/.2, div[id^="MarcEditorPresenter.textArea.<TAG>"] textarea with "$$a …" text,
td.localFieldIndication on local fields, .marcEditor.mainContainer, .hwt-highlights overlay with <mark>$$a</mark>,
"#" for blanks in LDR/008/indicators.
ASSUMED: row-index suffix format (numbered through the document), cell layout, no indicator boxes on
control-field rows, which fields are marked local. Typing in any textarea edits the record.`;

/** A grid document with one or two panes. */
export function gridPage(panes: GridPane[], extraComment: string): string {
  return htmlDocument({
    title: 'yards',
    comment: `${GRID_COMMENT}\n${extraComment}`,
    head: GRID_STYLE,
    body: `${renderPanes(panes)}\n${GRID_SCRIPT}`,
  });
}

const OLD_HOST_COMMENT = `Old Metadata Editor host page (pre-2021 UI).
Documented (alma-dom.md §2.2, Technion extension): body#body_id_xml_file_mdeditor.md_editor.xml,
#mdeditor_container > iframe; iframe[title='MDEditor'] (Part 2, CABB / TU lAma popup); #breadcrumbs.
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
Documented (alma-dom.md §2.2): .exitButton.btn.btn-secondary, i[id='MenuIconBar.saveRecordImage'],
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
