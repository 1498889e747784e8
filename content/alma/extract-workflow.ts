import { queryAll, queryFirst, readText } from './query';
import { extractPaneRelink } from './relink-pane';
import { ITEMS_LIST_COLUMNS, SELECTORS } from './selectors';

/**
 * Facts of the pages around the items: how much of the bib a List of Items covers, which items a withdraw
 * dialog acts on, and which bibs a relink involves. Their DOM is ASSUMED (see the selectors' notes); the
 * readers return nulls rather than guesses when the page does not show something.
 */

export interface ItemsListFacts {
  mmsId: string | null;
  /** Set when the list shows only the items of one holdings record. */
  holdingsId: string | null;
  /** Items in the whole list (every page), when the page shows the count. */
  total: number | null;
}

export function extractItemsListFacts(doc: Document): ItemsListFacts {
  return {
    mmsId: inputValue(doc, SELECTORS.pageMmsId),
    holdingsId: inputValue(doc, SELECTORS.holdingsIdInput),
    total: countFrom(readText(queryFirst(doc, SELECTORS.itemsListCount))),
  };
}

export interface HoldingsListFacts {
  mmsId: string | null;
  /** Holdings records in the whole list (every page), when the page shows the count. */
  total: number | null;
}

export function extractHoldingsListFacts(doc: Document): HoldingsListFacts {
  return {
    mmsId: inputValue(doc, SELECTORS.pageMmsId),
    total: countFrom(readText(queryFirst(doc, SELECTORS.holdingsListCount))),
  };
}

/**
 * The list's count in any interface language: "1 - 20 of 35", "35 records", "35 Datensätze". The
 * largest number is the total (a page range never exceeds it).
 */
export function countFrom(text: string): number | null {
  const numbers = Array.from(text.matchAll(/\d+/g), (match) => Number(match[0]));
  return numbers.length > 0 ? Math.max(...numbers) : null;
}

export interface WithdrawItem {
  itemId: string | null;
  barcode: string;
  description: string;
}

export interface WithdrawDialogFacts {
  /** 'confirm': the items about to be withdrawn; 'last-item': "the last item of this holdings record was deleted or moved". */
  stage: 'confirm' | 'last-item';
  mmsId: string | null;
  holdingsId: string | null;
  /** The items the confirmation lists (none on the last-item question, which names no item reliably). */
  items: WithdrawItem[];
}

const WITHDRAW_ROW_ID = /^recordContainerwithdrawList(\d+)$/;

/** Reads either withdraw page; null when the document is neither. */
export function extractWithdrawDialog(doc: Document): WithdrawDialogFacts | null {
  const lastItem = queryFirst(doc, SELECTORS.withdrawHoldingsChoice) !== null;
  const rows = queryAll<HTMLElement>(doc, SELECTORS.withdrawConfirmRow);
  if (!lastItem && rows.length === 0) return null;
  return {
    stage: lastItem ? 'last-item' : 'confirm',
    mmsId: inputValue(doc, SELECTORS.pageMmsId),
    holdingsId: inputValue(doc, SELECTORS.holdingsIdInput),
    items: lastItem
      ? []
      : rows.map((row) => ({
          itemId: WITHDRAW_ROW_ID.exec(row.id)?.[1] ?? null,
          barcode: readText(queryFirst(row, ITEMS_LIST_COLUMNS.barcode)).trim(),
          description: readText(queryFirst(row, ITEMS_LIST_COLUMNS.description)).trim(),
        })),
  };
}

export interface RelinkFacts {
  sourceMmsId: string | null;
  /** Null on the search page, before a TARGET is chosen. */
  targetMmsId: string | null;
}

/**
 * Reads a relink: the split Metadata Editor's relink pane (where Alma relinks, content/alma/relink-pane.ts),
 * else one of the superseded separate relink pages; null when the document is neither.
 */
export function extractRelink(doc: Document): RelinkFacts | null {
  const pane = extractPaneRelink(doc);
  if (pane) return { sourceMmsId: pane.sourceMmsId, targetMmsId: pane.targetMmsId };
  if (!queryFirst(doc, SELECTORS.relinkBody)) return null;
  return {
    sourceMmsId: inputValue(doc, SELECTORS.relinkSourceMmsId),
    targetMmsId: inputValue(doc, SELECTORS.relinkTargetMmsId),
  };
}

function inputValue(doc: Document, selectors: readonly string[]): string | null {
  return readText(queryFirst(doc, selectors)).trim() || null;
}
