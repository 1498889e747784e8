import { isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { fieldLabel, firstAtParams, labelParams, subfieldLabel, subfieldLabelParams } from './describe';
import { findingText, ruleText, withParams } from '../messages';
import { subfieldEdit } from './fixes';
import { SPECIFICATIONS_URL, isWhitespace } from './syntax';
import { BLANK_EDGE, fieldScan } from './field-scan';
import { countText, fieldSubfieldsEdit, overFieldCap, subfieldsWhere } from '../shared/field-cap';

/** Empty, or blanks only (checked without trimming values that start with text). */
function isBlank(value: string): boolean {
  return value === '' || (isWhitespace(value.charCodeAt(0)) && value.trim() === '');
}

/** Every subfield has data (blank-only counts as empty). Removing an empty subfield loses nothing. */
export const emptySubfieldRule: Rule = {
  id: 'empty-subfield',
  title: 'No empty subfields',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale:
    'Empty subfields come from templates and deleted text; OCLC rejects them and they display as stray punctuation.',
  source: SPECIFICATIONS_URL,
  check(ctx) {
    const fields = ctx.record?.fields;
    if (!fields) return [];
    const scan = fieldScan(ctx);
    if ((scan.any & BLANK_EDGE) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      if ((scan.flags[i]! & BLANK_EDGE) === 0) continue;
      const field = fields[i]!;
      if (!isDataField(field)) continue;
      const empty = subfieldsWhere(field, (subfield) => isBlank(subfield.value));
      if (empty.length === 0) continue;
      const occurrence = ctx.index.occurrenceOf(i);
      const label = fieldLabel(ctx.index, field.tag, occurrence);
      const place = { ruleId: this.id, severity: this.defaultSeverity, fieldIndex: i, tag: field.tag, occurrence };
      if (overFieldCap(empty.length)) {
        // A stuck key or a bad paste: one finding for the field, with one fix that removes them all.
        const first = empty[0]!;
        const at = firstAtParams(field, first);
        const finding: Finding = Object.assign(
          findingText(
            ruleText(
              `empty-subfield.many${at.form}`,
              withParams(withParams(labelParams(ctx.index, field.tag, occurrence), at.params), { count: empty.length }),
            ),
          ),
          place,
          { code: field.subfields[first]!.code, subfieldIndex: first },
        );
        if (empty.length < field.subfields.length) {
          finding.fix = fieldSubfieldsEdit(
            field,
            i,
            (subfield) => (isBlank(subfield.value) ? null : subfield),
            `Remove the ${countText(empty.length)} empty subfields from ${label}`,
          );
        }
        findings.push(finding);
        continue;
      }
      for (const s of empty) {
        const subfield = field.subfields[s]!;
        const sub = subfieldLabel(field, s);
        const shown = subfieldLabelParams(field, s);
        const finding: Finding = Object.assign(
          findingText(
            ruleText(
              `empty-subfield.empty${shown.form}`,
              withParams(labelParams(ctx.index, field.tag, occurrence), shown.params),
            ),
          ),
          place,
          { code: subfield.code, subfieldIndex: s },
        );
        // Removing the only subfield would leave an empty field: not a safe fix.
        if (field.subfields.length > 1)
          finding.fix = subfieldEdit(field, i, s, null, `Remove the empty ${sub} from ${label}`);
        findings.push(finding);
      }
    }
    return findings;
  },
};
