import { isControlTag, isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { labelParams, showValue } from '../structure/describe';
import { findingText, ruleText, withParams } from '../messages';
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
      const label = labelParams(ctx.index, field.tag, occurrence);
      const message = control
        ? ruleText('control-data-field-mismatch.control', label)
        : ruleText(
            'control-data-field-mismatch.data',
            withParams(label, { value: showValue(isDataField(field) ? '' : field.value) }),
          );
      findings.push({
        ruleId: this.id,
        severity: this.defaultSeverity,
        fieldIndex: i,
        tag: field.tag,
        occurrence,
        ...findingText(message),
      });
    }
    return findings;
  },
};
