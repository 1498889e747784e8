import { isMonograph } from '../../procedures/bib-facts';
import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Finding } from '../types';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

const CHRONOLOGY_FIELDS = [
  ['chronologyI', 'Chronology I', 'mvm-chronology-on-monograph.i'],
  ['chronologyJ', 'Chronology J', 'mvm-chronology-on-monograph.j'],
] as const;

/** R-MVM-4: item Chronology is not used for monographs. */
export const mvmChronologyOnMonograph = itemRule({
  id: 'mvm-chronology-on-monograph',
  title: 'Chronology on a monograph item',
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Chronology orders serial issues; on monograph items it mis-sorts volumes.',
  source: PROCEDURE_URLS.multiVolumeMonographs,
  reads: ['chronologyI', 'chronologyJ'],
  check(ctx, item) {
    if (!isMonograph(ctx.bib)) return [];
    const findings: Finding[] = [];
    for (const [field, label, messageId] of CHRONOLOGY_FIELDS) {
      const value = item[field].trim();
      if (value === '') continue;
      findings.push(
        itemFinding(mvmChronologyOnMonograph, field, ruleText(messageId, { value }), {
          type: 'set-item-field',
          field,
          value: '',
          description: `Clear ${label}`,
          safe: false,
        }),
      );
    }
    return findings;
  },
});
