import { compileCustomRule } from '../rules/custom/compile-custom-rule';
import type { CustomRuleDefinition } from '../rules/custom/types';
import { settingsShapeErrors } from './settings-shape';
import type { Settings } from './types';

/** Every problem with a value claiming to be current settings; empty when it can be stored and used. */
export function validateSettings(value: unknown, path = 'settings'): string[] {
  const errors = settingsShapeErrors(value, path);
  if (errors.length > 0) return errors;
  // What the schema cannot express: each custom rule's pattern and flags compile (RE2, linear time).
  return (value as Settings).customRules.flatMap((def: CustomRuleDefinition, i) => {
    const compiled = compileCustomRule(def);
    return compiled.ok ? [] : [`${path}.customRules[${i}]: ${compiled.error}`];
  });
}

export function isValidSettings(value: unknown): value is Settings {
  return validateSettings(value).length === 0;
}
