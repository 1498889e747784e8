import type { Finding, Rule } from '../types';
import { fieldFinding } from '../shared/make-finding';
import type { FieldEntry } from '../shared/field-entry';

const MAIN_ENTRY_TAGS = ['100', '110', '111', '130'] as const;

/** MARC::Lint check_record: "1XX: Only one 1XX tag is allowed, but I found N of them." */
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
    let count = 0;
    for (const tag of MAIN_ENTRY_TAGS) count += ctx.index.byTag(tag).length;
    if (count < 2) return [];
    const all: FieldEntry[] = [];
    for (const tag of MAIN_ENTRY_TAGS) all.push(...ctx.index.byTag(tag));
    all.sort((a, b) => a.fieldIndex - b.fieldIndex);
    const first = all[0]!;
    const findings: Finding[] = [];
    for (let i = 1; i < all.length; i++) {
      const entry = all[i]!;
      findings.push(
        fieldFinding(
          oneMainEntry,
          entry,
          `Field ${entry.field.tag} (occurrence ${entry.occurrence + 1}) is a second main entry: the record already has ${first.field.tag}, and only one 1XX is allowed (found ${count}). Change it to the matching added entry (7XX) or delete it.`,
        ),
      );
    }
    return findings;
  },
};
