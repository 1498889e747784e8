import type { PageKind } from '../content/alma/types';
import { type MessageKey, t } from './i18n';

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
export const PAGE_KIND_LABEL_KEYS: Record<PageKind, MessageKey> = {
  'mde-wrapper': 'pageKind_mdeWrapper',
  'mde-bib': 'pageKind_mdeBib',
  'mde-holdings': 'pageKind_mdeHoldings',
  'mde-split': 'pageKind_mdeSplit',
  'mde-old': 'pageKind_mdeOld',
  'item-editor': 'pageKind_itemEditor',
  'items-list': 'pageKind_itemsList',
  'holdings-list': 'pageKind_holdingsList',
  'withdraw-dialog': 'pageKind_withdrawDialog',
  relink: 'pageKind_relink',
  unrecognised: 'pageKind_unrecognised',
  other: 'pageKind_otherPage',
};

export function pageKindLabel(kind: PageKind): string {
  return t(PAGE_KIND_LABEL_KEYS[kind]);
}
