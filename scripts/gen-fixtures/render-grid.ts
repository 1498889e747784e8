import type { MarcRecord } from '../../lib/marc/types';
import { escapeHtml } from './html';

/**
 * Renders MARC records into the Metadata Editor's GWT grid markup (docs/alma-evidence.md §3).
 *
 * Deliberately independent of content/alma and lib/marc/alma-text: the acceptance test renders records
 * with this module and reads them back with content/alma, so a shared bug could not cancel itself out.
 *
 * Evidenced (docs/alma-evidence.md §3.1-§3.8): `table#editorTable-left|-right.editorTable > tbody > tr`, the
 * ids `FieldTagBox.tag.<TAG>…`, `FieldIndicatorBox.tag.<TAG>….1/.2`, `MarcEditorPresenter.textArea.<TAG>` (a
 * div around the textarea, with NO row suffix: rows of one tag share it), `td.localFieldIndication`,
 * `.marcEditor.mainContainer`, `#` for blanks in the leader and 006/007/008, blank indicators as `#` or as
 * empty boxes (one form per grid), `$$` text, the `.hwt-highlights` overlay with `<mark>$$a</mark>`,
 * `.showBorderExlibris`/`.hideBorderExlibris`. Assumed: the row-index suffix of tag and indicator ids
 * (`.245.7`, numbered through the whole document so split panes never repeat one), cell layout and classes,
 * the elements between the text container and its textarea.
 */

/** One grid row as Alma shows it: `#` for blanks, `$$` text. */
export interface GridRow {
  tag: string;
  /** Indicator box values; absent for the leader and control fields (no boxes rendered). */
  ind1?: string;
  ind2?: string;
  text: string;
  local?: boolean;
}

const HASH_BLANK_TAGS = new Set(['006', '007', '008']);

const toHash = (value: string): string => value.replaceAll(' ', '#');

/** A record as grid rows: LDR first, then the fields in order. `isLocal(tag, index)` marks local fields. */
export function recordToGridRows(
  record: MarcRecord,
  isLocal: (tag: string, index: number) => boolean = () => false,
): GridRow[] {
  const rows: GridRow[] = [{ tag: 'LDR', text: toHash(record.leader) }];
  record.fields.forEach((field, index) => {
    const local = isLocal(field.tag, index);
    if ('subfields' in field) {
      const text = field.subfields.map((sub) => `$$${sub.code}${sub.value === '' ? '' : ` ${sub.value}`}`).join(' ');
      rows.push({ tag: field.tag, ind1: toHash(field.ind1), ind2: toHash(field.ind2), text, local });
    } else {
      rows.push({ tag: field.tag, text: HASH_BLANK_TAGS.has(field.tag) ? toHash(field.value) : field.value, local });
    }
  });
  return rows;
}

/** The overlay text: the same characters with each `$$x` delimiter wrapped in <mark>. */
function highlights(text: string): string {
  return escapeHtml(text).replace(/\$\$([^\s$])/gu, (_all, code: string) => `<mark>$$${code}</mark>`);
}

function input(id: string, value: string, className: string, maxLength: number): string {
  return `<input type="text" class="gwt-TextBox ${className}" id="${escapeHtml(id)}" value="${escapeHtml(value)}" maxlength="${maxLength}" size="${maxLength}">`;
}

/** How a grid shows a blank indicator (docs/alma-evidence.md §3.5): `#`, or an empty box. */
export type BlankIndicator = '#' | '';

export function renderRow(row: GridRow, index: number, blankIndicator: BlankIndicator = '#'): string {
  const id = `${row.tag}.${index}`;
  const indicator = (value: string): string => (value === '#' ? blankIndicator : value);
  const marker = row.local
    ? '<td class="localFieldIndication" title="Local field"><span class="localFieldIcon" aria-hidden="true">L</span></td>'
    : '<td class="fieldIndicationCell"></td>';
  const indicators =
    row.ind1 === undefined
      ? '<td class="indicatorCell"></td><td class="indicatorCell"></td>'
      : `<td class="indicatorCell">${input(`FieldIndicatorBox.tag.${id}.1`, indicator(row.ind1), 'indicatorBox', 1)}</td>` +
        `<td class="indicatorCell">${input(`FieldIndicatorBox.tag.${id}.2`, indicator(row.ind2 ?? ''), 'indicatorBox', 1)}</td>`;
  return (
    `<tr class="marcEditorRow">${marker}<td class="tagCell">${input(`FieldTagBox.tag.${id}`, row.tag, 'tagBox', 3)}</td>${indicators}` +
    `<td class="textCell"><div id="MarcEditorPresenter.textArea.${escapeHtml(row.tag)}" class="hwt-container">` +
    `<div class="hwt-backdrop" aria-hidden="true"><div class="hwt-highlights hwt-content">${highlights(row.text)}</div></div>` +
    `<textarea class="hwt-input hwt-content gwt-TextArea" rows="1" spellcheck="false">${escapeHtml(row.text)}</textarea></div></td></tr>`
  );
}

export interface GridPane {
  side: 'left' | 'right';
  rows: GridRow[];
  /** Old MDE only: the pane's `MarcEditorView.title` text, e.g. `Bibliographic (9912…)`. */
  title?: string;
  active?: boolean;
  /** For broken fixtures: replaces the documented table id and class (e.g. `recordTable`). */
  tableName?: string;
  /** How this grid shows blank indicators; `#` unless set. */
  blankIndicator?: BlankIndicator;
}

/** The panes of a grid document; row ids are numbered through the whole document. */
export function renderPanes(panes: GridPane[]): string {
  let next = 0;
  return panes
    .map((pane) => {
      const name = pane.tableName ?? 'editorTable';
      const rows = pane.rows.map((row) => renderRow(row, next++, pane.blankIndicator)).join('\n');
      const border = pane.active === false ? 'hideBorderExlibris' : 'showBorderExlibris';
      const title =
        pane.title === undefined
          ? ''
          : `<div id="MarcEditorView.title" class="marcEditorTitle">${escapeHtml(pane.title)}</div>\n`;
      return `<div class="marcEditor mainContainer autoHeight ${border}" data-pane="${pane.side}">
${title}<table id="${name}-${pane.side}" class="${name}" cellspacing="0" cellpadding="0"><tbody>
${rows}
</tbody></table>
</div>`;
    })
    .join('\n');
}

/** Keeps each `.hwt-highlights` overlay in step with its textarea, as the real editor does. */
export const GRID_SCRIPT = `<script>
document.addEventListener('input', function (event) {
  var area = event.target;
  if (!area.matches || !area.matches('div[id^="MarcEditorPresenter.textArea"] textarea')) return;
  var overlay = area.parentElement.querySelector('.hwt-highlights');
  if (!overlay) return;
  var escaped = area.value.replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  overlay.innerHTML = escaped.replace(/\\$\\$([^\\s$])/g, function (all, code) { return '<mark>$$' + code + '</mark>'; });
});
</script>`;

export const GRID_STYLE = `<style>
body { font: 13px/1.4 Arial, sans-serif; margin: 0; }
.marcEditor.mainContainer { display: inline-block; vertical-align: top; width: calc(50% - 20px); min-width: 420px; margin: 4px; border: 2px solid #ddd; }
.marcEditor.mainContainer:only-of-type { width: calc(100% - 12px); }
.showBorderExlibris { border-color: #3d6ebf !important; }
.marcEditorTitle { background: #eef; padding: 4px 6px; font-weight: bold; }
table.editorTable, table.recordTable { width: 100%; border-collapse: collapse; }
.marcEditorRow td { border-bottom: 1px solid #eee; padding: 1px 2px; vertical-align: top; }
.tagBox { width: 3.2em; } .indicatorBox { width: 1.4em; text-align: center; }
.localFieldIndication { color: #a60; font-weight: bold; width: 1em; } .fieldIndicationCell { width: 1em; }
.textCell { width: 100%; }
.hwt-container { position: relative; }
.hwt-backdrop { position: absolute; inset: 0; overflow: hidden; color: transparent; pointer-events: none; }
.hwt-content { font: 13px/1.4 monospace; padding: 2px; white-space: pre-wrap; word-wrap: break-word; border: 1px solid transparent; box-sizing: border-box; }
.hwt-highlights mark { background: #fde6a8; color: transparent; }
.hwt-input { position: relative; width: 100%; background: transparent; resize: vertical; border-color: #ccc; }
</style>`;
