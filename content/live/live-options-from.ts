import type { Settings } from '../../lib/settings/types';
import { validationSettingsOf, type ValidationSettings } from '../../lib/validation/jobs';

/** What live validation takes from the settings. */
export interface LiveOptions {
  /**
   * Sent with every validation request. A new object whenever the settings change: the session then judges
   * the records as opened again with the new rules (live-session.ts).
   */
  validate: ValidationSettings;
  saveReminder: boolean;
  panelShownByDefault: boolean;
}

/** The validation part is the rule-related settings as data; the panel's own UI switches come along. */
export function liveOptionsFrom(settings: Settings): LiveOptions {
  return {
    validate: validationSettingsOf(settings),
    saveReminder: settings.ui.saveReminder,
    panelShownByDefault: settings.ui.panelShownByDefault,
  };
}
