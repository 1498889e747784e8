import type { ItemRecord } from '../page-model';
import { extractOclcNumbers } from '../oclc/oclc-number';
import { dataFields, firstSubfield, hasRelatedRecords, isMultiVolumeSet } from './bib-facts';
import type { PageContext } from './context';
import { bibOf, holdingsOf } from './context';
import { RESOURCE_SHARING_LIBRARY, descriptionNumber, enumerationNumber, hasChronology } from './item-facts';
import { isWithdrawnLocation, profilePatterns } from './profile-patterns';
import type { StepResult } from './types';

/**
 * Conditions and checks the procedure catalog shares. Each answers from what the page shows;
 * a check returns 'unknown' rather than guess when the page does not show what it needs.
 */

// ---- When a step or procedure applies ----

/** The bib is a multi-volume set, or the open holdings record is multipart (leader/06 `v`). */
export function isMultiVolumeContext(ctx: PageContext): boolean {
  if (isMultiVolumeSet(bibOf(ctx))) return true;
  return holdingsOf(ctx)?.leader.charAt(6) === 'v';
}

/** The open item, or a row of the items list, sits in a withdrawn location (`??zw` at Berkeley). */
export function isWithdrawnItemContext(ctx: PageContext): boolean {
  if (ctx.item && isWithdrawnLocation(ctx.item.permanentLocation.code, ctx.profile)) return true;
  return ctx.items?.some((row) => isWithdrawnLocation(row.locationCode, ctx.profile)) ?? false;
}

/** The bib is a host or constituent of related records (773/774 $w, or 910 "Has related records"). */
export function isRelatedRecordContext(ctx: PageContext): boolean {
  return hasRelatedRecords(bibOf(ctx));
}

/** The open item, or a listed item, carries the storage-deposit work order (profile pattern). */
export function isDepositContext(ctx: PageContext): boolean {
  const pattern = profilePatterns(ctx.profile).depositWorkOrder;
  if (!pattern) return false;
  if (ctx.item && (pattern.test(ctx.item.processType.code) || pattern.test(ctx.item.processType.label))) return true;
  return ctx.items?.some((row) => row.processType !== undefined && pattern.test(row.processType)) ?? false;
}

// ---- Checks ----

const fromBoolean = (value: boolean): StepResult => (value ? 'pass' : 'fail');

/** The open item's text field is filled. */
export function itemFieldFilled(field: 'barcode' | 'copyId' | 'description'): (ctx: PageContext) => StepResult {
  return (ctx) => (ctx.item ? fromBoolean(ctx.item[field].trim() !== '') : 'unknown');
}

export function itemCodedValuesSet(ctx: PageContext): StepResult {
  const item = ctx.item;
  if (!item) return 'unknown';
  return fromBoolean(item.materialType.code.trim() !== '' && item.itemPolicy.code.trim() !== '');
}

/** The open holdings record has an 852 with both $b (library) and $c (location). */
export function holdingsHasLocation(ctx: PageContext): StepResult {
  const holdings = holdingsOf(ctx);
  if (!holdings) return 'unknown';
  const fields = dataFields(holdings, '852');
  return fromBoolean(
    fields.length > 0 && fields.every((f) => nonEmpty(firstSubfield(f, 'b')) && nonEmpty(firstSubfield(f, 'c'))),
  );
}

/** The open holdings record carries a call number (852 $h). */
export function holdingsHasCallNumber(ctx: PageContext): StepResult {
  const holdings = holdingsOf(ctx);
  if (!holdings) return 'unknown';
  return fromBoolean(dataFields(holdings, '852').some((f) => nonEmpty(firstSubfield(f, 'h'))));
}

/** The open holdings record has an 866 textual holdings statement. */
export function holdingsHasSummary(ctx: PageContext): StepResult {
  const holdings = holdingsOf(ctx);
  if (!holdings) return 'unknown';
  return fromBoolean(dataFields(holdings, '866').length > 0);
}

/** The holdings or the listed items are not in the interlibrary-loan library. */
export function notResourceSharing(ctx: PageContext): StepResult {
  const holdings = holdingsOf(ctx);
  if (holdings) {
    return fromBoolean(
      !dataFields(holdings, '852').some((f) => firstSubfield(f, 'b')?.trim() === RESOURCE_SHARING_LIBRARY),
    );
  }
  if (ctx.items && ctx.items.length > 0) {
    return fromBoolean(!ctx.items.every((row) => row.libraryCode?.trim() === RESOURCE_SHARING_LIBRARY));
  }
  return 'unknown';
}

export function bibNotSuppressed(ctx: PageContext): StepResult {
  const suppressed = ctx.recordStatus?.suppressed;
  return suppressed === undefined ? 'unknown' : fromBoolean(!suppressed);
}

export function bibNetworkLinked(ctx: PageContext): StepResult {
  const linked = ctx.recordStatus?.networkLinked;
  return linked === undefined ? 'unknown' : fromBoolean(linked);
}

export function bibNotNetworkLinked(ctx: PageContext): StepResult {
  const linked = ctx.recordStatus?.networkLinked;
  return linked === undefined ? 'unknown' : fromBoolean(!linked);
}

/** The bib describes a single volume (not a multi-volume set). */
export function bibIsSingleVolume(ctx: PageContext): StepResult {
  const bib = bibOf(ctx);
  return bib ? fromBoolean(!isMultiVolumeSet(bib)) : 'unknown';
}

export function bibHasOclcNumber(ctx: PageContext): StepResult {
  const bib = bibOf(ctx);
  return bib ? fromBoolean(extractOclcNumbers(bib).length > 0) : 'unknown';
}

/** The bib has no items left on the (complete) items list. */
export function bibHasNoItems(ctx: PageContext): StepResult {
  if (!ctx.items || (ctx.itemsTotal !== undefined && ctx.itemsTotal > ctx.items.length)) return 'unknown';
  return fromBoolean(ctx.items.length === 0);
}

export function itemDescriptionFormatted(ctx: PageContext): StepResult {
  const item = ctx.item;
  const pattern = profilePatterns(ctx.profile).mvmDescription;
  if (!item || !pattern) return 'unknown';
  return fromBoolean(pattern.test(item.description.trim()));
}

export function itemEnumerationMatchesDescription(ctx: PageContext): StepResult {
  const item = ctx.item;
  if (!item) return 'unknown';
  const volume = descriptionNumber(item.description);
  const enumeration = enumerationNumber(item.enumerationA);
  return fromBoolean(volume !== null && enumeration === volume);
}

export function itemHasNoChronology(ctx: PageContext): StepResult {
  return ctx.item ? fromBoolean(!hasChronology(ctx.item)) : 'unknown';
}

/** The open item is out of the withdrawn location. */
export function itemOutOfWithdrawnLocation(ctx: PageContext): StepResult {
  const item: ItemRecord | undefined = ctx.item;
  if (!item) return 'unknown';
  return fromBoolean(!isWithdrawnLocation(item.permanentLocation.code, ctx.profile));
}

/** The item's temporary location, when set, is switched on. */
export function itemTemporaryLocationConsistent(ctx: PageContext): StepResult {
  const item = ctx.item;
  if (!item) return 'unknown';
  return fromBoolean(item.temporaryLocation.code.trim() === '' || item.inTemporaryLocation);
}

/** The open item carries the storage-deposit work order (process type). */
export function itemInDepositWorkOrder(ctx: PageContext): StepResult {
  const pattern = profilePatterns(ctx.profile).depositWorkOrder;
  if (!ctx.item || !pattern) return 'unknown';
  const { code, label } = ctx.item.processType;
  return fromBoolean(pattern.test(code) || pattern.test(label));
}

function nonEmpty(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}
