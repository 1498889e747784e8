import { isWithdrawnLocation } from '../../procedures/profile-patterns';
import { PROCEDURE_URLS } from '../../procedures/sources';
import { codedText, itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** R-REIN-1: an item in a withdrawn location (`??zw` at Berkeley) comes back only through reinstatement. */
export const itemInWithdrawnLocation = itemRule({
  id: 'item-in-withdrawn-location',
  title: 'Item in a withdrawn location',
  defaultSeverity: 'info',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale:
    'Reinstating a withdrawn copy also means fixing holdings, suppression, its status and the WorldCat holding.',
  source: PROCEDURE_URLS.reinstatingItems,
  reads: ['permanentLocation'],
  check(ctx, item) {
    const location = item.permanentLocation;
    if (!isWithdrawnLocation(location.code, ctx.profile)) return [];
    return [
      itemFinding(
        itemInWithdrawnLocation,
        'permanentLocation',
        ruleText('item-in-withdrawn-location.withdrawn', { location: codedText(location) }),
      ),
    ];
  },
});
