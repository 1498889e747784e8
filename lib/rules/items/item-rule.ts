import { unknownItemFields } from '../../item-check-reads';
import type { ItemBoxField, ItemRecord } from '../../page-model';
import type { Finding, Rule, RuleContext } from '../types';

/**
 * Item rules declare the item editor boxes they read. The editor's tabs are separate pages (General, Notes), so
 * a box can be absent from the page being read: absent is unknown, never empty. A rule whose boxes are not all
 * known (on this page, or remembered from another tab of the same item) does not run, and the panel says which
 * tab to open (content/live/read-item.ts).
 */
export interface ItemRule extends Rule {
  /** The boxes `check` reads; the rule runs only when every one of them is known. */
  readonly reads: readonly ItemBoxField[];
}

export interface ItemRuleDefinition extends Omit<Rule, 'check'> {
  reads: readonly ItemBoxField[];
  /** Called only with an item whose `reads` boxes are all known. */
  check(ctx: RuleContext, item: ItemRecord): Finding[];
}

export function itemRule(definition: ItemRuleDefinition): ItemRule {
  const { check, ...rule } = definition;
  return {
    ...rule,
    check(ctx) {
      const item = ctx.item;
      if (!item || unknownItemFields(item, definition.reads).length > 0) return [];
      return check(ctx, item);
    },
  };
}

export { unknownItemFields };

/** Whether the item's `field` is known (a rule reading a box only when it is there asks this). */
export function isKnownItemField(item: ItemRecord, field: ItemBoxField): boolean {
  return unknownItemFields(item, [field]).length === 0;
}

export function isItemRule(rule: Rule): rule is ItemRule {
  return Array.isArray((rule as Partial<ItemRule>).reads);
}
