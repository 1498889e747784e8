import type { Edit, Finding, Rule } from '../types';
import { dataFieldsWithLinked } from '../shared/linkage';
import { fieldFinding } from '../shared/make-finding';
import { placeParams } from '../shared/place';
import { ruleText, withParams } from '../messages';
import { subfieldIndexOf, withIndicator } from '../shared/subfields';
import {
  INDICATOR_FOR_SOURCE,
  SUBJECT_TAGS_WITH_SOURCE,
  sourceCode,
  withIndicatorInsteadOfSource,
} from '../shared/subject-sources';
import type { DataFieldEntry } from '../shared/field-entry';

/**
 * Second indicator 7 means "source specified in $2", so 7 needs $2 and $2 needs 7 (MARC::Lintadditions
 * check_600 ... check_655). Fixes: a $2 naming a thesaurus that has its own indicator value (lcsh → 0)
 * becomes that value; a $2 with indicator blank or 4 (source not specified) gets indicator 7.
 */
export const subjectSourceIndicator: Rule = {
  id: 'subject-source-indicator',
  title: 'Subject indicator 2 = 7 exactly when $2 is present',
  defaultSeverity: 'warning',
  appliesTo: ['bib'],
  origin: 'marc21',
  profiles: ['all'],
  rationale:
    'Authority control and subject browsing pick the vocabulary from indicator 2 and $2; a mismatch files the heading under the wrong thesaurus.',
  source: 'https://www.loc.gov/marc/bibliographic/bd650.html',
  check(ctx) {
    const findings: Finding[] = [];
    for (const tag of SUBJECT_TAGS_WITH_SOURCE) {
      for (const entry of dataFieldsWithLinked(ctx, tag)) checkField(entry, findings);
    }
    return findings;
  },
};

function checkField(entry: DataFieldEntry, findings: Finding[]): void {
  const field = entry.field;
  const sourceIndex = subfieldIndexOf(field, '2');
  if (field.ind2 === '7') {
    if (sourceIndex >= 0) return;
    findings.push(
      fieldFinding(
        subjectSourceIndicator,
        entry,
        ruleText('subject-source-indicator.no-source', placeParams(field.tag, entry.occurrence)),
        {
          indicator: 2,
        },
      ),
    );
    return;
  }
  if (sourceIndex < 0) return;
  const value = field.subfields[sourceIndex]!.value;
  const ownIndicator = INDICATOR_FOR_SOURCE[sourceCode(value)];
  let fix: Edit | undefined;
  if (ownIndicator !== undefined) {
    fix = {
      type: 'replace-field',
      fieldIndex: entry.fieldIndex,
      field: withIndicatorInsteadOfSource(field, ownIndicator),
      description: `Set indicator 2 of ${field.tag} to ${ownIndicator} (${sourceCode(value)}) and remove $2`,
      safe: value === sourceCode(value),
    };
  } else if (field.ind2 === ' ' || field.ind2 === '4') {
    fix = {
      type: 'replace-field',
      fieldIndex: entry.fieldIndex,
      field: withIndicator(field, 2, '7'),
      description: `Set indicator 2 of ${field.tag} to 7 (source in $2)`,
      safe: false,
    };
  }
  findings.push(
    fieldFinding(
      subjectSourceIndicator,
      entry,
      ownIndicator !== undefined
        ? ruleText(
            'subject-source-indicator.own-indicator',
            withParams(placeParams(field.tag, entry.occurrence), {
              value,
              ind2: field.ind2,
              source: sourceCode(value),
              indicator: ownIndicator,
            }),
          )
        : ruleText(
            'subject-source-indicator.not-7',
            withParams(placeParams(field.tag, entry.occurrence), { value, ind2: field.ind2 }),
          ),
      { indicator: 2, code: '2', subfieldIndex: sourceIndex, ...(fix ? { fix } : {}) },
    ),
  );
}
