import { relatedRecordMarks } from '../../procedures/bib-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

/** R-REL-1: host and constituent bibs (773/774 $w, 910 "Has related records") need special handling. */
export const relRelatedRecord: Rule = {
  id: 'rel-related-record',
  title: 'Related record',
  defaultSeverity: 'info',
  appliesTo: ['bib'],
  origin: 'procedure',
  profiles: ['all'],
  rationale:
    'Deleting or withdrawing one side of a bound-with or analytic breaks the other; these records have their own withdrawal procedure.',
  source: PROCEDURE_URLS.relatedRecords,
  check(ctx) {
    // Cheap pre-test on the index: most bibs have none of these fields.
    if (ctx.index.byTag('773').length + ctx.index.byTag('774').length + ctx.index.byTag('910').length === 0) return [];
    const mark = relatedRecordMarks(ctx.record)[0];
    if (!mark) return [];
    return [
      recordFinding(relRelatedRecord, ruleText('rel-related-record.related', { mark: mark.label }), {
        tag: mark.tag,
        occurrence: mark.occurrence,
        fieldIndex: mark.fieldIndex,
      }),
    ];
  },
};
