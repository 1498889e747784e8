/**
 * content/alma: the only code that knows Alma's DOM. Every function takes the Document (or a row) as a
 * parameter and never reaches for globals, so it runs on fixture documents in tests.
 */
export * from './types';
export { recognisePage, type PageInfo, type PageRecognition } from './recognise';
export { extractRecords } from './extract-record';
export { extractItem } from './extract-item';
export { extractItemsList, extractHoldingsList } from './extract-items-list';
export {
  extractItemsListFacts,
  extractHoldingsListFacts,
  extractWithdrawDialog,
  extractRelink,
  countFrom,
  type ItemsListFacts,
  type HoldingsListFacts,
  type WithdrawDialogFacts,
  type WithdrawItem,
  type RelinkFacts,
} from './extract-workflow';
export {
  writeFieldToRow,
  writeLeader,
  restoreRowValues,
  readRowValues,
  AlmaWriteError,
  type RowValues,
} from './write-field';
export { fromAlmaBlanks, toAlmaBlanks, indicatorFromAlma, showsBlanksAsHash, ALMA_BLANK } from './blanks';
export {
  SELECTORS,
  ITEM_EDITOR_FIELDS,
  ITEMS_LIST_COLUMNS,
  HOLDINGS_LIST_COLUMNS,
  PAGE_EXPECTATIONS,
  selectorHealth,
  type SelectorName,
  type SelectorHealth,
} from './selectors';
export { queryFirst, queryAll, matchesAny, readText, type SelectorAlternatives } from './query';
export { findEditorTables, fieldRowsOf, rowRef } from './grid';
export { parentDocumentOf, mmsIdFromText } from './pane-context';
export { detectRecordType } from './record-type';
