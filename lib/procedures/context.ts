import type { CodedValue, ItemRecord, MarcRecordType, PageKind } from '../page-model';
import type { MarcRecord } from '../marc/types';
import { isControlField } from '../marc/types';
import { isHoldingsLeader } from '../marc21/material-type';
import type { InstitutionProfile } from '../settings/profile';

/**
 * One row of Alma's List of Items, as far as the page shows it. Optional fields are absent
 * when the list does not show that column; content/alma fills what it can read.
 */
export interface ItemListRow {
  /** Item PID (the row checkbox's value), or null when the row does not show it. */
  itemId: string | null;
  barcode: string;
  description?: string;
  copyId?: string;
  libraryCode?: string;
  /** Permanent location code. */
  locationCode?: string;
  /** The location as the list shows it (a name; some institutions' names carry the code). */
  locationLabel?: string;
  /** Process type code or label (work order, Missing, Lost ...); empty when none. */
  processType?: string;
  /** PO line reference attached to the item, e.g. `POL-12345` or a Millennium order `o12345678`. */
  poLine?: string;
  /** True when the item has been received (has a receiving date). */
  received?: boolean;
  /** True when the row's checkbox is ticked (bulk actions such as Withdraw Items). */
  selected?: boolean;
  holdingsId?: string;
}

/** One row of Alma's List of Holdings: the library and location as the list shows them. */
export interface HoldingsListEntry {
  holdingsId: string | null;
  library: string;
  location: string;
}

/** Facts about the open record that are shown by Alma around the MARC, not in it. */
export interface RecordStatus {
  /** Suppressed from discovery (Record Actions > Suppress from Discovery). */
  suppressed?: boolean;
  /** Linked to the Network Zone. */
  networkLinked?: boolean;
  /** Linked to the Community Zone. */
  communityLinked?: boolean;
  /** Marked for deletion by the institution's interim procedure. */
  markedForDeletion?: boolean;
  /** Not saved yet (a record created from a template). */
  isNew?: boolean;
}

/** Everything the procedures and the OCLC holdings logic know about the page in front of the cataloger. */
export interface PageContext {
  kind: PageKind;
  /** Type of `record` when the page is a Metadata Editor page. */
  recordType?: MarcRecordType;
  /** The bib or holdings record open in the Metadata Editor. */
  record?: MarcRecord;
  /** The item open in the Physical Item Editor. */
  item?: ItemRecord;
  /** True when the Physical Item Editor is creating an item that has not been saved yet. */
  itemIsNew?: boolean;
  /** Rows of the List of Items (or the rows a withdraw dialog acts on). */
  items?: readonly ItemListRow[];
  /** Total number of items Alma reports for the list; more than items.length means the list is paged. */
  itemsTotal?: number;
  /** Whether the list covers every item of the bib or only one holdings record. */
  itemsScope?: 'bib' | 'holdings';
  /** Rows of the List of Holdings of the bib. */
  holdings?: readonly HoldingsListEntry[];
  /** Total number of holdings records Alma reports for the List of Holdings (all pages). */
  holdingsTotal?: number;
  /** The parent bib, when the page shows it next to a holdings record or an item. */
  bib?: MarcRecord;
  /** MMS ID of the bib the page is about. */
  mmsId?: string;
  /** Title of the bib as the page shows it (lists and the item editor show it without the MARC). */
  title?: string;
  recordStatus?: RecordStatus;
  /** Which withdraw dialog is open: the confirmation, or the "last item of this holdings record" question. */
  withdrawDialog?: 'confirm' | 'last-item';
  /** Bibs involved in a relink. */
  relink?: { sourceMmsId?: string; targetMmsId?: string };
  profile: InstitutionProfile;
}

/** Type of the open MARC record: as stated, else from the page kind, else from the leader. */
export function recordTypeOf(ctx: PageContext): MarcRecordType | undefined {
  if (!ctx.record) return undefined;
  if (ctx.recordType) return ctx.recordType;
  if (ctx.kind === 'mde-bib') return 'bib';
  if (ctx.kind === 'mde-holdings') return 'holdings';
  return isHoldingsLeader(ctx.record.leader) ? 'holdings' : 'bib';
}

/** The bib the page is about: the open bib record, or the parent bib shown beside a holdings record or item. */
export function bibOf(ctx: PageContext): MarcRecord | undefined {
  if (ctx.record && recordTypeOf(ctx) === 'bib') return ctx.record;
  return ctx.bib;
}

/** The holdings record open in the Metadata Editor, if any. */
export function holdingsOf(ctx: PageContext): MarcRecord | undefined {
  return ctx.record && recordTypeOf(ctx) === 'holdings' ? ctx.record : undefined;
}

/** Value of the first 001 of a record (the MMS ID for Alma bibs). */
export function controlNumberOf(record: MarcRecord | undefined): string | undefined {
  if (!record) return undefined;
  for (const field of record.fields) {
    if (field.tag === '001' && isControlField(field)) return field.value.trim() || undefined;
  }
  return undefined;
}

/** MMS ID of the bib the page is about: stated by the page, else the item's, else the bib's 001. */
export function mmsIdOf(ctx: PageContext): string | undefined {
  return ctx.mmsId ?? ctx.item?.mmsId ?? controlNumberOf(bibOf(ctx));
}

/** Code of a coded value, trimmed; '' when blank. */
export function codeOf(value: CodedValue | undefined): string {
  return value ? value.code.trim() : '';
}

/** The page facts procedure rules read, to spread into a RuleContext built for this page. */
export function ruleContextExtras(ctx: PageContext): {
  pageKind: PageKind;
  items?: readonly ItemListRow[];
  recordStatus?: RecordStatus;
} {
  const extras: { pageKind: PageKind; items?: readonly ItemListRow[]; recordStatus?: RecordStatus } = {
    pageKind: ctx.kind,
  };
  if (ctx.items) extras.items = ctx.items;
  if (ctx.recordStatus) extras.recordStatus = ctx.recordStatus;
  return extras;
}
