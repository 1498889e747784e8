import type { ValidateOptions } from '../rules/engine';
import { compileCustomRules } from '../rules/custom/compile-custom-rule';
import { ruleOptionsFrom } from './rule-options';
import type { ValidationSettings } from '../validation/jobs';

/** What validateRecord / validateItem take from the settings, plus the custom rules that could not be used. */
export interface RuleRunOptions
  extends Required<Pick<ValidateOptions, 'settings' | 'options' | 'extraRules' | 'profile'>> {
  /** One sentence per custom rule that does not compile; shown to the cataloger rather than dropped silently. */
  customRuleErrors: readonly string[];
}

/**
 * Turns the stored settings into validation options: rule switches and severity overrides, rule options,
 * the user's custom rules compiled next to the built-in ones, and the institution profile.
 * Meant to be called once per settings revision (the background's settings service, the CLI's configuration):
 * the engine caches its rule selection per options object, so the options are kept and reused.
 */
export function ruleRunOptionsFrom(settings: ValidationSettings): RuleRunOptions {
  const custom = compileCustomRules(settings.customRules);
  return {
    settings: settings.rules,
    options: ruleOptionsFrom(settings),
    extraRules: custom.rules,
    profile: settings.profile,
    customRuleErrors: custom.errors,
  };
}
