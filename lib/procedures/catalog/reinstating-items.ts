import { bibNotSuppressed, isWithdrawnItemContext, itemOutOfWithdrawnLocation } from '../conditions';
import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** A copy declared lost and withdrawn turns up again and the selector wants it back. */
export const reinstatingItems: Procedure = {
  id: 'reinstating-items',
  title: 'Reinstate a recovered withdrawn item',
  summary: 'Bring a found or returned copy, withdrawn after being declared lost, back into a real location.',
  roles: ['Physical Inventory Operator', 'Cataloger (sometimes)'],
  sourcePath: 'reinstating-withdrawn-items',
  defaultUrl: PROCEDURE_URLS.reinstatingItems,
  tags: ['items', 'withdrawn', 'lost', 'oclc'],
  pageKinds: ['item-editor', 'items-list'],
  appliesWhen: isWithdrawnItemContext,
  ruleIds: ['item-in-withdrawn-location', 'item-millennium-withdrawn', 'rein-still-suppressed'],
  steps: [
    { id: 'selector', text: "Get the selector's approval to keep the copy." },
    {
      id: 'millennium-zw',
      text: 'An item in the bare "zw" location was withdrawn in Millennium and belongs to MAIN: refer it to the cataloging unit unless you are scoped to MAIN.',
      kind: 'warning',
      when: (ctx) =>
        ctx.item?.permanentLocation.code.trim() === 'zw' ||
        (ctx.items?.some((row) => row.locationCode?.trim() === 'zw') ?? false),
    },
    {
      id: 'location',
      text: 'Change Permanent location from the withdrawn location to the real shelving location.',
      verify: itemOutOfWithdrawnLocation,
    },
    {
      id: 'holdings',
      text: 'Check the holdings: Alma moves them, or creates new ones when other withdrawn items remain; carry over useful notes and fix 852 $b/$c.',
      inferred: true,
    },
    { id: 'unsuppress', text: 'Unsuppress the holdings and the bib.', inferred: true, verify: bibNotSuppressed },
    { id: 'check-in', text: 'Check the item in to clear its status and trigger any holds.', inferred: true },
    {
      id: 'oclc',
      text: "If it is now the only copy, set the institution's WorldCat holding again.",
      inferred: true,
    },
  ],
};
