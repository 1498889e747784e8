import type { ValidateOptions } from '../rules/engine';
import { compileCustomRules } from '../rules/custom';
import { ruleOptionsFrom } from '../settings/rule-options';
import type { Settings } from '../settings/types';

/** What live validation takes from the settings. */
export interface LiveOptions {
  /**
   * Passed to validateRecord/validateItem as is. The same objects are kept until the settings change,
   * because the engine caches its rule selection per settings object.
   */
  validate: ValidateOptions;
  saveReminder: boolean;
  panelShownByDefault: boolean;
  /** Custom rules that could not be compiled (shown in the panel rather than dropped silently). */
  customRuleErrors: string[];
}

export function liveOptionsFrom(settings: Settings): LiveOptions {
  const custom = compileCustomRules(settings.customRules);
  return {
    validate: {
      settings: settings.rules,
      extraRules: custom.rules,
      profile: settings.profile,
      options: ruleOptionsFrom(settings),
    },
    saveReminder: settings.ui.saveReminder,
    panelShownByDefault: settings.ui.panelShownByDefault,
    customRuleErrors: custom.errors,
  };
}
