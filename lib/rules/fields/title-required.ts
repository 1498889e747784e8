import type { Finding, Rule } from '../types';
import { isDataField } from '../../marc/types';
import { fieldFinding, recordFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { ruleText } from '../messages';
import { hasSubfield } from '../shared/subfields';

/**
 * MARC::Lint: "245: No 245 tag." and "245: Must have a subfield _a.". OCLC validation requires 245 with
 * $a or $k, so a 245 with $k (form, for archival collections) but no $a passes here (Lint would warn).
 */
export const titleRequired: Rule = {
  id: 'title-required',
  title: 'Title statement (245) present with $a or $k',
  defaultSeverity: 'error',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'Every bibliographic record needs a title; Alma and OCLC reject records without 245 $a (or $k).',
  source: 'https://www.loc.gov/marc/bibliographic/bd245.html',
  check(ctx) {
    const entries = ctx.index.byTag('245');
    if (entries.length === 0) {
      return [recordFinding(titleRequired, ruleText('title-required.missing'), '245')];
    }
    const findings: Finding[] = [];
    for (const entry of entries) {
      const field = entry.field;
      if (!isDataField(field) || hasSubfield(field, 'a') || hasSubfield(field, 'k')) continue;
      findings.push(
        fieldFinding(titleRequired, entry, ruleText('title-required.no-a', placeParams('245', entry.occurrence)), {
          code: 'a',
        }),
      );
    }
    return findings;
  },
};
