import { isMultiVolumeSet } from '../../procedures/bib-facts';
import { profilePatterns } from '../../procedures/profile-patterns';
import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { suggestedDescription } from './mvm-suggestion';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** R-MVM-2 [INFERRED]: a set's item Description follows the institution's pattern (default `v.N`). */
export const mvmDescriptionFormat = itemRule({
  id: 'mvm-description-format',
  title: 'Description not in the volume format',
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Consistent descriptions (v.1, v.2 ...) sort correctly and let patrons pick the right volume.',
  source: PROCEDURE_URLS.multiVolumeMonographs,
  inferred: true,
  reads: ['description'],
  check(ctx, item) {
    const description = item.description.trim();
    const pattern = profilePatterns(ctx.profile).mvmDescription;
    if (description === '' || !pattern || pattern.test(description) || !isMultiVolumeSet(ctx.bib)) return [];
    const suggestion = suggestedDescription(description, pattern);
    return [
      itemFinding(
        mvmDescriptionFormat,
        'description',
        ruleText('mvm-description-format.format', {
          description,
          pattern: ctx.profile.mvmDescriptionPattern,
          example: suggestion ?? 'v.3',
        }),
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
