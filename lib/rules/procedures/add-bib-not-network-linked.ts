import { isControlField } from '../../marc/types';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

/** R-ADD-1: copies are added only to bibs linked to the Network Zone. */
export const addBibNotNetworkLinked: Rule = {
  id: 'add-bib-not-network-linked',
  title: 'Bib not linked to the Network Zone',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'IZ-only bibs are referred to the tech lead or cataloging unit instead of receiving new copies.',
  source: PROCEDURE_URLS.addingCopies,
  // Alma's own flag is source-based; the MMS ID suffix test is the UC heuristic, an inferred step (docs/procedures.md, Add a copy).
  inferred: true,
  check(ctx) {
    const linked = ctx.recordStatus?.networkLinked;
    if (linked === true) return [];
    if (linked === false)
      return [recordFinding(addBibNotNetworkLinked, ruleText('add-bib-not-network-linked.iz-only'))];
    const suffix = ctx.profile.izOnlyMmsIdSuffix?.trim();
    if (!suffix) return [];
    const field = ctx.index.byTag('001')[0]?.field;
    const mmsId = field && isControlField(field) ? field.value.trim() : '';
    if (!mmsId.endsWith(suffix)) return [];
    return [
      recordFinding(addBibNotNetworkLinked, ruleText('add-bib-not-network-linked.iz-suffix', { mmsId, suffix }), {
        tag: '001',
      }),
    ];
  },
};
