import { isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { fieldFinding } from '../shared/make-finding';
import { ruleText, withParams } from '../messages';
import { placeParams } from '../shared/place';

/** The main entries MARC 21 defines. */
const MAIN_ENTRY_TAGS: ReadonlySet<string> = new Set(['100', '110', '111', '130']);

/**
 * MARC::Lint check_record: "1XX: Only one 1XX tag is allowed, but I found N of them." Unlike Lint we
 * count only the defined main entries (100/110/111/130): other 1XX tags (101, 102 ... of a UNIMARC
 * record) are undefined-tag's finding, so one fault is not reported by two rules (docs/parity.md).
 */
export const oneMainEntry: Rule = {
  id: 'one-main-entry',
  title: 'At most one main entry (1XX)',
  defaultSeverity: 'error',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all', 'oclc'],
  rationale: 'A record has one main entry; a second 1XX is usually an added entry (7XX) keyed with the wrong tag.',
  source: 'https://www.loc.gov/marc/bibliographic/bd1xx.html',
  check(ctx) {
    const fields = ctx.record?.fields ?? [];
    let count = 0;
    for (let i = 0; i < fields.length; i++) if (MAIN_ENTRY_TAGS.has(fields[i]!.tag)) count++;
    if (count < 2) return [];
    const findings: Finding[] = [];
    let firstTag: string | null = null;
    for (let fieldIndex = 0; fieldIndex < fields.length; fieldIndex++) {
      const field = fields[fieldIndex]!;
      if (!MAIN_ENTRY_TAGS.has(field.tag)) continue;
      if (firstTag === null) {
        firstTag = field.tag;
        continue;
      }
      const occurrence = ctx.index.occurrenceOf(fieldIndex);
      findings.push(
        fieldFinding(
          oneMainEntry,
          { field, fieldIndex, occurrence },
          ruleText(
            isDataField(field) ? 'one-main-entry.second' : 'one-main-entry.second-control',
            withParams(placeParams(field.tag, occurrence), { first: firstTag, count }),
          ),
        ),
      );
    }
    return findings;
  },
};
