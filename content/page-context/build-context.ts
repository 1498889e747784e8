import type { ExtractedRecord, ItemRecord, PageKind, PageRecognition } from '../alma';
import {
  extractHoldingsList,
  extractHoldingsListFacts,
  extractItem,
  extractItemsList,
  extractItemsListFacts,
  extractRecords,
  extractRelink,
  extractWithdrawDialog,
} from '../alma';
import type { MarcRecord } from '../../lib/marc/types';
import { controlNumberOf } from '../../lib/procedures/context';
import type { HoldingsListEntry, ItemListRow, PageContext } from '../../lib/procedures/context';
import { isControlField } from '../../lib/marc/types';
import type { InstitutionProfile } from '../../lib/settings/profile';

/** Page kinds a PageContext is built for: the screens where procedures apply and holdings change. */
export const CONTEXT_KINDS: readonly PageKind[] = [
  'mde-bib',
  'mde-holdings',
  'mde-split',
  'item-editor',
  'items-list',
  'holdings-list',
  'withdraw-dialog',
  'relink',
];

/**
 * What lib/procedures and lib/oclc need to know about the page, read from the document through content/alma
 * (the only code that knows Alma's DOM). Null for pages that are none of CONTEXT_KINDS, or when the page
 * shows nothing to build on (a grid without a record, an item editor without its fields). Facts the page
 * does not show stay absent: the bib behind an item or a list comes later from what the extension saw
 * before (content/page-context/enrich.ts), never from a guess.
 */
export function buildPageContext(
  doc: Document,
  page: PageRecognition,
  profile: InstitutionProfile,
): PageContext | null {
  switch (page.kind) {
    case 'mde-bib':
    case 'mde-holdings':
    case 'mde-split':
      return contextFromRecords(extractRecords(doc), profile);
    case 'item-editor': {
      const item = extractItem(doc);
      return item ? contextFromItem(item, profile) : null;
    }
    case 'items-list':
      return fromItemsList(doc, profile);
    case 'holdings-list':
      return fromHoldingsList(doc, profile);
    case 'withdraw-dialog':
      return fromWithdrawDialog(doc, profile);
    case 'relink':
      return fromRelink(doc, profile);
    default:
      return null;
  }
}

/**
 * One record, or a split view. The bib of a holdings record is its 004; in a split view showing a bib and
 * holdings, the page is about the holdings of that bib (the bib rides along as `bib`); two bibs side by side
 * (comparing duplicates) are treated as the left one.
 */
export function contextFromRecords(
  records: readonly ExtractedRecord[],
  profile: InstitutionProfile,
): PageContext | null {
  const bib = records.find((extracted) => extracted.type === 'bib');
  const holdings = records.find((extracted) => extracted.type === 'holdings');
  if (holdings) {
    const context: PageContext = { kind: 'mde-holdings', recordType: 'holdings', record: holdings.record, profile };
    const bibMmsId = linkedBibOf(holdings.record) ?? (bib ? bibMmsIdOf(bib) : undefined);
    if (bibMmsId) context.mmsId = bibMmsId;
    if (bib && (!bibMmsId || bibMmsIdOf(bib) === bibMmsId)) context.bib = bib.record;
    return context;
  }
  if (!bib) return null;
  const context: PageContext = { kind: 'mde-bib', recordType: 'bib', record: bib.record, profile };
  const mmsId = bibMmsIdOf(bib);
  if (mmsId) context.mmsId = mmsId;
  return context;
}

/** The pane's MMS ID as Alma shows it, else the record's 001. */
function bibMmsIdOf(extracted: ExtractedRecord): string | undefined {
  return extracted.mmsId ?? controlNumberOf(extracted.record);
}

/** 004 of a holdings record: the MMS ID of its bib. */
export function linkedBibOf(holdings: MarcRecord): string | undefined {
  for (const field of holdings.fields) {
    if (field.tag === '004' && isControlField(field)) return field.value.trim() || undefined;
  }
  return undefined;
}

/** The item editor's context, from the item as read. */
export function contextFromItem(item: ItemRecord, profile: InstitutionProfile): PageContext {
  // ASSUMED: the editor of an item not saved yet has an empty item PID (fixture item-editor-new-oclc).
  const context: PageContext = { kind: 'item-editor', item, itemIsNew: item.itemId === null, profile };
  if (item.mmsId) context.mmsId = item.mmsId;
  return context;
}

/**
 * The rows as ItemListRow. The list shows location names, not codes, so `locationCode` stays absent and
 * a row counts as active unless other facts say otherwise: a withdrawn location is recognised on the
 * item editor, which shows the code.
 */
function fromItemsList(doc: Document, profile: InstitutionProfile): PageContext {
  const facts = extractItemsListFacts(doc);
  const items: ItemListRow[] = extractItemsList(doc).map((row) => {
    const item: ItemListRow = { itemId: row.itemId, barcode: row.barcode.trim(), selected: row.selected };
    if (row.description.trim()) item.description = row.description.trim();
    if (row.processType.trim()) item.processType = row.processType.trim();
    if (row.location.trim()) item.locationLabel = row.location.trim();
    return item;
  });
  const context: PageContext = { kind: 'items-list', items, profile };
  if (facts.mmsId) context.mmsId = facts.mmsId;
  // A holdings filter means one holdings record's items; without one, the list is the bib's (ASSUMED markup).
  if (facts.holdingsId) context.itemsScope = 'holdings';
  else if (facts.mmsId) context.itemsScope = 'bib';
  if (facts.total !== null) context.itemsTotal = facts.total;
  return context;
}

/** The List of Holdings: each row's library and location as shown, and the list's count when it shows one. */
function fromHoldingsList(doc: Document, profile: InstitutionProfile): PageContext {
  const facts = extractHoldingsListFacts(doc);
  const holdings: HoldingsListEntry[] = extractHoldingsList(doc).map((row) => ({
    holdingsId: row.holdingsId,
    library: row.library.trim(),
    location: row.location.trim(),
  }));
  const context: PageContext = { kind: 'holdings-list', holdings, profile };
  if (facts.mmsId) context.mmsId = facts.mmsId;
  if (facts.total !== null) context.holdingsTotal = facts.total;
  return context;
}

function fromWithdrawDialog(doc: Document, profile: InstitutionProfile): PageContext | null {
  const facts = extractWithdrawDialog(doc);
  if (!facts) return null;
  const context: PageContext = { kind: 'withdraw-dialog', withdrawDialog: facts.stage, profile };
  if (facts.mmsId) context.mmsId = facts.mmsId;
  if (facts.items.length > 0) {
    // Every item the confirmation lists is being withdrawn: they are the "selected" rows.
    context.items = facts.items.map((item) => {
      const row: ItemListRow = { itemId: item.itemId, barcode: item.barcode, selected: true };
      if (item.description) row.description = item.description;
      return row;
    });
  }
  return context;
}

function fromRelink(doc: Document, profile: InstitutionProfile): PageContext | null {
  const facts = extractRelink(doc);
  if (!facts) return null;
  const context: PageContext = { kind: 'relink', relink: {}, profile };
  if (facts.sourceMmsId) {
    context.relink!.sourceMmsId = facts.sourceMmsId;
    context.mmsId = facts.sourceMmsId;
  }
  if (facts.targetMmsId) context.relink!.targetMmsId = facts.targetMmsId;
  return context;
}
