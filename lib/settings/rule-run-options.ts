import type { ValidateOptions } from '../rules/engine';
import { compileCustomRules } from '../rules/custom/compile-custom-rule';
import { ruleOptionsFrom } from './rule-options';
import type { ValidationSettings } from '../validation/jobs';
import { builtInRules } from '../rules/registry';
import { policyGroupOn, rulePolicy } from '../rules/policy';
import type { Rule, RuleSettings } from '../rules/types';
import type { InstitutionProfile } from './profile';

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
    settings: withPolicyGroups(settings.rules, settings.profile),
    options: ruleOptionsFrom(settings),
    extraRules: custom.rules,
    profile: settings.profile,
    customRuleErrors: custom.errors,
  };
}

/**
 * The rule switches with the profile's policy groups applied: a rule of a group the profile switches off is
 * off unless the cataloger switched that rule on by hand (an explicit `true` wins over the group).
 * Returns the same object when no group is off, so the engine's selection cache keeps working.
 */
export function withPolicyGroups(
  rules: RuleSettings,
  profile: InstitutionProfile,
  candidates: readonly Rule[] = builtInRules,
): RuleSettings {
  let enabled: Record<string, boolean> | undefined;
  for (const rule of candidates) {
    const policy = rulePolicy(rule);
    if (!policy || policyGroupOn(profile, policy.group) || rules.enabled[rule.id] === true) continue;
    enabled ??= { ...rules.enabled };
    enabled[rule.id] = false;
  }
  return enabled ? { ...rules, enabled } : rules;
}
