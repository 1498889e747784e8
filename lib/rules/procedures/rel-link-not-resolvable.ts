import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Finding, Rule } from '../types';
import { indexedDataFields, recordFinding } from './helpers';
import { ruleText } from '../messages';

/** Linking fields through which Alma relates records. */
const LINKING_TAGS = ['773', '774', '777', '780', '785', '786', '800', '810', '811', '830'] as const;
/** Alma MMS IDs start with 99; OCLC numbers carry the (OCoLC) prefix. */
const RESOLVABLE = /^\s*(?:99\d+|\(OCoLC\)\s*(?:ocm|ocn|on)?\d+)\s*$/i;

/**
 * R-REL-2 [INFERRED]: a linking field Alma cannot resolve is probably a broken link. The field is judged, not
 * each $w: MARC 21 repeats $w for the same related record's numbers in several systems ("(DLC) 87655685" and
 * "(OCoLC)7457082", https://www.loc.gov/marc/bibliographic/bd76x78x.html), and one number Alma resolves is
 * enough to link it.
 */
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
  // The $w forms Alma resolves into related-record links are Alma practice, not the MARC 21 format.
  policy: {
    group: 'alma',
    document: "Alma related-record linking ($w forms), as Berkeley's related-records page uses it",
  },
  inferred: true,
  check(ctx) {
    const findings: Finding[] = [];
    for (const tag of LINKING_TAGS) {
      if (ctx.index.byTag(tag).length === 0) continue;
      for (const entry of indexedDataFields(ctx, tag)) {
        const subfields = entry.field.subfields;
        let firstUnresolvable = -1;
        let resolvable = false;
        for (let i = 0; i < subfields.length && !resolvable; i++) {
          if (subfields[i]!.code !== 'w') continue;
          if (RESOLVABLE.test(subfields[i]!.value)) resolvable = true;
          else if (firstUnresolvable < 0) firstUnresolvable = i;
        }
        if (resolvable || firstUnresolvable < 0) continue;
        const numbers = subfields.filter((sub) => sub.code === 'w').map((sub) => `"${sub.value.trim()}"`);
        findings.push(
          recordFinding(
            relLinkNotResolvable,
            ruleText(numbers.length > 1 ? 'rel-link-not-resolvable.several' : 'rel-link-not-resolvable.one', {
              tag,
              number: entry.occurrence + 1,
              numbers: numbers.join(', '),
            }),
            {
              tag,
              occurrence: entry.occurrence,
              fieldIndex: entry.fieldIndex,
              code: 'w',
              subfieldIndex: firstUnresolvable,
            },
          ),
        );
      }
    }
    return findings;
  },
};
