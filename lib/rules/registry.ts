import type { Rule } from './types';
import { structureRules } from './structure';
import { definitionRules } from './definitions';
import { fieldRules } from './fields';
import { oclcRules } from './oclc';
import { holdingsRules } from './holdings';
import { procedureRules } from './procedures';
import { itemRules } from './items';

/**
 * The static registry of built-in rules. Each group folder owns its own list; nothing registers
 * itself by import side effect (WXT bundles the content script into one file).
 */
export const builtInRules: readonly Rule[] = [
  ...structureRules,
  ...definitionRules,
  ...fieldRules,
  ...oclcRules,
  ...holdingsRules,
  ...procedureRules,
  ...itemRules,
];

export function findRule(id: string): Rule | undefined {
  return builtInRules.find((rule) => rule.id === id);
}
