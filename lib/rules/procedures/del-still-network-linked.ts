import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

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
    return [recordFinding(delStillNetworkLinked, ruleText('del-still-network-linked.linked'))];
  },
};
