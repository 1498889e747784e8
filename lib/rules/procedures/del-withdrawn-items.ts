import { isWithdrawnLocation } from '../../procedures/profile-patterns';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

/** R-DEL-4 [INFERRED]: withdrawn material keeps its records; deleting is for records made in error. */
export const delWithdrawnItems: Rule = {
  id: 'del-withdrawn-items',
  title: 'Marked for deletion but holds withdrawn items',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Withdrawn copies keep their records for statistics, reinstatement and the reason they left.',
  source: PROCEDURE_URLS.markingForDeletion,
  inferred: true,
  check(ctx) {
    if (ctx.recordStatus?.markedForDeletion !== true || !ctx.items) return [];
    const withdrawn = ctx.items.filter((row) => isWithdrawnLocation(row.locationCode, ctx.profile));
    if (withdrawn.length === 0) return [];
    return [
      recordFinding(
        delWithdrawnItems,
        ruleText('del-withdrawn-items.withdrawn', {
          count: withdrawn.length,
          location: withdrawn[0]!.locationCode ?? '',
        }),
      ),
    ];
  },
};
