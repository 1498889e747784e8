import { titleOf } from '../../procedures/bib-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { bibInContext, recordFinding } from './helpers';
import { ruleText } from '../messages';

const RELINK_PAGES = new Set(['relink', 'items-list', 'item-editor']);

/** Vendor brief bibs are keyed in capitals: letters present and none lower-case. */
function isAllCaps(title: string): boolean {
  const letters = title.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && !/\p{Ll}/u.test(letters);
}

/**
 * R-RELINK-1: a GOBI shelf-ready brief bib (title in capitals, items with the vendor's temporary
 * barcode prefix) will be overlaid by the full record; its items and PO lines must not be relinked away.
 */
export const relinkGobiBriefBib: Rule = {
  id: 'relink-gobi-brief-bib',
  title: 'Shelf-ready brief bib: do not relink',
  defaultSeverity: 'warning',
  appliesTo: ['bib', 'item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Relinking shelf-ready PO lines off a brief bib that the vendor record will overlay breaks the overlay.',
  source: PROCEDURE_URLS.relinking,
  check(ctx) {
    const prefix = ctx.profile.briefBibBarcodePrefix?.trim();
    if (!prefix || !ctx.pageKind || !RELINK_PAGES.has(ctx.pageKind)) return [];
    const title = titleOf(bibInContext(ctx));
    if (!isAllCaps(title)) return [];
    const barcodes = [ctx.item?.barcode ?? '', ...(ctx.items ?? []).map((row) => row.barcode)].filter((barcode) =>
      barcode.trim().toLowerCase().startsWith(prefix.toLowerCase()),
    );
    if (barcodes.length === 0) return [];
    return [
      recordFinding(
        relinkGobiBriefBib,
        ruleText('relink-gobi-brief-bib.brief', { barcode: barcodes[0] ?? '', prefix }),
        ctx.item ? { itemField: 'barcode' } : { tag: '245' },
      ),
    ];
  },
};
