import type { DataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { HAS_REPEATED_SUBFIELD } from './definition-scan';
import { asDataField, flaggedFields, flaggedFinding } from './flagged-fields';
import { findingText, ruleText, withParams } from '../messages';

// Per-field code counts without allocating: one slot per ASCII code, reset after each field. 32 bits: a
// 16-bit slot wrapped past 65,535 repeats of one code (a bad paste) and lost the count.
const counts = new Uint32Array(128);

function resetCounts(field: DataField): void {
  for (const subfield of field.subfields) {
    const code = subfield.code.charCodeAt(0);
    if (code < 128) counts[code] = 0;
  }
}

/** Subfields MARC 21 defines as not repeatable occur once per field. */
export const nonRepeatableSubfieldRule: Rule = {
  id: 'non-repeatable-subfield',
  title: 'Non-repeatable subfields occur once per field',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale:
    'A repeated non-repeatable subfield (two 245 $a) usually means text belongs in another subfield ($b, $p) and displays wrongly.',
  source: 'https://www.loc.gov/marc/bibliographic/ecbdlist.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const flagged of flaggedFields(ctx, HAS_REPEATED_SUBFIELD)) {
      const { definition } = flagged;
      const dataField = asDataField(flagged);
      for (let s = 0; s < dataField.subfields.length; s++) {
        const code = dataField.subfields[s]!.code;
        const slot = code.length === 1 ? code.charCodeAt(0) : 128;
        if (slot >= 128) continue;
        const nth = ++counts[slot]!;
        if (nth < 2 || definition.subfields.get(code)?.repeatable !== false) continue;
        findings.push(
          flaggedFinding(this, flagged, {
            code,
            subfieldIndex: s,
            ...findingText(
              ruleText(
                'non-repeatable-subfield.repeated',
                withParams(flagged.labelParams, { code, definedTag: definition.tag, nth }),
              ),
            ),
          }),
        );
      }
      resetCounts(dataField);
    }
    return findings;
  },
};
