import type { DataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { isSubfieldCode } from '../structure/syntax';
import { HAS_UNDEFINED_SUBFIELD, definitionScan } from './definition-scan';
import { fieldPageUrl, formatOf, labelFor } from './resolve';

/** Subfield codes are ones MARC 21 defines for the field (obsolete codes: obsolete-subfield). */
export const undefinedSubfieldRule: Rule = {
  id: 'undefined-subfield',
  title: 'Subfield codes are defined for their field',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'Data in an undefined subfield is not displayed or indexed; it is usually a mistyped code.',
  source: 'https://www.loc.gov/marc/bibliographic/ecbdlist.html',
  check(ctx) {
    const format = formatOf(ctx);
    const fields = ctx.record?.fields;
    if (!format || !fields) return [];
    const scan = definitionScan(ctx, format);
    if ((scan.any & HAS_UNDEFINED_SUBFIELD) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      if ((scan.problems[i]! & HAS_UNDEFINED_SUBFIELD) === 0) continue;
      // Flagged fields have a checkable definition and are data fields.
      const field = fields[i]!;
      const definition = scan.governing[i]!;
      const subfields = (field as DataField).subfields;
      for (let s = 0; s < subfields.length; s++) {
        const code = subfields[s]!.code;
        if (definition.subfields.has(code) || !isSubfieldCode(code)) continue; // malformed: subfield-code-format
        const occurrence = ctx.index.occurrenceOf(i);
        findings.push({
          ruleId: this.id,
          severity: this.defaultSeverity,
          fieldIndex: i,
          tag: field.tag,
          occurrence,
          code,
          subfieldIndex: s,
          message:
            `${labelFor(ctx.index, field, occurrence, definition)}: subfield $${code} is not allowed in ${definition.tag} (${definition.name}). ` +
            'Check the code for a typo or move the text to the subfield it belongs in.',
          source: fieldPageUrl(format, definition),
        });
      }
    }
    return findings;
  },
};
