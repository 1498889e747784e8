import { isDataField, type DataField } from '../../marc/types';
import type { Finding, RecordIndex, Rule } from '../types';
import { fieldLabel, labelParams, showValue } from './describe';
import { findingText, ruleText, withParams } from '../messages';
import { subfieldEdit } from './fixes';
import { SPECIFICATIONS_URL, isSubfieldCode } from './syntax';
import { BAD_SUBFIELD_CODE, fieldScan } from './field-scan';
import { countText, fieldSubfieldsEdit, overFieldCap, subfieldsWhere } from '../shared/field-cap';

const UPPERCASE = /^[A-Z]$/;

/** Many malformed codes in one field: one finding; its fix lowercases the uppercase ones. */
function summary(
  rule: Rule,
  index: RecordIndex,
  field: DataField,
  i: number,
  occurrence: number,
  label: string,
  bad: readonly number[],
): Finding {
  const first = bad[0]!;
  const text = ruleText(
    'subfield-code-format.many',
    withParams(labelParams(index, field.tag, occurrence), {
      count: bad.length,
      position: first + 1,
      value: showValue(field.subfields[first]!.code),
    }),
  );
  const finding: Finding = Object.assign(findingText(text), {
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    fieldIndex: i,
    tag: field.tag,
    occurrence,
    code: field.subfields[first]!.code,
    subfieldIndex: first,
  });
  if (bad.every((s) => UPPERCASE.test(field.subfields[s]!.code))) {
    finding.fix = fieldSubfieldsEdit(
      field,
      i,
      (subfield) =>
        UPPERCASE.test(subfield.code) ? { code: subfield.code.toLowerCase(), value: subfield.value } : subfield,
      `Lowercase the ${countText(bad.length)} uppercase subfield codes in ${label}`,
    );
  }
  return finding;
}

/** A subfield code is one lowercase letter or digit; an uppercase letter is fixed by lowercasing it (as OCLC does). */
export const subfieldCodeFormatRule: Rule = {
  id: 'subfield-code-format',
  title: 'Subfield codes are one lowercase letter or digit',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Other systems ignore or reject subfields with malformed codes, so their data disappears from displays and indexes.',
  source: SPECIFICATIONS_URL,
  check(ctx) {
    const fields = ctx.record?.fields;
    if (!fields) return [];
    const scan = fieldScan(ctx);
    if ((scan.any & BAD_SUBFIELD_CODE) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      if ((scan.flags[i]! & BAD_SUBFIELD_CODE) === 0) continue;
      const field = fields[i]!;
      if (!isDataField(field)) continue;
      const bad = subfieldsWhere(field, (subfield) => !isSubfieldCode(subfield.code));
      if (bad.length === 0) continue;
      const occurrence = ctx.index.occurrenceOf(i);
      const label = fieldLabel(ctx.index, field.tag, occurrence);
      if (overFieldCap(bad.length)) {
        findings.push(summary(this, ctx.index, field, i, occurrence, label, bad));
        continue;
      }
      for (const s of bad) {
        const subfield = field.subfields[s]!;
        const base: Finding = {
          ruleId: this.id,
          severity: this.defaultSeverity,
          fieldIndex: i,
          tag: field.tag,
          occurrence,
          code: subfield.code,
          subfieldIndex: s,
          message: '',
        };
        const where = withParams(labelParams(ctx.index, field.tag, occurrence), {
          code: subfield.code,
          position: s + 1,
        });
        if (UPPERCASE.test(subfield.code)) {
          const lower = subfield.code.toLowerCase();
          Object.assign(
            base,
            findingText(ruleText('subfield-code-format.uppercase', withParams(where, { lower: `$${lower}` }))),
          );
          base.fix = subfieldEdit(
            field,
            i,
            s,
            { code: lower, value: subfield.value },
            `Change $${subfield.code} to $${lower} in ${label}`,
          );
        } else {
          Object.assign(
            base,
            findingText(
              ruleText('subfield-code-format.malformed', withParams(where, { value: showValue(subfield.code) })),
            ),
          );
        }
        findings.push(base);
      }
    }
    return findings;
  },
};
