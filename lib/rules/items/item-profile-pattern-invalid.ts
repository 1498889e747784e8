import type { ItemRecord } from '../../page-model';
import type { PatternSetting } from '../../procedures/profile-patterns';
import { profilePatterns } from '../../procedures/profile-patterns';
import { PROCEDURE_URLS } from '../../procedures/sources';
import { itemFinding } from '../procedures/helpers';
import { itemRule } from './item-rule';

/** For each profile pattern: the item field it checks and what goes unchecked while it is broken. */
const AFFECTED: Record<PatternSetting, { field: keyof ItemRecord; label: string; unchecked: string }> = {
  withdrawnLocationPattern: {
    field: 'permanentLocation',
    label: 'withdrawn-location pattern',
    unchecked: 'withdrawn locations are not recognised',
  },
  barcodePattern: { field: 'barcode', label: 'barcode pattern', unchecked: 'barcodes are not checked' },
  mvmDescriptionPattern: {
    field: 'description',
    label: 'multi-volume Description pattern',
    unchecked: 'volume descriptions are not checked',
  },
  depositWorkOrderPattern: {
    field: 'processType',
    label: 'deposit work-order pattern',
    unchecked: 'the NRLF workflow is not recognised',
  },
};

/** A profile pattern that is not a valid regular expression is treated as empty; this says so. */
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
        `The institution profile's ${affected.label} "${problem.pattern}" is not a valid regular expression (${problem.error}), so ${affected.unchecked}. Correct it on the options page.`,
      );
    });
  },
});
