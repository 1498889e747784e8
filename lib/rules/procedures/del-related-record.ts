import { relatedRecordMarks } from '../../procedures/bib-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

/** R-DEL-3: related records (910 "Has related records", 774 $w) are never deleted. */
export const delRelatedRecord: Rule = {
  id: 'del-related-record',
  title: 'Marked for deletion but has related records',
  defaultSeverity: 'error',
  appliesTo: ['bib'],
  origin: 'procedure',
  profiles: ['all'],
  rationale:
    'Deleting a host or constituent bib breaks the records linked to it; UC batch deletes skip them for that reason.',
  source: PROCEDURE_URLS.markingForDeletion,
  check(ctx) {
    if (ctx.recordStatus?.markedForDeletion !== true) return [];
    const mark = relatedRecordMarks(ctx.record)[0];
    if (!mark) return [];
    return [
      recordFinding(delRelatedRecord, ruleText('del-related-record.related', { mark: mark.label }), {
        tag: mark.tag,
        occurrence: mark.occurrence,
        fieldIndex: mark.fieldIndex,
      }),
    ];
  },
};
