import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

/** R-RELINK-3 [INFERRED]: a bib emptied by a relink is marked for deletion (§1.11). */
export const relinkSourceLeftEmpty: Rule = {
  id: 'relink-source-left-empty',
  title: 'Bib left without items',
  defaultSeverity: 'info',
  appliesTo: ['bib'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Brief order bibs emptied by a relink linger in discovery unless they are marked for deletion.',
  source: PROCEDURE_URLS.markingForDeletion,
  inferred: true,
  check(ctx) {
    if ((ctx.pageKind !== 'items-list' && ctx.pageKind !== 'relink') || !ctx.items || ctx.items.length > 0) return [];
    if (ctx.recordStatus?.markedForDeletion === true) return [];
    return [recordFinding(relinkSourceLeftEmpty, ruleText('relink-source-left-empty.empty'))];
  },
};
