import { isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { ordinal } from '../structure/describe';
import { definitionScan } from './definition-scan';
import { fieldPageUrl, formatOf, labelFor } from './resolve';

/**
 * Fields MARC 21 defines as not repeatable occur once. 880s are counted per linked tag: one 880 per
 * non-repeatable field is its pair, a second one is a repeat.
 */
export const nonRepeatableFieldRule: Rule = {
  id: 'non-repeatable-field',
  title: 'Non-repeatable fields occur once',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'A repeated non-repeatable field (two 245s, two 008s) is ambiguous: systems keep one and drop the other.',
  source: 'https://www.loc.gov/marc/bibliographic/ecbdlist.html',
  check(ctx) {
    const format = formatOf(ctx);
    const fields = ctx.record?.fields;
    if (!format || !fields) return [];
    const governing = definitionScan(ctx, format).governing;
    const findings: Finding[] = [];
    let seen880: Map<string, number> | undefined;
    for (let i = 0; i < fields.length; i++) {
      const definition = governing[i];
      if (!definition || definition.repeatable) continue;
      const field = fields[i]!;
      const occurrence = ctx.index.occurrenceOf(i);
      let nth: number;
      let total = 0;
      if (field.tag === '880' && isDataField(field)) {
        seen880 ??= new Map();
        nth = (seen880.get(definition.tag) ?? 0) + 1;
        seen880.set(definition.tag, nth);
        if (nth < 2) continue;
      } else {
        nth = occurrence + 1;
        if (nth < 2) continue;
        total = ctx.index.byTag(field.tag).length;
      }
      const count =
        field.tag === '880'
          ? `this is the ${ordinal(nth)} 880 linked to ${definition.tag}`
          : `the record has ${total} and this is the ${ordinal(nth)}`;
      findings.push({
        ruleId: this.id,
        severity: this.defaultSeverity,
        fieldIndex: i,
        tag: field.tag,
        occurrence,
        message:
          `${labelFor(ctx.index, field, occurrence, definition)}: field ${definition.tag} (${definition.name}) is not repeatable, but ${count}. ` +
          'Merge them into one field or delete the extra one.',
        source: fieldPageUrl(format, definition),
      });
    }
    return findings;
  },
};
