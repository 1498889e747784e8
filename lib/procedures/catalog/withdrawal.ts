import { isRelatedRecordContext } from '../conditions';
import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** Withdrawing (in Alma: deleting) items, and what happens to their holdings and WorldCat holding. */
export const withdrawal: Procedure = {
  id: 'withdrawal',
  title: 'Withdraw items',
  summary:
    'Withdraw items that are not missing, billed, lost or on related records; then look after the holdings and WorldCat.',
  roles: ['Physical Inventory Operator Extended (institution scope)'],
  sourcePath: 'deleting-item-records',
  defaultUrl: PROCEDURE_URLS.withdrawal,
  tags: ['withdrawal', 'items', 'holdings', 'oclc'],
  pageKinds: ['items-list', 'withdraw-dialog'],
  ruleIds: ['rel-withdraw-related-record', 'pred-withdraw-received-item'],
  steps: [
    {
      id: 'related-warning',
      text: 'This bib has related records: its items follow the related-records withdrawal procedure, not this one.',
      kind: 'warning',
      when: isRelatedRecordContext,
    },
    {
      id: 'eligible',
      text: 'Withdraw by hand only items that are not missing, billed or lost.',
    },
    {
      id: 'withdraw',
      text: 'Row menu > Withdraw > Confirm, or tick the items and use Manage Selected > Withdraw Items.',
    },
    {
      id: 'last-item',
      text: 'For the last item of a holdings record, Alma asks whether to keep, suppress or delete the holdings (and the bib unless other holdings remain): read the holdings notes first.',
    },
    {
      id: 'oclc',
      text: "If the institution's last copy is gone, delete its WorldCat holding (see OCLC holdings maintenance).",
      inferred: true,
    },
  ],
};
