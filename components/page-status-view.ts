import type { PageKind } from '../content/alma/types';

/**
 * What the page-status panel shows: the page kind content/alma recognised, and what it missed. It runs on lists,
 * dialogs, relink and unrecognised pages; on the editors the findings panel shows the record facts.
 */
export interface PageStatusView {
  kind: PageKind;
  /** Expected elements that were not found: why a page is 'unrecognised', or what a recognised page lacks. */
  missing: string[];
}

/** Labels name Alma's own screens as catalogers know them. */
export const PAGE_KIND_LABELS: Record<PageKind, string> = {
  'mde-wrapper': 'Metadata Editor (frame)',
  'mde-bib': 'Metadata Editor: bibliographic record',
  'mde-holdings': 'Metadata Editor: holdings record',
  'mde-split': 'Metadata Editor: split view',
  'mde-old': 'Metadata Editor (old editor)',
  'item-editor': 'Physical Item Editor',
  'items-list': 'List of Items',
  'holdings-list': 'List of Holdings',
  'withdraw-dialog': 'Withdraw items',
  relink: 'Relink',
  unrecognised: 'Alma layout not as expected',
  other: 'Other Alma page',
};
