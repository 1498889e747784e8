import type { Rule } from '../types';
import { codedText, itemFinding } from '../procedures/helpers';

/** R-ITEM-6: a temporary location works only with "Item is in temporary location" set to Yes. */
export const itemTemporaryLocationOff: Rule = {
  id: 'item-temporary-location-off',
  title: 'Temporary location not switched on',
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Without the switch, Alma and discovery keep showing the permanent location.',
  source: 'https://answers.library.losrios.edu/lrcq/faq/390364',
  check(ctx) {
    const item = ctx.item;
    if (!item || item.temporaryLocation.code.trim() === '' || item.inTemporaryLocation) return [];
    return [
      itemFinding(
        itemTemporaryLocationOff,
        'inTemporaryLocation',
        `Temporary location ${codedText(item.temporaryLocation)} is set but "Item is in temporary location" is No, so it has no effect. Set it to Yes, or clear the temporary location.`,
      ),
    ];
  },
};
