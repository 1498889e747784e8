import { GENERIC_PROFILE, type InstitutionProfile } from './profile';
import { cloneProfile } from './presets';
import { SETTINGS_VERSION, type Settings, type UiPreferences } from './types';

export const DEFAULT_UI_PREFERENCES: Readonly<UiPreferences> = {
  panelShownByDefault: true,
  saveReminder: true,
  inheritedErrorsExpanded: true,
  checklistRetentionDays: 30,
};

/** A new, independent settings object (nothing shared with other callers), for the given profile. */
export function createDefaultSettings(profile: InstitutionProfile = GENERIC_PROFILE): Settings {
  return {
    version: SETTINGS_VERSION,
    profile: cloneProfile(profile),
    rules: { enabled: {}, severity: {}, ruleSet: 'all' },
    allowLocalTags: true,
    customRules: [],
    customDocuments: [],
    customChecklistSteps: [],
    ui: { ...DEFAULT_UI_PREFERENCES },
  };
}
