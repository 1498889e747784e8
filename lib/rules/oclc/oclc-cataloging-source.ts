import type { Finding, Rule } from '../types';
import { isDataField } from '../../marc/types';
import { fieldFinding, recordFinding } from '../shared/make-finding';
import { fieldPlace } from '../shared/place';
import { hasSubfield } from '../shared/subfields';
import { BFAS_040 } from './oclc-sources';

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
      return [
        recordFinding(
          oclcCatalogingSource,
          'The record has no 040 (cataloging source). Add 040 with $a and $c (your MARC organization code or OCLC symbol), e.g. "$a DLC $b eng $c DLC".',
          '040',
        ),
      ];
    }
    const findings: Finding[] = [];
    for (const entry of entries) {
      const field = entry.field;
      if (!isDataField(field)) continue;
      for (const [code, what] of [
        ['a', 'original cataloging agency'],
        ['c', 'transcribing agency'],
      ] as const) {
        if (hasSubfield(field, code)) continue;
        findings.push(
          fieldFinding(
            oclcCatalogingSource,
            entry,
            `${fieldPlace('040', entry.occurrence)} has no $${code} (${what}). Add $${code} with the agency's MARC code or OCLC symbol.`,
            { code },
          ),
        );
      }
    }
    return findings;
  },
};
