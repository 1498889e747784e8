import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Finding, Rule } from '../types';
import { filled, indexedDataFields, recordFinding, subfield } from './helpers';
import { ruleText } from '../messages';

/** R-HOL-1: every holdings record needs an 852 with library ($b) and location ($c). */
export const hol852LocationMissing: Rule = {
  id: 'hol-852-location-missing',
  title: '852 library or location missing',
  defaultSeverity: 'error',
  appliesTo: ['holdings'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Alma places holdings by 852 $b and $c; without them the holdings cannot be saved or found on the shelf.',
  source: PROCEDURE_URLS.holdingsRecords,
  check(ctx) {
    const fields = indexedDataFields(ctx, '852');
    if (fields.length === 0) {
      return [recordFinding(hol852LocationMissing, ruleText('hol-852-location-missing.no-852'), { tag: '852' })];
    }
    const findings: Finding[] = [];
    for (const entry of fields) {
      for (const code of ['b', 'c'] as const) {
        if (filled(subfield(entry.field, code))) continue;
        findings.push(
          recordFinding(
            hol852LocationMissing,
            ruleText(code === 'b' ? 'hol-852-location-missing.no-b' : 'hol-852-location-missing.no-c', {
              number: entry.occurrence + 1,
            }),
            {
              tag: '852',
              occurrence: entry.occurrence,
              fieldIndex: entry.fieldIndex,
              code,
            },
          ),
        );
      }
    }
    return findings;
  },
};
