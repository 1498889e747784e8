import { isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { SPECIFICATIONS_URL } from './syntax';
import { EMPTY_FIELD, fieldScan } from './field-scan';
import { findingText, ruleText } from '../messages';

/** A field has content: a control field a value, a data field at least one subfield. */
export const emptyFieldRule: Rule = {
  id: 'empty-field',
  title: 'No empty fields',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'Empty fields are usually template leftovers; Alma flags them and OCLC rejects them.',
  source: SPECIFICATIONS_URL,
  check(ctx) {
    const fields = ctx.record?.fields;
    if (!fields) return [];
    const scan = fieldScan(ctx);
    if ((scan.any & EMPTY_FIELD) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      if ((scan.flags[i]! & EMPTY_FIELD) === 0) continue;
      const field = fields[i]!;
      const empty = isDataField(field) ? field.subfields.length === 0 : field.value === '';
      if (!empty) continue;
      const occurrence = ctx.index.occurrenceOf(i);
      findings.push({
        ruleId: this.id,
        severity: this.defaultSeverity,
        fieldIndex: i,
        tag: field.tag,
        occurrence,
        ...findingText(
          ruleText(isDataField(field) ? 'empty-field.no-subfields' : 'empty-field.empty', {
            tag: field.tag,
            occurrence,
            several: ctx.index.byTag(field.tag).length > 1 ? 1 : 0,
          }),
        ),
      });
    }
    return findings;
  },
};
