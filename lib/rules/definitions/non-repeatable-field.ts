import { isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { definitionScan } from './definition-scan';
import { fieldPageUrl, formatOf } from './resolve';
import { findingText, ruleText, withParams } from '../messages';

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
      const label = {
        tag: field.tag,
        occurrence,
        several: ctx.index.byTag(field.tag).length > 1 ? 1 : 0,
        ...(field.tag === '880' ? { for: definition.tag } : {}),
      };
      const about = { definedTag: definition.tag, name: definition.name, nth };
      findings.push({
        ruleId: this.id,
        severity: this.defaultSeverity,
        fieldIndex: i,
        tag: field.tag,
        occurrence,
        ...findingText(
          field.tag === '880'
            ? ruleText('non-repeatable-field.repeated-880', withParams(label, about))
            : ruleText('non-repeatable-field.repeated', Object.assign(withParams(label, about), { total })),
        ),
        source: fieldPageUrl(format, definition),
      });
    }
    return findings;
  },
};
