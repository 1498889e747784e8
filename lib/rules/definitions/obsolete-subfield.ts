import type { DataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { HAS_OBSOLETE_SUBFIELD, definitionScan } from './definition-scan';
import { fieldPageUrl, formatOf, labelFor } from './resolve';

/** Subfields MARC 21 defined once and has made obsolete (e.g. 245 $d, 856 $g in its old meaning). */
export const obsoleteSubfieldRule: Rule = {
  id: 'obsolete-subfield',
  title: 'No obsolete subfields',
  defaultSeverity: 'warning',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'Obsolete subfields come from old records; their data is no longer displayed or indexed.',
  source: 'https://www.loc.gov/marc/bibliographic/ecbdlist.html',
  check(ctx) {
    const format = formatOf(ctx);
    const fields = ctx.record?.fields;
    if (!format || !fields) return [];
    const scan = definitionScan(ctx, format);
    if ((scan.any & HAS_OBSOLETE_SUBFIELD) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      if ((scan.problems[i]! & HAS_OBSOLETE_SUBFIELD) === 0) continue;
      // Flagged fields have a checkable definition and are data fields.
      const field = fields[i]!;
      const definition = scan.governing[i]!;
      const subfields = (field as DataField).subfields;
      for (let s = 0; s < subfields.length; s++) {
        const code = subfields[s]!.code;
        if (definition.subfields.get(code)?.obsolete !== true) continue;
        const occurrence = ctx.index.occurrenceOf(i);
        findings.push({
          ruleId: this.id,
          severity: this.defaultSeverity,
          fieldIndex: i,
          tag: field.tag,
          occurrence,
          code,
          subfieldIndex: s,
          message: `${labelFor(ctx.index, field, occurrence, definition)}: subfield $${code} is obsolete in ${definition.tag}. Move its text to the current subfield (see the MARC 21 page for ${definition.tag}).`,
          source: fieldPageUrl(format, definition),
        });
      }
    }
    return findings;
  },
};
