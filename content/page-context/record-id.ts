import type { PageContext } from '../../lib/procedures/context';
import { controlNumberOf, holdingsOf, mmsIdOf } from '../../lib/procedures/context';

/**
 * The record a checklist's ticks belong to: the item on the item editor (its PID), the holdings record in
 * the Metadata Editor (its 001), otherwise the bib (MMS ID). Lists, withdraw and relink pages are about
 * the bib, so ticks made there and on the bib's editor are one checklist. Prefixed by the kind of record,
 * because Alma's item, holdings and bib ids are separate number series. Null when the page shows no id
 * (a record or item not saved yet): ticks then live only as long as the page.
 */
export function progressRecordId(ctx: PageContext): string | null {
  if (ctx.kind === 'item-editor') {
    const itemId = ctx.item?.itemId?.trim();
    return itemId ? `item:${itemId}` : null;
  }
  const holdings = holdingsOf(ctx);
  if (holdings) {
    const holdingsId = controlNumberOf(holdings);
    return holdingsId ? `holdings:${holdingsId}` : null;
  }
  const mmsId = mmsIdOf(ctx)?.trim();
  return mmsId ? `bib:${mmsId}` : null;
}
