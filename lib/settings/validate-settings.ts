import { compileCustomRule } from '../rules/custom/compile-custom-rule';
import type { CustomRuleDefinition } from '../rules/custom/types';
import { settingsShapeErrors } from './settings-shape';
import { backtrackingRisk } from './pattern-risk';
import type { InstitutionProfile } from './profile';
import type { Settings } from './types';

/** Every problem with a value claiming to be current settings; empty when it can be stored and used. */
export function validateSettings(value: unknown, path = 'settings'): string[] {
  const errors = settingsShapeErrors(value, path);
  if (errors.length > 0) return errors;
  // What the schema cannot express: each custom rule's pattern and flags compile (RE2, linear time), and no
  // profile pattern could backtrack exponentially (they also run on the browser's own engine).
  const settings = value as Settings;
  const profile = PROFILE_PATTERNS.flatMap((key) => {
    const source = settings.profile[key] ?? '';
    const risk = source === '' ? null : backtrackingRisk(source);
    return risk === null ? [] : [`${path}.profile.${key}: /${source}/ is refused: ${risk}`];
  });
  const custom = settings.customRules.flatMap((def: CustomRuleDefinition, i) => {
    const compiled = compileCustomRule(def);
    return compiled.ok ? [] : [`${path}.customRules[${i}]: ${compiled.error}`];
  });
  return [...profile, ...custom];
}

const PROFILE_PATTERNS = [
  'withdrawnLocationPattern',
  'barcodePattern',
  'mvmDescriptionPattern',
  'depositWorkOrderPattern',
] as const satisfies ReadonlyArray<keyof InstitutionProfile>;

export function isValidSettings(value: unknown): value is Settings {
  return validateSettings(value).length === 0;
}
