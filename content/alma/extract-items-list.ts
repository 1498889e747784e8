import type { HoldingsListRow, ItemsListRow } from './types';
import { queryAll, queryFirst, readText } from './query';
import { HOLDINGS_LIST_COLUMNS, ITEMS_LIST_COLUMNS, SELECTORS } from './selectors';

/** `recordContainerlist<ITEM_PID>` (docs/alma-evidence.md §8, L). */
const ITEM_ROW_ID = /^recordContainerlist(\d+)$/;
/** `recordContainerlistWithFilters<HOL_ID>` (docs/alma-evidence.md §8, L). */
const HOLDINGS_ROW_ID = /^recordContainerlistWithFilters(\d+)$/;

/** Rows of the List of Items, in page order, as the page shows them (only the current page of a paged list). */
export function extractItemsList(doc: Document): ItemsListRow[] {
  return queryAll<HTMLElement>(doc, SELECTORS.itemsListRow).map((row) => {
    const checkbox = queryFirst<HTMLInputElement>(row, SELECTORS.itemsListCheckbox);
    const cell = (name: keyof typeof ITEMS_LIST_COLUMNS): string => readText(queryFirst(row, ITEMS_LIST_COLUMNS[name]));
    return {
      itemId: ITEM_ROW_ID.exec(row.id)?.[1] ?? (checkbox?.value || null),
      barcode: cell('barcode'),
      description: cell('description'),
      location: cell('location'),
      processType: cell('processType'),
      status: cell('status'),
      accessionNumber: cell('accessionNumber'),
      selected: checkbox?.checked ?? false,
      row,
    };
  });
}

/** Rows of the List of Holdings, in page order. */
export function extractHoldingsList(doc: Document): HoldingsListRow[] {
  return queryAll<HTMLElement>(doc, SELECTORS.holdingsListRow).map((row) => {
    const cell = (name: keyof typeof HOLDINGS_LIST_COLUMNS): string =>
      readText(queryFirst(row, HOLDINGS_LIST_COLUMNS[name]));
    return {
      holdingsId: HOLDINGS_ROW_ID.exec(row.id)?.[1] ?? (cell('holdingsId') || null),
      library: cell('library'),
      location: cell('location'),
      callNumber: cell('callNumber'),
      row,
    };
  });
}
