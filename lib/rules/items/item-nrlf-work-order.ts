import { profilePatterns } from '../../procedures/profile-patterns';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { codedText, itemFinding } from '../procedures/helpers';

/** R-NRLF-1 [INFERRED label]: the item is in the storage-deposit work order (profile pattern). */
export const itemNrlfWorkOrder: Rule = {
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
  check(ctx) {
    const processType = ctx.item?.processType;
    const pattern = profilePatterns(ctx.profile).depositWorkOrder;
    if (!processType || !pattern || !(pattern.test(processType.code) || pattern.test(processType.label))) return [];
    return [
      itemFinding(
        itemNrlfWorkOrder,
        'processType',
        `Process type ${codedText(processType)}: this item is in the NRLF deposit workflow and shows as unavailable. Keep it with its set, and follow the NRLF deposit procedure.`,
      ),
    ];
  },
};
