import { isMultiVolumeSet } from '../../procedures/bib-facts';
import { isVerboseDescription } from '../../procedures/item-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** R-MVM-6 [INFERRED threshold]: Description holds the volume designation and number, never extra text. */
export const mvmDescriptionVerbose = itemRule({
  id: 'mvm-description-verbose',
  title: 'Description has extra words',
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Volume titles and notes in Description clutter request lists; they belong in the bib (505) or a note.',
  source: PROCEDURE_URLS.multiVolumeMonographs,
  inferred: true,
  reads: ['description'],
  check(ctx, item) {
    const description = item.description.trim();
    if (!isVerboseDescription(description) || !isMultiVolumeSet(ctx.bib)) return [];
    return [
      itemFinding(mvmDescriptionVerbose, 'description', ruleText('mvm-description-verbose.text', { description })),
    ];
  },
});
