/**
 * A small Metadata Editor grid in the current (happy-dom) document, shaped like the GWT grid content/alma reads
 * (docs/alma-evidence.md §3): rows with FieldTagBox / FieldIndicatorBox inputs and a MarcEditorPresenter textarea.
 */
export interface Row {
  tag: string;
  ind1?: string;
  ind2?: string;
  text: string;
}

let next = 0;

export function rowHtml({ tag, ind1, ind2, text }: Row): string {
  const index = next++;
  const indicators =
    ind1 === undefined
      ? '<td></td><td></td>'
      : `<td><input id="FieldIndicatorBox.tag.${tag}.${index}.1" value="${ind1}"></td><td><input id="FieldIndicatorBox.tag.${tag}.${index}.2" value="${ind2 ?? '#'}"></td>`;
  return `<tr><td class="marker"></td><td><input id="FieldTagBox.tag.${tag}.${index}" value="${tag}"></td>${indicators}<td><div id="MarcEditorPresenter.textArea.${tag}.${index}"><textarea>${text}</textarea></div></td></tr>`;
}

export const LEADER = '00000nam#a2200000#a#4500';

/** Renders one pane (or two, for split view) into document.body and returns the tables. */
export function renderGrid(...panes: Row[][]): HTMLTableElement[] {
  const sides = panes.length > 1 ? ['left', 'right'] : ['left'];
  document.body.innerHTML = panes
    .map(
      (rows, i) =>
        `<div class="marcEditor mainContainer"><div id="MarcEditorView.title">Bibliographic (99100${i}0006532)</div><table id="editorTable-${sides[i]}" class="editorTable"><tbody>${rows.map(rowHtml).join('')}</tbody></table></div>`,
    )
    .join('');
  return Array.from(document.querySelectorAll('table'));
}

/** The textarea of the first row with this tag. */
export function textareaOf(tag: string, nth = 0): HTMLTextAreaElement {
  const area = document.querySelectorAll<HTMLTextAreaElement>(
    `div[id^="MarcEditorPresenter.textArea.${tag}."] textarea`,
  )[nth];
  if (!area) throw new Error(`no ${tag} row`);
  return area;
}

/** A bib that passes the structural checks, with one field to break in each test. */
export function cleanBib(extra: Row[] = []): Row[] {
  return [
    { tag: 'LDR', text: LEADER },
    { tag: '001', text: '991000006532' },
    { tag: '008', text: '200101s2020####xxu###########000#0#eng#d' },
    { tag: '245', ind1: '0', ind2: '0', text: '$$a A title.' },
    ...extra,
  ];
}
