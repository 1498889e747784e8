import { isMultiVolumeSet } from '../../procedures/bib-facts';
import { profilePatterns } from '../../procedures/profile-patterns';
import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { suggestedDescription } from './mvm-suggestion';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** R-MVM-1: every item of a multi-volume set says which volume it is. */
export const mvmDescriptionMissing = itemRule({
  id: 'mvm-description-missing',
  title: 'Volume missing from Description',
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Patrons request a volume of a set by its Description; an empty one makes the volumes indistinguishable.',
  source: PROCEDURE_URLS.multiVolumeMonographs,
  reads: ['description', 'enumerationA'],
  check(ctx, item) {
    if (item.description.trim() !== '' || !isMultiVolumeSet(ctx.bib)) return [];
    const suggestion = suggestedDescription(item.enumerationA, profilePatterns(ctx.profile).mvmDescription);
    return [
      itemFinding(
        mvmDescriptionMissing,
        'description',
        ruleText('mvm-description-missing.empty', { example: suggestion ?? 'v.3' }),
        suggestion
          ? {
              type: 'set-item-field',
              field: 'description',
              value: suggestion,
              description: `Set Description to ${suggestion}`,
              safe: false,
            }
          : undefined,
      ),
    ];
  },
});
