import type { EditorPane } from '../../lib/page-model';
import type { FieldRowRef } from './types';
import { queryAll, queryFirst } from './query';
import { SELECTORS } from './selectors';

/**
 * The Metadata Editor's GWT grid: `table[id^="editorTable"] > tbody > tr` rows holding a
 * `FieldTagBox.tag.*` input, as TU lAma reads it (docs/alma-evidence.md §3.1-§3.4).
 */

export function findEditorTables(doc: Document): HTMLTableElement[] {
  return queryAll<Element>(doc, SELECTORS.editorTable).filter(
    (element): element is HTMLTableElement => element.tagName === 'TABLE',
  );
}

/** Field rows of one pane, in display order. Only the table's own rows count, not rows of nested tables. */
export function fieldRowsOf(table: HTMLTableElement): HTMLTableRowElement[] {
  const rows: HTMLTableRowElement[] = [];
  for (const section of Array.from(table.children)) {
    const candidates = section.tagName === 'TR' ? [section] : Array.from(section.children);
    for (const candidate of candidates) {
      if (candidate.tagName === 'TR' && queryFirst(candidate, SELECTORS.tagInput)) {
        rows.push(candidate as HTMLTableRowElement);
      }
    }
  }
  return rows;
}

/** The editable parts of one grid row. Missing parts are null; nothing here throws. */
export function rowRef(row: HTMLTableRowElement): FieldRowRef {
  return {
    row,
    tagInput: queryFirst<HTMLInputElement>(row, SELECTORS.tagInput),
    ind1Input: queryFirst<HTMLInputElement>(row, SELECTORS.ind1Input),
    ind2Input: queryFirst<HTMLInputElement>(row, SELECTORS.ind2Input),
    textarea: queryFirst<HTMLTextAreaElement>(row, SELECTORS.fieldText),
    local: queryFirst(row, SELECTORS.localFieldMarker) !== null,
  };
}

/** 'left'/'right' from the table id in split view (`editorTable-left` / `-right`), else 'single'. */
export function paneOf(table: HTMLTableElement, index: number, tableCount: number): EditorPane {
  if (tableCount < 2) return 'single';
  if (/right$/i.test(table.id)) return 'right';
  if (/left$/i.test(table.id)) return 'left';
  return index === 0 ? 'left' : 'right';
}
