import type { ValidateOptions } from '../rules/engine';
import { ruleRunOptionsFrom } from '../settings/rule-run-options';
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
  customRuleErrors: readonly string[];
}

/** The validation part is the settings' shared translation (lib/settings/rule-run-options), plus the panel's own UI switches. */
export function liveOptionsFrom(settings: Settings): LiveOptions {
  const { customRuleErrors, ...validate } = ruleRunOptionsFrom(settings);
  return {
    validate,
    saveReminder: settings.ui.saveReminder,
    panelShownByDefault: settings.ui.panelShownByDefault,
    customRuleErrors,
  };
}
