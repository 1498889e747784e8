import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';

/** R-DEL-1: a bib is unlinked from the Network Zone before it is marked for deletion. */
export const delStillNetworkLinked: Rule = {
  id: 'del-still-network-linked',
  title: 'Marked for deletion but still linked to the Network Zone',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Deleting a linked bib affects the shared Network Zone record; the IZ copy must be unlinked first.',
  source: PROCEDURE_URLS.markingForDeletion,
  check(ctx) {
    const status = ctx.recordStatus;
    if (status?.markedForDeletion !== true || status.networkLinked !== true) return [];
    return [
      recordFinding(
        delStillNetworkLinked,
        'This bib is marked for deletion but is still linked to the Network Zone. Unlink it first with Record Actions > Copy to Catalog (a house icon then shows); Delete Record sits just below, so take care.',
      ),
    ];
  },
};
