import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Finding, Rule } from '../types';
import { fieldName, indexedDataFields, recordFinding, subfield } from './helpers';

const LC_CLASS = /^[A-Z]{1,3}\s?\d/;

/** R-HOL-2: an LC call number in 852 $h wants first indicator 0 (Library of Congress classification). */
export const hol852IndicatorLc: Rule = {
  id: 'hol-852-indicator-lc',
  title: '852 first indicator does not say LC',
  defaultSeverity: 'warning',
  appliesTo: ['holdings'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'The shelving scheme in 852 first indicator drives call-number sorting and browsing.',
  source: PROCEDURE_URLS.holdingsRecords,
  check(ctx) {
    const findings: Finding[] = [];
    for (const entry of indexedDataFields(ctx, '852')) {
      const classPart = subfield(entry.field, 'h')?.trim();
      if (entry.field.ind1 === '0' || !classPart || !LC_CLASS.test(classPart)) continue;
      const shown = entry.field.ind1 === ' ' ? 'blank' : `"${entry.field.ind1}"`;
      findings.push(
        recordFinding(
          hol852IndicatorLc,
          `${fieldName('852', entry.occurrence)} $h "${classPart}" looks like a Library of Congress call number but the first indicator is ${shown}. Set the first indicator to 0.`,
          {
            tag: '852',
            occurrence: entry.occurrence,
            fieldIndex: entry.fieldIndex,
            indicator: 1,
            fix: {
              type: 'replace-field',
              fieldIndex: entry.fieldIndex,
              field: { ...entry.field, ind1: '0', subfields: entry.field.subfields.map((s) => ({ ...s })) },
              description: 'Set 852 first indicator to 0 (Library of Congress classification)',
            },
          },
        ),
      );
    }
    return findings;
  },
};
