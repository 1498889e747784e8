import { PROCEDURE_URLS } from '../../procedures/sources';
import type { Finding } from '../types';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { ruleText } from '../messages';

/** R-ITEM-3 [INFERRED]: Material type and Item policy are set (Harvard requires them; Quick Cataloging shows both). */
export const itemTypeAndPolicy = itemRule({
  id: 'item-type-and-policy',
  title: 'Material type or Item policy empty',
  defaultSeverity: 'warning',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'Loan rules and discovery facets depend on the item policy and material type.',
  source: PROCEDURE_URLS.itemRecords,
  inferred: true,
  reads: ['materialType', 'itemPolicy'],
  check(_ctx, item) {
    const findings: Finding[] = [];
    if (item.materialType.code.trim() === '') {
      findings.push(itemFinding(itemTypeAndPolicy, 'materialType', ruleText('item-type-and-policy.no-material-type')));
    }
    if (item.itemPolicy.code.trim() === '') {
      findings.push(itemFinding(itemTypeAndPolicy, 'itemPolicy', ruleText('item-type-and-policy.no-item-policy')));
    }
    return findings;
  },
});
