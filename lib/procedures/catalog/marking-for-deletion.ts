import { bibHasNoItems, bibNotNetworkLinked, isRelatedRecordContext, isWithdrawnItemContext } from '../conditions';
import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** Duplicates created in error, and brief order bibs left empty by a relink. */
export const markingForDeletion: Procedure = {
  id: 'marking-for-deletion',
  title: 'Mark bibs and holdings for deletion',
  summary: 'For duplicates created in error and brief order bibs emptied by a relink: not the same as withdrawing.',
  roles: ['Cataloger (marks)', 'Cataloger Extended (deletes)'],
  sourcePath: 'interim-procedure-mark-items-for-deletion',
  defaultUrl: PROCEDURE_URLS.markingForDeletion,
  tags: ['deletion', 'duplicates', 'bibs', 'holdings'],
  pageKinds: ['mde-bib', 'mde-holdings', 'items-list'],
  // Offered when the record is marked, or when an items list shows the bib has nothing left (e.g. after a relink).
  appliesWhen: (ctx) =>
    ctx.recordStatus?.markedForDeletion === true || (ctx.kind === 'items-list' && bibHasNoItems(ctx) === 'pass'),
  ruleIds: ['del-still-network-linked', 'del-has-inventory', 'del-related-record', 'del-withdrawn-items'],
  steps: [
    {
      id: 'not-withdrawal',
      text: 'Withdrawn material keeps its records (statistics, reinstatement, the reason it left): withdraw it instead of deleting.',
      kind: 'warning',
      when: isWithdrawnItemContext,
    },
    {
      id: 'related-warning',
      text: 'This bib has related records: do not delete it.',
      kind: 'warning',
      when: isRelatedRecordContext,
    },
    {
      id: 'unlink',
      text: 'First unlink the IZ bib from the Network Zone (Record Actions > Copy to Catalog; a house icon then shows).',
      verify: bibNotNetworkLinked,
    },
    {
      id: 'misclick',
      text: 'Delete Record sits just under Copy to Catalog in the menu: take care not to click it by mistake.',
      kind: 'warning',
    },
    {
      id: 'order',
      text: 'Items go first (by withdrawal), then holdings, then the bib; a bib can go only with no inventory and its PO lines closed or cancelled.',
      verify: bibHasNoItems,
      when: (ctx) => ctx.kind === 'items-list',
    },
    {
      id: 'refer',
      text: 'Without Cataloger Extended, mark the record for deletion or send a BadCat ticket rather than deleting it.',
    },
  ],
};
