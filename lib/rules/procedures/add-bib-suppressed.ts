import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Rule } from '../types';
import { recordFinding } from './helpers';
import { ruleText } from '../messages';

/** R-ADD-2: new copies go only on unsuppressed, fully cataloged bibs. */
export const addBibSuppressed: Rule = {
  id: 'add-bib-suppressed',
  title: 'Bib suppressed from discovery',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'A copy added to a suppressed bib is invisible to patrons; such bibs are referred, not used.',
  source: PROCEDURE_URLS.addingCopies,
  check(ctx) {
    if (ctx.recordStatus?.suppressed !== true) return [];
    return [recordFinding(addBibSuppressed, ruleText('add-bib-suppressed.suppressed'))];
  },
};
