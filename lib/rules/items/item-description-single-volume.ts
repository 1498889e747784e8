import { isMonograph, isMultiVolumeSet } from '../../procedures/bib-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** R-ITEM-4 [INFERRED for Berkeley]: a single-volume monograph's item has no Description (copy numbers go in Copy ID). */
export const itemDescriptionSingleVolume = itemRule({
  id: 'item-description-single-volume',
  title: 'Description on a single-volume item',
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Description distinguishes volumes or issues; on a single volume it confuses requests and displays.',
  source: PROCEDURE_URLS.itemRecords,
  inferred: true,
  reads: ['description'],
  check(ctx, item) {
    const description = item.description.trim();
    const bib = ctx.bib;
    if (description === '' || !bib || !isMonograph(bib) || isMultiVolumeSet(bib)) return [];
    return [
      itemFinding(
        itemDescriptionSingleVolume,
        'description',
        ruleText('item-description-single-volume.filled', { description }),
        { type: 'set-item-field', field: 'description', value: '', description: 'Clear Description', safe: false },
      ),
    ];
  },
});
