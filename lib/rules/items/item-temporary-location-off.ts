import { codedText, itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** R-ITEM-6: a temporary location works only with "Item is in temporary location" set to Yes. */
export const itemTemporaryLocationOff = itemRule({
  id: 'item-temporary-location-off',
  title: 'Temporary location not switched on',
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Without the switch, Alma and discovery keep showing the permanent location.',
  source: 'https://answers.library.losrios.edu/lrcq/faq/390364',
  reads: ['temporaryLocation', 'inTemporaryLocation'],
  check(_ctx, item) {
    if (item.temporaryLocation.code.trim() === '' || item.inTemporaryLocation) return [];
    return [
      itemFinding(
        itemTemporaryLocationOff,
        'inTemporaryLocation',
        ruleText('item-temporary-location-off.unused', { location: codedText(item.temporaryLocation) }),
      ),
    ];
  },
});
