import { profilePatterns } from '../../procedures/profile-patterns';
import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/**
 * R-NRLF-2 [INFERRED]: a note says the item was pulled for deposit, but it carries no work order,
 * so discovery still shows it on the shelf.
 */
export const itemPulledWithoutWorkOrder = itemRule({
  id: 'item-pulled-without-work-order',
  title: 'Pulled for deposit but no work order',
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Without the work order, patrons see the item as available and request it from an empty shelf.',
  source: PROCEDURE_URLS.nrlfDeposit,
  inferred: true,
  reads: ['processType', 'internalNotes'],
  check(ctx, item) {
    const pattern = profilePatterns(ctx.profile).depositWorkOrder;
    if (!pattern || item.processType.code.trim() !== '' || item.processType.label.trim() !== '') return [];
    const note = item.internalNotes.find((text) => pattern.test(text));
    if (note === undefined) return [];
    return [
      itemFinding(
        itemPulledWithoutWorkOrder,
        'processType',
        ruleText('item-pulled-without-work-order.no-process-type', { note: note.trim().slice(0, 60) }),
      ),
    ];
  },
});
