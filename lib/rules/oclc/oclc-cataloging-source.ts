import type { Finding, Rule } from '../types';
import { isDataField } from '../../marc/types';
import { fieldFinding, recordFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { hasSubfield } from '../shared/subfields';
import { BFAS_040 } from './oclc-sources';
import { ruleText, withParams } from '../messages';

/**
 * OCLC validation (Structure level) requires 040 with $c (transcribing agency); BFAS also requires
 * $a (original cataloging agency). Records without them are rejected on export or by WorldCat.
 */
export const oclcCatalogingSource: Rule = {
  id: 'oclc-cataloging-source',
  title: 'Cataloging source (040) with $a and $c',
  defaultSeverity: 'error',
  appliesTo: ['bib'],
  origin: 'oclc',
  profiles: ['all', 'oclc'],
  rationale: 'Connexion and Record Manager refuse records without 040 $a and $c; Alma exports them to OCLC unchanged.',
  source: BFAS_040,
  check(ctx) {
    const entries = ctx.index.byTag('040');
    if (entries.length === 0) {
      return [recordFinding(oclcCatalogingSource, ruleText('oclc-cataloging-source.missing'), '040')];
    }
    const findings: Finding[] = [];
    for (const entry of entries) {
      const field = entry.field;
      if (!isDataField(field)) continue;
      for (const code of ['a', 'c'] as const) {
        if (hasSubfield(field, code)) continue;
        findings.push(
          fieldFinding(
            oclcCatalogingSource,
            entry,
            ruleText(
              code === 'a' ? 'oclc-cataloging-source.no-a' : 'oclc-cataloging-source.no-c',
              withParams(placeParams('040', entry.occurrence), {}),
            ),
            { code },
          ),
        );
      }
    }
    return findings;
  },
};
