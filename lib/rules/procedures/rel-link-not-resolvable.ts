import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Finding, Rule } from '../types';
import { fieldName, indexedDataFields, recordFinding } from './helpers';

/** Linking fields through which Alma relates records. */
const LINKING_TAGS = ['773', '774', '777', '780', '785', '786', '800', '810', '811', '830'] as const;
/** Alma MMS IDs start with 99; OCLC numbers carry the (OCoLC) prefix. */
const RESOLVABLE = /^\s*(?:99\d+|\(OCoLC\)\s*(?:ocm|ocn|on)?\d+)\s*$/i;

/** R-REL-2 [INFERRED]: a $w Alma cannot resolve is probably a broken link. */
export const relLinkNotResolvable: Rule = {
  id: 'rel-link-not-resolvable',
  title: 'Record link Alma cannot resolve',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'procedure',
  profiles: ['all'],
  rationale:
    'Alma relates records by $w holding an MMS ID or an (OCoLC) number; anything else leaves the records unlinked.',
  source: PROCEDURE_URLS.relatedRecords,
  inferred: true,
  check(ctx) {
    const findings: Finding[] = [];
    for (const tag of LINKING_TAGS) {
      if (ctx.index.byTag(tag).length === 0) continue;
      for (const entry of indexedDataFields(ctx, tag)) {
        entry.field.subfields.forEach((sub, subfieldIndex) => {
          if (sub.code !== 'w' || RESOLVABLE.test(sub.value)) return;
          findings.push(
            recordFinding(
              relLinkNotResolvable,
              `${fieldName(tag, entry.occurrence)} $w "${sub.value.trim()}" is neither an MMS ID (99...) nor an (OCoLC) number, so Alma may not link it: possible broken link. Replace it with the related record's MMS ID or (OCoLC) number.`,
              { tag, occurrence: entry.occurrence, fieldIndex: entry.fieldIndex, code: 'w', subfieldIndex },
            ),
          );
        });
      }
    }
    return findings;
  },
};
