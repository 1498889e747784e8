import type { Rule } from '../types';
import { recordFinding } from '../shared/make-finding';
import { BFAS_008 } from './oclc-sources';
import { ruleText } from '../messages';

/** OCLC validation (Structure level) requires the fixed field 008 in every bibliographic record. */
export const oclcFixedFieldRequired: Rule = {
  id: 'oclc-fixed-field-required',
  title: 'Fixed field 008 present',
  defaultSeverity: 'error',
  appliesTo: ['bib'],
  origin: 'oclc',
  profiles: ['all', 'oclc'],
  rationale: 'Without 008 OCLC rejects the record, and Alma loses date, language and country limits.',
  source: BFAS_008,
  check(ctx) {
    if (ctx.index.byTag('008').length > 0) return [];
    return [recordFinding(oclcFixedFieldRequired, ruleText('oclc-fixed-field-required.missing'), '008')];
  },
};
