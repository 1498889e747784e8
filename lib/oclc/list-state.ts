import type { HoldingsListEntry, ItemListRow, PageContext } from '../procedures/context';
import { mmsIdOf } from '../procedures/context';
import { isActiveRow, RESOURCE_SHARING_LIBRARY } from '../procedures/item-facts';
import { isWithdrawnLocation } from '../procedures/profile-patterns';
import type { InstitutionProfile } from '../settings/profile';

/**
 * What one List of Items or List of Holdings shows about a bib's copies, read from the page as it is (no
 * memory of earlier pages): how many rows it shows, how many still count as the library's copies, and whether
 * those rows are all the bib has. The withdraw and last-item dialogs have no public DOM; these two lists do, so
 * "no active copy left" is decided here, from state, and the dialogs only add to it where they are recognised.
 */
export interface ListState {
  page: 'items-list' | 'holdings-list';
  mmsId: string;
  /** Rows on screen. */
  shown: number;
  /** Rows the list's record count reports for the whole list ("1 - 20 of 45" → 45); null when not shown. */
  total: number | null;
  /** Rows on screen that still count as the library's copies. */
  active: number;
  /**
   * Why the rows on screen may not be every copy of the bib, or null when they are: the list is paged, it is
   * one holdings record's items, or it shows no record count (then nothing says the rows are all of them).
   */
  partial: 'paged' | 'one-holdings' | 'no-count' | null;
  /** Where the rows are, as the list names it: the libraries (holdings) or locations (items) shown, at most three. */
  where: string[];
  /** More distinct places than `where` names. */
  moreWhere: number;
}

const PLACES_NAMED = 3;

/**
 * A location as a list shows it names a withdrawn location: the withdrawn-location pattern matches the text, or
 * the code in its trailing parentheses ("Withdrawn (mazw)"). The lists show location names, not codes (ASSUMED:
 * no public source shows their cells); a name the pattern does not match counts as active, which can only miss
 * a reminder, never give a false one.
 */
export function namesWithdrawnLocation(shown: string, profile: InstitutionProfile): boolean {
  const text = shown.trim();
  if (!text) return false;
  const code = /\(([^()\s]+)\)$/.exec(text)?.[1];
  return isWithdrawnLocation(text, profile) || (code !== undefined && isWithdrawnLocation(code, profile));
}

/** An items-list row that is still the library's copy: isActiveRow (code, library), and not shown in a withdrawn location. */
export function isActiveListRow(row: ItemListRow, profile: InstitutionProfile): boolean {
  return isActiveRow(row, profile) && !namesWithdrawnLocation(row.locationLabel ?? '', profile);
}

/**
 * A holdings row that is still the library's: not in a withdrawn location (by the location the list shows)
 * and not a resource-sharing record. Every other row counts: the List of Holdings shows the institution's own
 * holdings, and it shows library names, so another library's name cannot be told from ours.
 */
export function isActiveHolding(entry: HoldingsListEntry, profile: InstitutionProfile): boolean {
  if (entry.library.trim() === RESOURCE_SHARING_LIBRARY) return false;
  return !namesWithdrawnLocation(entry.location, profile);
}

/** The state a List of Items or List of Holdings shows, or null for other pages and lists without an MMS ID. */
export function listStateOf(ctx: PageContext): ListState | null {
  const mmsId = mmsIdOf(ctx);
  if (!mmsId) return null;
  if (ctx.kind === 'items-list' && ctx.items) {
    const total = ctx.itemsTotal ?? null;
    return {
      page: 'items-list',
      mmsId,
      shown: ctx.items.length,
      total,
      active: ctx.items.filter((row) => isActiveListRow(row, ctx.profile)).length,
      partial: ctx.itemsScope !== 'bib' ? 'one-holdings' : extentProblem(ctx.items.length, total),
      ...places(ctx.items.map((row) => row.locationLabel ?? '')),
    };
  }
  if (ctx.kind === 'holdings-list' && ctx.holdings) {
    const total = ctx.holdingsTotal ?? null;
    return {
      page: 'holdings-list',
      mmsId,
      shown: ctx.holdings.length,
      total,
      active: ctx.holdings.filter((entry) => isActiveHolding(entry, ctx.profile)).length,
      partial: extentProblem(ctx.holdings.length, total),
      ...places(ctx.holdings.map((entry) => entry.library)),
    };
  }
  return null;
}

/** Missing is unknown: without a count the rows on screen prove nothing about the rest. */
function extentProblem(shown: number, total: number | null): ListState['partial'] {
  if (total === null) return 'no-count';
  return total > shown ? 'paged' : null;
}

function places(names: readonly string[]): Pick<ListState, 'where' | 'moreWhere'> {
  const distinct = [...new Set(names.map((name) => name.trim()).filter(Boolean))];
  return { where: distinct.slice(0, PLACES_NAMED), moreWhere: Math.max(0, distinct.length - PLACES_NAMED) };
}

/** "This List of Items shows 0 active items of 3 at Withdrawn stacks." — English, for the worklist and logs. */
export function describeListState(state: ListState): string {
  const noun = state.page === 'items-list' ? 'item' : 'holdings record';
  const nouns = state.page === 'items-list' ? 'items' : 'holdings records';
  const list = state.page === 'items-list' ? 'List of Items' : 'List of Holdings';
  const where =
    state.where.length > 0
      ? ` at ${state.where.join(', ')}${state.moreWhere > 0 ? ` and ${state.moreWhere} more` : ''}`
      : '';
  const of = state.total ?? state.shown;
  return `This ${list} shows ${state.active} active ${state.active === 1 ? noun : nouns} of ${of}${where}.`;
}
