import { relatedRecordMarks } from '../../procedures/bib-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { bibInContext, recordFinding } from './helpers';
import { ruleText } from '../messages';

/** R-REL-3: withdrawing an item of a related record through the ordinary withdraw dialog. */
export const relWithdrawRelatedRecord: Rule = {
  id: 'rel-withdraw-related-record',
  title: 'Withdrawing from a related record',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale:
    'Items on related records have their own withdrawal procedure; the ordinary one can orphan the linked records.',
  source: PROCEDURE_URLS.relatedRecords,
  check(ctx) {
    if (ctx.pageKind !== 'withdraw-dialog') return [];
    const mark = relatedRecordMarks(bibInContext(ctx))[0];
    if (!mark) return [];
    return [
      recordFinding(
        relWithdrawRelatedRecord,
        ruleText('rel-withdraw-related-record.related', { mark: mark.label }),
        ctx.kind === 'bib' ? { tag: mark.tag, occurrence: mark.occurrence, fieldIndex: mark.fieldIndex } : {},
      ),
    ];
  },
};
