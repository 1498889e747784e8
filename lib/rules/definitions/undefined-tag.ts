import { isDataField } from '../../marc/types';
import { fieldDefinition, isLocalTag } from '../../marc21/definitions';
import type { Finding, Rule } from '../types';
import { showValue } from '../structure/describe';
import { isTag } from '../structure/syntax';
import { NO_DEFINITION, definitionScan } from './definition-scan';
import { formatOf, linkedTag } from './resolve';
import { findingText, ruleText, withParams, type RuleText } from '../messages';

/**
 * Tags MARC 21 does not define for the record's format. Locally defined tags (9XX, X9X) pass when local
 * tags are allowed; an 880 is judged by the tag its $6 links to.
 */
export const undefinedTagRule: Rule = {
  id: 'undefined-tag',
  title: 'Tags are defined in MARC 21',
  defaultSeverity: 'warning',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale:
    'An undefined tag is usually a typo (e.g. 254 for 245); its data is not indexed or displayed where catalogers expect.',
  source: 'https://www.loc.gov/marc/bibliographic/ecbdlist.html',
  check(ctx) {
    const format = formatOf(ctx);
    const fields = ctx.record?.fields;
    if (!format || !fields) return [];
    const allowLocal = ctx.options.allowLocalTags;
    const findings: Finding[] = [];
    const report = (i: number, text: RuleText): void => {
      const field = fields[i]!;
      findings.push(
        Object.assign(findingText(text), {
          ruleId: this.id,
          severity: this.defaultSeverity,
          fieldIndex: i,
          tag: field.tag,
          occurrence: ctx.index.occurrenceOf(i),
        }),
      );
    };
    const label = (i: number) => {
      const tag = fields[i]!.tag;
      return { tag, occurrence: ctx.index.occurrenceOf(i), several: ctx.index.byTag(tag).length > 1 ? 1 : 0 };
    };
    const scan = definitionScan(ctx, format);
    if ((scan.any & NO_DEFINITION) === 0) return [];
    for (let i = 0; i < fields.length; i++) {
      if ((scan.problems[i]! & NO_DEFINITION) === 0) continue;
      const field = fields[i]!;
      const tag = field.tag;
      if (!isTag(tag)) continue; // tag-format reports it
      if (tag === '880' && isDataField(field)) {
        const linked = linkedTag(field);
        if (linked === null || fieldDefinition(format, linked) || (allowLocal && isLocalTag(linked))) continue;
        report(
          i,
          ruleText(
            format === 'bib' ? 'undefined-tag.link-bib' : 'undefined-tag.link-holdings',
            withParams(label(i), { linked: showValue(linked) }),
          ),
        );
        continue;
      }
      if (fieldDefinition(format, tag)) continue;
      if (isLocalTag(tag)) {
        if (!allowLocal) report(i, ruleText('undefined-tag.local-off', label(i)));
        continue;
      }
      report(
        i,
        ruleText(format === 'bib' ? 'undefined-tag.undefined-bib' : 'undefined-tag.undefined-holdings', label(i)),
      );
    }
    return findings;
  },
};
