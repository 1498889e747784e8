import type { MarcRecordType, PageKind } from '../lib/alma/types';

/** One record pane of the Metadata Editor (two in split view). */
export interface PaneStatus {
  pane: 'left' | 'right' | 'single';
  recordType: MarcRecordType;
  mmsId: string | null;
  fieldCount: number;
}

/** What the page-status panel shows; built by lib/features/page-status from lib/alma's readings. */
export interface PageStatusView {
  kind: PageKind;
  /** Expected elements that were not found (only for 'unrecognised'). */
  missing: string[];
  panes: PaneStatus[];
  item: { barcode: string; mmsId: string | null } | null;
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

export const PANE_LABELS: Record<PaneStatus['pane'], string> = {
  single: 'Record',
  left: 'Left pane',
  right: 'Right pane',
};
