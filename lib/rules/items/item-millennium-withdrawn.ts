import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** Location of items withdrawn in Millennium, owned by MAIN (Berkeley). */
const MILLENNIUM_WITHDRAWN = 'zw';

/** R-REIN-2: items withdrawn in Millennium are reinstated by MAIN staff or the cataloging unit. */
export const itemMillenniumWithdrawn = itemRule({
  id: 'item-millennium-withdrawn',
  title: 'Item withdrawn in Millennium',
  defaultSeverity: 'info',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'The bare zw location belongs to MAIN; staff not scoped to MAIN cannot complete the reinstatement.',
  source: PROCEDURE_URLS.reinstatingItems,
  reads: ['permanentLocation'],
  check(_ctx, item) {
    if (item.permanentLocation.code.trim() !== MILLENNIUM_WITHDRAWN) return [];
    return [itemFinding(itemMillenniumWithdrawn, 'permanentLocation', ruleText('item-millennium-withdrawn.zw'))];
  },
});
