import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

/** R-PRED-1: a received issue may be withdrawn only when it was received in error on a closed order. */
export const predWithdrawReceivedItem: Rule = {
  id: 'pred-withdraw-received-item',
  title: 'Withdrawing a received item with a PO line',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'The predicted-item cleanup deletes issues never received; received issues stay unless received in error.',
  source: PROCEDURE_URLS.predictedSerialItems,
  check(ctx) {
    if (ctx.pageKind !== 'withdraw-dialog' || !ctx.items) return [];
    const anySelected = ctx.items.some((row) => row.selected === true);
    const received = ctx.items.filter(
      (row) => (!anySelected || row.selected === true) && row.received === true && (row.poLine ?? '').trim() !== '',
    );
    if (received.length === 0) return [];
    const first = received[0]!;
    return [
      recordFinding(
        predWithdrawReceivedItem,
        ruleText(received.length > 1 ? 'pred-withdraw-received-item.more' : 'pred-withdraw-received-item.one', {
          item: first.barcode || first.description || first.itemId || '',
          poLine: first.poLine!.trim(),
          more: received.length - 1,
        }),
      ),
    ];
  },
};
