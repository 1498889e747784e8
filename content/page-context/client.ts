import { sendToBackground } from '../../extension/messaging';
import type { PageContext } from '../../lib/procedures/context';
import { bibOf, mmsIdOf } from '../../lib/procedures/context';
import { withRememberedBib } from './enrich';

/**
 * The content script's side of the page memory: the background keeps it (a content script's storage
 * belongs to Alma's origin, and its memory dies with the page).
 */

/**
 * The context with the bib the background remembers for its MMS ID, when the page does not show the bib.
 * The context is returned unchanged when the background cannot answer: the checklist then shows what
 * the page alone allows.
 */
export async function withBibFromMemory(ctx: PageContext): Promise<PageContext> {
  const mmsId = mmsIdOf(ctx);
  if (bibOf(ctx) || !mmsId) return ctx;
  try {
    const { record } = await sendToBackground('page/recall-bib', { mmsId });
    return withRememberedBib(ctx, record);
  } catch {
    return ctx;
  }
}
