import type { PageContext } from '../context';
import { bibOf } from '../context';
import { PROCEDURE_URLS } from '../sources';
import type { Procedure } from '../types';

/** Serial bibs (leader/07 b, i or s); on a withdraw dialog that shows no bib, offer it anyway. */
function concernsSerial(ctx: PageContext): boolean {
  const bib = bibOf(ctx);
  return bib ? 'bis'.includes(bib.leader.charAt(7) || '-') : ctx.kind === 'withdraw-dialog';
}

/** Removing predicted item records for serial issues that will never arrive. */
export const predictedSerialItems: Procedure = {
  id: 'predicted-serial-items',
  title: 'Delete predicted serial items never received',
  summary:
    'Withdraw (delete) predicted issue records that will never arrive; a received issue only when it came in error on a closed order.',
  roles: ['Physical Inventory Operator Extended'],
  sourcePath: 'predicted-serial-item-cleanup',
  defaultUrl: PROCEDURE_URLS.predictedSerialItems,
  tags: ['serials', 'items', 'predictions', 'withdrawal'],
  pageKinds: ['items-list', 'withdraw-dialog'],
  appliesWhen: concernsSerial,
  ruleIds: ['pred-withdraw-received-item'],
  steps: [
    {
      id: 'allowed',
      text: 'Delete only for a duplicate prediction run, issues combined by the publisher, a reduced frequency, a title ceased or cancelled mid-cycle, or exhausted claims.',
    },
    {
      id: 'received-in-error',
      text: 'A received issue may be deleted only when it was received in error on a closed order.',
      kind: 'warning',
    },
    { id: 'binding', text: 'Gaps caused by binding follow their own document, not this one.' },
    {
      id: 'withdraw',
      text: 'From the items list use the row menu > Withdraw > Confirm, or tick several and use Manage Selected > Withdraw Items.',
    },
    {
      id: 'work-order-warning',
      text: 'If the item is in a work order (e.g. Acquisition technical services), the dialog warns that its requests will be cancelled.',
      kind: 'warning',
    },
    {
      id: 'last-item',
      text: 'If it is the last item, Alma asks what to do with the holdings: read the holdings notes first.',
    },
  ],
};
