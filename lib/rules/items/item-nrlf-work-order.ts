import { profilePatterns } from '../../procedures/profile-patterns';
import { PROCEDURE_URLS } from '../../procedures/sources';
import { codedText, itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** R-NRLF-1 [INFERRED label]: the item is in the storage-deposit work order (profile pattern). */
export const itemNrlfWorkOrder = itemRule({
  id: 'item-nrlf-work-order',
  title: 'Item in the NRLF deposit workflow',
  defaultSeverity: 'info',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale:
    'Items in the deposit work order show as unavailable; NRLF removes the work order when it rejects an item.',
  source: PROCEDURE_URLS.nrlfDeposit,
  inferred: true,
  reads: ['processType'],
  check(ctx, item) {
    const processType = item.processType;
    const pattern = profilePatterns(ctx.profile).depositWorkOrder;
    if (!pattern || !(pattern.test(processType.code) || pattern.test(processType.label))) return [];
    return [
      itemFinding(
        itemNrlfWorkOrder,
        'processType',
        ruleText('item-nrlf-work-order.in-deposit', { processType: codedText(processType) }),
      ),
    ];
  },
});
