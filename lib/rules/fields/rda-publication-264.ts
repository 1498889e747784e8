import type { DataField } from '../../marc/types';
import { isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { isRdaRecord } from '../shared/rda';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { ruleText } from '../messages';

/** Subfields that mean the same in 264 with indicator 2 = 1 (publication). */
const SAME_IN_264 = new Set(['a', 'b', 'c', '3', '6', '8']);
/** A copyright or phonogram date belongs in its own 264 (indicator 2 = 4), so the conversion is not mechanical. */
const COPYRIGHT_DATE = /(?:^|[\s[,])(?:c|©|p|℗)\s?\d{4}/;

/**
 * RDA records (040 $e rda) record publication, distribution, manufacture and copyright in 264 with
 * its second indicator, instead of 260. Safe fix: a 260 with only $a/$b/$c and no copyright date
 * becomes 264 #1 with the same subfields.
 */
export const rdaPublication264: Rule = {
  id: 'rda-publication-264',
  title: 'RDA records use 264 instead of 260',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'PCC RDA practice records publication in 264 so that publication, manufacture and copyright dates stay apart.',
  source: 'https://www.loc.gov/marc/bibliographic/bd264.html',
  // MARC 21 allows 260 in any record; recording RDA publication statements in 264 is LC-PCC practice.
  policy: { group: 'pcc', document: 'LC-PCC Policy Statement 2.8 / PCC guidelines for the 264 field' },
  check(ctx) {
    if (ctx.index.byTag('264').length > 0 || ctx.index.byTag('260').length === 0 || !isRdaRecord(ctx)) return [];
    const findings: Finding[] = [];
    for (const entry of ctx.index.byTag('260')) {
      const field = entry.field;
      if (!isDataField(field)) continue;
      const converted = convertible(field)
        ? {
            tag: '264',
            ind1: field.ind1,
            ind2: '1',
            subfields: field.subfields.map((s) => ({ code: s.code, value: s.value })),
          }
        : null;
      findings.push(
        fieldFinding(
          rdaPublication264,
          entry,
          ruleText('rda-publication-264.uses-260', placeParams('260', entry.occurrence)),
          converted
            ? {
                fix: {
                  type: 'replace-field',
                  fieldIndex: entry.fieldIndex,
                  field: converted,
                  description: 'Change 260 to 264 with indicator 2 = 1 (publication)',
                  safe: false,
                },
              }
            : undefined,
        ),
      );
    }
    return findings;
  },
};

function convertible(field: DataField): boolean {
  for (const subfield of field.subfields) {
    if (!SAME_IN_264.has(subfield.code)) return false;
    if (subfield.code === 'c' && COPYRIGHT_DATE.test(subfield.value)) return false;
  }
  return true;
}
