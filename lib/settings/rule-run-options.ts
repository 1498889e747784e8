import type { ValidateOptions } from '../rules/engine';
import { compileCustomRules } from '../rules/custom/compile-custom-rule';
import type { Rule } from '../rules/types';
import { ruleOptionsFrom } from './rule-options';
import type { ValidationSettings } from '../validation/jobs';
import type { Settings } from './types';

/** What validateRecord / validateItem take from the settings, plus the custom rules that could not be used. */
export interface RuleRunOptions
  extends Required<Pick<ValidateOptions, 'settings' | 'options' | 'extraRules' | 'profile'>> {
  /** One sentence per custom rule that does not compile; shown to the cataloger rather than dropped silently. */
  customRuleErrors: readonly string[];
}

// The engine caches its rule selection per `extraRules` array, so the same definitions must give the same array.
const compiledByDefinitions = new WeakMap<Settings['customRules'], { rules: Rule[]; errors: string[] }>();

function compiledCustomRules(definitions: Settings['customRules']): { rules: Rule[]; errors: string[] } {
  let compiled = compiledByDefinitions.get(definitions);
  if (!compiled) {
    compiled = compileCustomRules(definitions);
    compiledByDefinitions.set(definitions, compiled);
  }
  return compiled;
}

/**
 * Turns the stored settings into validation options: rule switches and severity overrides, rule options,
 * the user's custom rules compiled next to the built-in ones, and the institution profile.
 * Calling it twice with the same settings object returns options the engine's cache recognises.
 */
export function ruleRunOptionsFrom(settings: ValidationSettings): RuleRunOptions {
  const custom = compiledCustomRules(settings.customRules);
  return {
    settings: settings.rules,
    options: ruleOptionsFrom(settings),
    extraRules: custom.rules,
    profile: settings.profile,
    customRuleErrors: custom.errors,
  };
}
