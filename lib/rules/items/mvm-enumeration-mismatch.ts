import { isMultiVolumeSet } from '../../procedures/bib-facts';
import { descriptionNumber, enumerationNumber } from '../../procedures/item-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** R-MVM-3 [INFERRED]: Enumeration A carries the volume number that Description shows. */
export const mvmEnumerationMismatch = itemRule({
  id: 'mvm-enumeration-mismatch',
  title: 'Enumeration A does not match Description',
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Alma sorts and requests volumes by enumeration; it has to agree with the Description patrons see.',
  source: PROCEDURE_URLS.multiVolumeMonographs,
  inferred: true,
  reads: ['description', 'enumerationA'],
  check(ctx, item) {
    if (!isMultiVolumeSet(ctx.bib)) return [];
    const volume = descriptionNumber(item.description);
    if (volume === null) return []; // nothing to compare with; mvm-description-missing / -format report it
    const enumeration = item.enumerationA.trim();
    if (enumerationNumber(enumeration) === volume) return [];
    return [
      itemFinding(
        mvmEnumerationMismatch,
        'enumerationA',
        ruleText(enumeration === '' ? 'mvm-enumeration-mismatch.empty' : 'mvm-enumeration-mismatch.differs', {
          enumeration,
          description: item.description.trim(),
          volume,
        }),
        {
          type: 'set-item-field',
          field: 'enumerationA',
          value: volume,
          description: `Set Enumeration A to ${volume}`,
          safe: false,
        },
      ),
    ];
  },
});
