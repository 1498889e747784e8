import type { Finding, Rule } from '../types';
import { showValue } from './describe';
import { SPECIFICATIONS_URL, isTag } from './syntax';
import { BAD_TAG, fieldScan } from './field-scan';
import { findingText, ruleText } from '../messages';

/** A tag is three characters (MARC 21 uses digits: 245, 650; 9XX for local fields). */
export const tagFormatRule: Rule = {
  id: 'tag-format',
  title: 'Tags are three alphanumeric characters',
  defaultSeverity: 'error',
  appliesTo: ['bib', 'holdings'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'A malformed tag cannot be written to MARC or matched to a definition, so the field is lost on export.',
  source: SPECIFICATIONS_URL,
  check(ctx) {
    const fields = ctx.record?.fields;
    if (!fields) return [];
    const scan = fieldScan(ctx);
    if ((scan.any & BAD_TAG) === 0) return [];
    const findings: Finding[] = [];
    for (let i = 0; i < fields.length; i++) {
      if ((scan.flags[i]! & BAD_TAG) === 0) continue;
      const tag = (fields[i] as { tag: string }).tag;
      if (isTag(tag)) continue;
      findings.push({
        ruleId: this.id,
        severity: this.defaultSeverity,
        fieldIndex: i,
        tag,
        occurrence: ctx.index.occurrenceOf(i),
        ...findingText(ruleText('tag-format.invalid', { number: i + 1, value: showValue(tag) })),
      });
    }
    return findings;
  },
};
