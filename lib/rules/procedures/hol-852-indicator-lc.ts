import { PROCEDURE_URLS } from '../../procedures/sources';
import { looksLikeLcClass } from '../shared/lc-class';
import type { Finding, Rule } from '../types';
import { indexedDataFields, recordFinding, subfield } from './helpers';
import { ruleText } from '../messages';

/**
 * R-HOL-2: an LC call number in 852 $h wants first indicator 0 (Library of Congress classification).
 * NLM call numbers (classes W and QS-QZ, e.g. "WB 100") look alike but are not LC: they are
 * call-number-scheme-852's business (indicator 2), and the two rules share one test of what is LC.
 * First indicator 7 with $2 names the scheme (e.g. "rvk", whose notations "MF 1000" look like LC classes):
 * the cataloger has said what it is (https://www.loc.gov/marc/holdings/hd852.html), so it is not second-guessed.
 */
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
      if (entry.field.ind1 === '0' || !classPart || !looksLikeLcClass(classPart)) continue;
      if (entry.field.ind1 === '7' && subfield(entry.field, '2')?.trim()) continue;
      findings.push(
        recordFinding(
          hol852IndicatorLc,
          ruleText('hol-852-indicator-lc.not-lc', {
            number: entry.occurrence + 1,
            classPart,
            ind1: entry.field.ind1,
          }),
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
              safe: false,
            },
          },
        ),
      );
    }
    return findings;
  },
};
