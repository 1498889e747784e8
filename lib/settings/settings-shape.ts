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

/**
 * Every problem with the SHAPE of a value claiming to be current settings (schema, unique ids), without
 * compiling the custom rules' patterns. This is what reading stored settings and policies needs: a custom rule
 * whose pattern the engine refuses is reported by the engine for that rule alone (customRuleErrors), so one
 * such rule never throws away the whole profile; and the content script, which only reads settings, does not
 * bundle the pattern engine. Writing (save, import) uses validateSettings, which compiles them too.
 */
export function settingsShapeErrors(value: unknown, path = 'settings'): string[] {
  const errors = validate(settingsSchemaV2, value, path);
  if (errors.length > 0) return errors;
  const settings = value as Settings;
  return [
    ...duplicateIds(settings.customRules, `${path}.customRules`, 'custom rule'),
    ...duplicateIds(settings.customDocuments, `${path}.customDocuments`, 'custom document'),
    ...duplicateIds(settings.customChecklistSteps, `${path}.customChecklistSteps`, 'custom step'),
  ];
}

export function isWellShapedSettings(value: unknown): value is Settings {
  return settingsShapeErrors(value).length === 0;
}
