import type { ItemRecord } from '../../page-model';
import type { PatternSetting } from '../../procedures/profile-patterns';
import { profilePatterns } from '../../procedures/profile-patterns';
import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';
import { type RuleMessageId, ruleText } from '../messages';

/** For each profile pattern: the item field it checks and what goes unchecked while it is broken. */
/** The item box each pattern is about, and its message (the setting's name and effect are words: one id each). */
const AFFECTED: Record<PatternSetting, { field: keyof ItemRecord; messageId: RuleMessageId }> = {
  withdrawnLocationPattern: {
    field: 'permanentLocation',
    messageId: 'item-profile-pattern-invalid.withdrawn-location',
  },
  barcodePattern: { field: 'barcode', messageId: 'item-profile-pattern-invalid.barcode' },
  mvmDescriptionPattern: { field: 'description', messageId: 'item-profile-pattern-invalid.mvm-description' },
  depositWorkOrderPattern: { field: 'processType', messageId: 'item-profile-pattern-invalid.deposit-work-order' },
};

/**
 * A profile pattern that is not a valid regular expression, or one refused as risky (lib/settings/pattern-risk.ts),
 * is treated as empty; this says so.
 */
export const itemProfilePatternInvalid = itemRule({
  id: 'item-profile-pattern-invalid',
  title: 'Invalid pattern in the institution profile',
  defaultSeverity: 'info',
  appliesTo: ['item'],
  origin: 'procedure',
  profiles: ['all'],
  rationale: 'A broken pattern silently switches a check off; the cataloger should know and fix it.',
  source: PROCEDURE_URLS.itemRecords,
  reads: [],
  check(ctx, _item) {
    return profilePatterns(ctx.profile).problems.map((problem) => {
      const affected = AFFECTED[problem.setting];
      return itemFinding(
        itemProfilePatternInvalid,
        affected.field,
        ruleText(affected.messageId, { pattern: problem.pattern, error: problem.error }),
      );
    });
  },
});
