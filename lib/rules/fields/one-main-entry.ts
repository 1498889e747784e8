import { isDataField } from '../../marc/types';
import type { Finding, Rule } from '../types';
import { fieldFinding } from '../shared/make-finding';

/**
 * MARC::Lint check_record: "1XX: Only one 1XX tag is allowed, but I found N of them." Like Lint we
 * count every 1XX tag, not only 100/110/111/130: several 1XX fields (101, 102 ...) usually mean a
 * UNIMARC record, which the undefined-tag rule also reports.
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
    for (let i = 0; i < fields.length; i++) if (fields[i]!.tag.charCodeAt(0) === 49 /* "1" */) count++;
    if (count < 2) return [];
    const findings: Finding[] = [];
    let firstTag: string | null = null;
    for (let fieldIndex = 0; fieldIndex < fields.length; fieldIndex++) {
      const field = fields[fieldIndex]!;
      if (field.tag.charCodeAt(0) !== 49) continue;
      if (firstTag === null) {
        firstTag = field.tag;
        continue;
      }
      const occurrence = ctx.index.occurrenceOf(fieldIndex);
      findings.push(
        fieldFinding(
          oneMainEntry,
          { field, fieldIndex, occurrence },
          `Field ${field.tag} (occurrence ${occurrence + 1}) is a second main entry: the record already has ${firstTag}, and only one 1XX is allowed (found ${count}). ` +
            (isDataField(field) && ['100', '110', '111', '130'].includes(field.tag)
              ? 'Change it to the matching added entry (7XX) or delete it.'
              : 'This tag is not a MARC 21 main entry (is the record UNIMARC?); move or delete it.'),
        ),
      );
    }
    return findings;
  },
};
