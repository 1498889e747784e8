import { isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { fieldLabel, showValue } from './describe';
import { subfieldEdit } from './fixes';
import { SPECIFICATIONS_URL, isSubfieldCode } from './syntax';
import { BAD_SUBFIELD_CODE, fieldScan } from './field-scan';

const UPPERCASE = /^[A-Z]$/;

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
      for (let s = 0; s < field.subfields.length; s++) {
        const subfield = field.subfields[s]!;
        if (isSubfieldCode(subfield.code)) continue;
        const occurrence = ctx.index.occurrenceOf(i);
        const label = fieldLabel(ctx.index, field.tag, occurrence);
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
        if (UPPERCASE.test(subfield.code)) {
          const lower = subfield.code.toLowerCase();
          base.message = `${label}: subfield code $${subfield.code} (subfield ${s + 1}) is uppercase; MARC 21 codes are lowercase. Change it to $${lower}.`;
          base.fix = subfieldEdit(
            field,
            i,
            s,
            { code: lower, value: subfield.value },
            `Change $${subfield.code} to $${lower} in ${label}`,
          );
        } else {
          base.message = `${label}: subfield ${s + 1} has the code ${showValue(subfield.code)}; a subfield code is one lowercase letter or digit. Retype the code.`;
        }
        findings.push(base);
      }
    }
    return findings;
  },
};
