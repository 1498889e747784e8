import { compileCustomRule } from '../rules/custom/compile-custom-rule';
import type { CustomRuleDefinition } from '../rules/custom/types';
import { validate } from './schema';
import { settingsSchemaV2 } from './settings-schema';
import type { Settings } from './types';

function duplicateIds(list: ReadonlyArray<{ id: string }>, path: string, what: string): string[] {
  const seen = new Map<string, number>();
  const errors: string[] = [];
  list.forEach((entry, i) => {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, i);
    else
      errors.push(`${path}[${i}].id: "${entry.id}" is already used by ${what} ${path}[${first}]; ids must be unique`);
  });
  return errors;
}

/** Checks the schema can't express: regexes with their flags, unique ids. Only runs on schema-valid settings. */
function semanticErrors(settings: Settings, path: string): string[] {
  const errors: string[] = [];
  settings.customRules.forEach((def: CustomRuleDefinition, i) => {
    const compiled = compileCustomRule(def);
    if (!compiled.ok) errors.push(`${path}.customRules[${i}]: ${compiled.error}`);
  });
  errors.push(...duplicateIds(settings.customRules, `${path}.customRules`, 'custom rule'));
  errors.push(...duplicateIds(settings.customDocuments, `${path}.customDocuments`, 'custom document'));
  errors.push(...duplicateIds(settings.customChecklistSteps, `${path}.customChecklistSteps`, 'custom step'));
  return errors;
}

/** Every problem with a value claiming to be current settings; empty when it can be stored and used. */
export function validateSettings(value: unknown, path = 'settings'): string[] {
  const errors = validate(settingsSchemaV2, value, path);
  return errors.length > 0 ? errors : semanticErrors(value as Settings, path);
}

export function isValidSettings(value: unknown): value is Settings {
  return validateSettings(value).length === 0;
}
