import { hasField } from '../../procedures/bib-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { filled, indexedDataFields, recordFinding, subfield } from './helpers';
import { ruleText } from '../messages';

/**
 * R-ADD-5 [INFERRED]: holdings with no call number on a bib that offers none to derive it from.
 * (When the bib has 050/090, hol-852-class-part-missing reports the gap and offers to copy it.)
 */
export const addNoCallNumberSource: Rule = {
  id: 'add-no-call-number-source',
  title: 'No usable call number',
  defaultSeverity: 'warning',
  appliesTo: ['holdings'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'A copy cannot be shelved without a call number; existing call numbers derive from bib 050.',
  source: PROCEDURE_URLS.addingCopies,
  inferred: true,
  check(ctx) {
    const bib = ctx.bib;
    if (!bib || hasField(bib, '050') || hasField(bib, '090')) return [];
    const fields = indexedDataFields(ctx, '852');
    if (fields.some((entry) => filled(subfield(entry.field, 'h')))) return [];
    const first = fields[0];
    return [
      recordFinding(
        addNoCallNumberSource,
        ruleText('add-no-call-number-source.none'),
        first ? { tag: '852', occurrence: first.occurrence, fieldIndex: first.fieldIndex, code: 'h' } : { tag: '852' },
      ),
    ];
  },
};
