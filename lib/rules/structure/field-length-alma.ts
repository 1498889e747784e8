import type { Finding, Rule } from '../types';
import { labelParams } from './describe';
import { findingText, ruleText, withParams } from '../messages';
import { fieldBytes, fieldUnits } from './field-size';
import { LONG_FIELD, fieldScan } from './field-scan';

const ALMA_FIELD_LIMIT = 32 * 1024;

/** Alma cannot store a field larger than 32 KB; very long 505/520 notes hit it. */
export const fieldLengthAlmaRule: Rule = {
  id: 'field-length-alma',
  title: 'Fields fit Alma’s 32 KB field limit',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'alma',
  profiles: ['all'],
  rationale:
    'Alma does not save a field longer than 32 KB; the usual culprits are pasted tables of contents and summaries.',
  source:
    'https://knowledge.exlibrisgroup.com/Alma/Product_Documentation/010Alma_Online_Help_(English)/Metadata_Management/010MD_Editor/010Working_with_Records',
  check(ctx) {
    const fields = ctx.record?.fields;
    if (!fields) return [];
    const scan = fieldScan(ctx);
    if ((scan.any & LONG_FIELD) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      if ((scan.flags[i]! & LONG_FIELD) === 0) continue;
      const field = fields[i]!;
      // A UTF-16 unit is at most 3 UTF-8 bytes: most fields are ruled out without counting bytes.
      if (fieldUnits(field) * 3 <= ALMA_FIELD_LIMIT) continue;
      const bytes = fieldBytes(field);
      if (bytes <= ALMA_FIELD_LIMIT) continue;
      const occurrence = ctx.index.occurrenceOf(i);
      findings.push({
        ruleId: this.id,
        severity: this.defaultSeverity,
        fieldIndex: i,
        tag: field.tag,
        occurrence,
        ...findingText(
          ruleText(
            'field-length-alma.too-long',
            withParams(labelParams(ctx.index, field.tag, occurrence), { bytes, limit: ALMA_FIELD_LIMIT }),
          ),
        ),
      });
    }
    return findings;
  },
};
