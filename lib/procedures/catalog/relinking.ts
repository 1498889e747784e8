import { bibHasNoItems } from '../conditions';
import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** Moving items, or holdings with their items, from one bib to another. */
export const relinking: Procedure = {
  id: 'relinking',
  title: 'Relink items and holdings',
  summary: 'Move items, or holdings with their items and PO lines, from a SOURCE bib to a TARGET bib.',
  roles: ['Physical Inventory Operator', 'Receiving Operator Limited (to see PO lines)'],
  sourcePath: 'relinking-pols-holdings-items',
  defaultUrl: PROCEDURE_URLS.relinking,
  tags: ['relink', 'holdings', 'items', 'po lines'],
  pageKinds: ['relink'],
  ruleIds: [
    'relink-gobi-brief-bib',
    'relink-millennium-order',
    'relink-source-left-empty',
    'relink-call-number-differs',
  ],
  steps: [
    {
      id: 'pol-association',
      text: 'A PO line moves only with its associated item: check the association first, or the PO line stays on the SOURCE bib.',
    },
    {
      id: 'gobi-brief',
      text: 'Never relink shelf-ready (GOBI) PO lines away from a brief bib that will be overlaid: such bibs are in capitals and their items have temporary "ucb---" barcodes.',
      kind: 'warning',
    },
    {
      id: 'millennium-order',
      text: 'Millennium PO lines (o followed by 8 digits) behave unpredictably: when in doubt, open a BadCat ticket.',
      kind: 'warning',
    },
    { id: 'requests', text: 'An active request blocks relinking a holdings record: deal with it first.' },
    { id: 'last-holdings', text: 'For the last holdings record on a bib, prefer Merge & Combine.' },
    {
      id: 'do-relink',
      text: 'Holdings > Relink, choose the zone, search (an OCLC number goes in "System Number"), Relink, then Save and Release Record.',
    },
    {
      id: 'target-call-number',
      text: "Check that the TARGET holdings call number (852 $h $i) agrees with the TARGET bib's 050.",
      inferred: true,
    },
    {
      id: 'source-empty',
      text: 'If the SOURCE bib is left with no inventory and no PO line, mark it for deletion.',
      inferred: true,
      verify: bibHasNoItems,
    },
    {
      id: 'oclc',
      text: 'The SOURCE may have lost its last copy and the TARGET gained its first: update WorldCat holdings.',
      inferred: true,
    },
  ],
};
