import type { MarcRecord } from '../../lib/marc/types';
import type { PageContext } from '../../lib/procedures/context';
import { bibOf, mmsIdOf } from '../../lib/procedures/context';

/**
 * Facts a page does not show but an earlier page of the same bib did. Pure: each returns a new context.
 */

/**
 * Adds the bib's MARC, remembered from the Metadata Editor, to a page that shows only its MMS ID (item
 * editor, lists, withdraw and relink pages, a holdings record): procedures that depend on the bib (a
 * multi-volume set, related records, an OCLC number) then apply there too. The caller looks the record up
 * by this page's MMS ID (the record's 001 may still be another system's number in a record being imported).
 */
export function withRememberedBib(ctx: PageContext, remembered: MarcRecord | null | undefined): PageContext {
  if (!remembered || bibOf(ctx) || !mmsIdOf(ctx)) return ctx;
  return { ...ctx, bib: remembered };
}

/**
 * The last-item question names no item; the confirmation just before it listed the items being withdrawn.
 * Carrying them over lets the holdings logic tell whether other copies remain instead of asking.
 */
export function carryOverWithdrawnItems(previous: PageContext | null, current: PageContext): PageContext {
  if (current.kind !== 'withdraw-dialog' || current.withdrawDialog !== 'last-item' || current.items) return current;
  if (previous?.kind !== 'withdraw-dialog' || previous.withdrawDialog !== 'confirm' || !previous.items) return current;
  const mmsId = mmsIdOf(current);
  if (mmsId && mmsIdOf(previous) !== mmsId) return current;
  return { ...current, items: previous.items };
}

/**
 * The page a new one is compared with. lib/oclc reports a relink on the first relink page it sees; the
 * search page knows only the SOURCE, so when the confirmation then names the TARGET it is compared with
 * nothing, as a fresh relink: the TARGET gets its reminder (the SOURCE's is not repeated: the holdings
 * memory remembers it was given).
 */
export function previousForComparison(previous: PageContext | null, current: PageContext): PageContext | null {
  if (previous?.kind !== 'relink' || current.kind !== 'relink') return previous;
  const before = previous.relink ?? {};
  const now = current.relink ?? {};
  const targetNamed = !before.targetMmsId && now.targetMmsId !== undefined;
  return targetNamed && before.sourceMmsId === now.sourceMmsId ? null : previous;
}
