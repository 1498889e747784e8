import { isControlTag, isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { fieldLabel, showValue } from '../structure/describe';
import { isTag } from '../structure/syntax';
import { SHAPE_MISMATCH, fieldScan } from '../structure/field-scan';

/** 00X fields are control fields (one value); every other tag is a data field (indicators + subfields). */
export const controlDataFieldMismatchRule: Rule = {
  id: 'control-data-field-mismatch',
  title: 'Control fields and data fields have the right shape',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale:
    'A control field with subfields, or a data field without them, cannot be written as valid MARC and its data is misread.',
  source: 'https://www.loc.gov/marc/bibliographic/bd00x.html',
  check(ctx) {
    const fields = ctx.record?.fields;
    if (!fields) return [];
    const scan = fieldScan(ctx);
    if ((scan.any & SHAPE_MISMATCH) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      if ((scan.flags[i]! & SHAPE_MISMATCH) === 0) continue;
      const field = fields[i]!;
      if (!isTag(field.tag)) continue;
      const control = isControlTag(field.tag);
      const data = isDataField(field);
      if (control !== data) continue;
      const occurrence = ctx.index.occurrenceOf(i);
      const label = fieldLabel(ctx.index, field.tag, occurrence);
      const message = control
        ? `${label} is a control field (001-009): it has no indicators or subfields, but it was entered with them. Re-enter its content as one value.`
        : `${label} is a data field, but it has no indicators or subfields (value ${showValue(isDataField(field) ? '' : field.value)}). Re-enter it with two indicators and subfield codes.`;
      findings.push({
        ruleId: this.id,
        severity: this.defaultSeverity,
        fieldIndex: i,
        tag: field.tag,
        occurrence,
        message,
      });
    }
    return findings;
  },
};
